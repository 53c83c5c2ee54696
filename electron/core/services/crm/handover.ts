import type { Db } from '../../db/database';
import { remind } from './common';
import { handoverLeads } from './leads';
import { handoverOpportunities } from './opportunities';
import { handoverFollowups } from './activities';
import { handoverAftersales } from './aftersales';
import { handoverComplaints } from './complaints';

export interface HandoverCounts {
  leads: number;
  opportunities: number;
  co_owned_opportunities: number;
  followups: number;
  aftersales: number;
  complaints: number;
}

/**
 * Staff handover: everything open that `fromUserId` is responsible for in the CRM goes to `toUserId`
 * (in the caller's transaction). History (who logged which visit, who filed which lead) stays as it was.
 */
export async function handoverCrm(
  db: Db,
  fromUserId: number,
  toUserId: number,
  now: Date,
): Promise<HandoverCounts> {
  const nowIso = now.toISOString();
  const leads = await handoverLeads(db, fromUserId, toUserId, nowIso);
  const opps = await handoverOpportunities(db, fromUserId, toUserId, nowIso);
  const followups = await handoverFollowups(db, fromUserId, toUserId);
  const aftersales = await handoverAftersales(db, fromUserId, toUserId);
  const complaints = await handoverComplaints(db, fromUserId, toUserId, nowIso);
  const counts: HandoverCounts = {
    leads,
    opportunities: opps.opportunities,
    co_owned_opportunities: opps.co_owned,
    followups,
    aftersales,
    complaints,
  };
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  if (total > 0) {
    const from = await db.get<{ name: string }>('SELECT name FROM users WHERE id = ?', [fromUserId]);
    await remind(db, nowIso, {
      user_id: toUserId,
      kind: 'handover',
      entity_type: 'user',
      entity_id: fromUserId,
      title: {
        zh: `已接手 ${from?.name ?? ''} 的工作：线索 ${leads}、商机 ${opps.opportunities}、待跟进 ${followups}、售后 ${aftersales}、投诉 ${complaints}`,
        en: `You took over from ${from?.name ?? ''}: ${leads} leads, ${opps.opportunities} opportunities, ${followups} follow-ups, ${aftersales} after-sales tasks, ${complaints} complaints`,
      },
      key: `handover:${fromUserId}:${nowIso}`,
    });
  }
  return counts;
}
