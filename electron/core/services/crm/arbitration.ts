import type { z } from 'zod';
import type { Db } from '../../db/database';
import type { HandlersFor, ServiceContext } from '../../rpc/context';
import { AppError } from '../../rpc/errors';
import type { ArbitrationProposal, RecordRef, arbitrationFacts } from '../../../../shared/contract/crm';
import { cleanName } from '../../../../shared/validation/names';
import { canSeeCustomer } from '../customers';
import { remind, str, type Raw } from './common';
import { canSeeLead, leadEvent } from './leads';

type Facts = z.infer<typeof arbitrationFacts>;

interface Rec extends Facts {
  credit_code: string | null;
  active: boolean;
}

async function load(ctx: ServiceContext, ref: RecordRef, path: 'a' | 'b', lock: boolean): Promise<Rec> {
  const db = ctx.db;
  const user = ctx.requireUser();
  const fu = lock ? db.forUpdate : '';
  if (ref.type === 'lead') {
    if (lock) await db.get(`SELECT id FROM crm_leads WHERE id = ?${fu}`, [ref.id]);
    const r = await db.get<Raw>(
      `SELECT l.id, l.code, l.company, l.status, l.owner_id, o.name AS owner_name FROM crm_leads l
       LEFT JOIN users o ON o.id = l.owner_id WHERE l.id = ?`,
      [ref.id],
    );
    if (
      !r ||
      !(await canSeeLead(db, user, {
        id: ref.id,
        code: String(r.code),
        company: String(r.company),
        status: String(r.status),
        owner_id: r.owner_id == null ? null : Number(r.owner_id),
        version: 0,
      }))
    ) {
      throw AppError.field('NOT_FOUND', [path], 'invalid_value');
    }
    const f = await db.get<Raw>(
      `SELECT (SELECT MIN(occurred_at) FROM crm_activities WHERE lead_id = ?) AS ff,
              (SELECT MIN(created_at) FROM crm_opportunities WHERE lead_id = ?) AS fo`,
      [ref.id, ref.id],
    );
    return {
      type: 'lead',
      id: ref.id,
      code: String(r.code),
      name: String(r.company),
      owner_id: r.owner_id == null ? null : Number(r.owner_id),
      owner_name: str(r.owner_name),
      holds_registered_name: false,
      first_followup_at: str(f?.ff),
      first_opportunity_at: str(f?.fo),
      credit_code: null,
      active: r.status === 'open' || r.status === 'pool',
    };
  }
  const r = await db.get<Raw>(
    `SELECT c.id, c.code, c.legal_name, c.credit_code, c.active, c.owner_id, o.name AS owner_name
     FROM customers c JOIN users o ON o.id = c.owner_id WHERE c.id = ?`,
    [ref.id],
  );
  if (!r || !(await canSeeCustomer(db, user, ref.id)))
    throw AppError.field('NOT_FOUND', [path], 'invalid_value');
  if (lock) await db.get(`SELECT id FROM customers WHERE id = ?${fu}`, [ref.id]);
  const f = await db.get<Raw>(
    `SELECT (SELECT MIN(occurred_at) FROM crm_activities WHERE customer_id = ?) AS ff,
            (SELECT MIN(created_at) FROM crm_opportunities WHERE customer_id = ?) AS fo`,
    [ref.id, ref.id],
  );
  return {
    type: 'customer',
    id: ref.id,
    code: String(r.code),
    name: String(r.legal_name),
    owner_id: Number(r.owner_id),
    owner_name: str(r.owner_name),
    holds_registered_name: false,
    first_followup_at: str(f?.ff),
    first_opportunity_at: str(f?.fo),
    credit_code: str(r.credit_code),
    active: r.active === true || r.active === 1,
  };
}

/**
 * Seed 003's ownership rule for one company held twice: (1) the record with the name registered at
 * the administration for industry and commerce (工商注册全称) wins; (2) else the earlier follow-up;
 * (3) else the earlier opportunity. Without a registered name given, a customer record with a unified
 * social credit code is taken to hold it.
 */
function propose(a: Rec, b: Rec, registered: string | null): ArbitrationProposal {
  let reg = registered ? cleanName(registered) : null;
  if (!reg) {
    const withCode = [a, b].filter((x) => x.credit_code);
    if (withCode.length === 1) reg = withCode[0]!.name;
  }
  a.holds_registered_name = reg != null && cleanName(a.name) === reg;
  b.holds_registered_name = reg != null && cleanName(b.name) === reg;
  const strip = (x: Rec): Facts => {
    const { credit_code: _c, active: _a, ...f } = x;
    return f;
  };
  const out = (
    proposed: 'a' | 'b' | null,
    rule: ArbitrationProposal['rule'],
    zh: string,
    en: string,
  ): ArbitrationProposal => ({
    a: strip(a),
    b: strip(b),
    registered_name: reg,
    proposed,
    rule,
    explanation_zh: zh,
    explanation_en: en,
  });
  const who = (x: Rec) => `${x.name}（${x.owner_name ?? '公海'}）`;
  if (a.holds_registered_name !== b.holds_registered_name) {
    const w = a.holds_registered_name ? 'a' : 'b';
    const x = w === 'a' ? a : b;
    return out(
      w,
      'registered_name',
      `${who(x)} 保护的是工商注册全称“${reg}”，归其所有。`,
      `${x.name} holds the registered full name "${reg}".`,
    );
  }
  const earlier = (fa: string | null, fb: string | null): 'a' | 'b' | null => {
    if (fa && fb) return fa < fb ? 'a' : fb < fa ? 'b' : null;
    if (fa) return 'a';
    if (fb) return 'b';
    return null;
  };
  const ff = earlier(a.first_followup_at, b.first_followup_at);
  if (ff) {
    const x = ff === 'a' ? a : b;
    return out(
      ff,
      'first_followup',
      `双方都不是（或都是）工商注册全称；${who(x)} 最先录入跟进（${x.first_followup_at!.slice(0, 10)}），谁先跟进归谁。`,
      `Neither (or both) hold the registered name; ${x.name} recorded the first follow-up (${x.first_followup_at!.slice(0, 10)}).`,
    );
  }
  const fo = earlier(a.first_opportunity_at, b.first_opportunity_at);
  if (fo) {
    const x = fo === 'a' ? a : b;
    return out(
      fo,
      'first_opportunity',
      `没有跟进记录可比；${who(x)} 最先建立销售机会（${x.first_opportunity_at!.slice(0, 10)}），谁先建立归谁。`,
      `No follow-ups to compare; ${x.name} created the first opportunity (${x.first_opportunity_at!.slice(0, 10)}).`,
    );
  }
  return out(
    null,
    null,
    '三条规则都无法判定，请经理决定。',
    'None of the three rules decides; the manager decides.',
  );
}

async function both(ctx: ServiceContext, a: RecordRef, b: RecordRef, lock: boolean): Promise<[Rec, Rec]> {
  if (a.type === b.type && a.id === b.id) throw AppError.field('VALIDATION', ['b'], 'arbitration_same');
  const ra = await load(ctx, a, 'a', lock);
  const rb = await load(ctx, b, 'b', lock);
  for (const [x, path] of [
    [ra, 'a'],
    [rb, 'b'],
  ] as const) {
    if (!x.active) throw AppError.field('BUSINESS_RULE', [path], 'arbitration_status', { name: x.name });
  }
  return [ra, rb];
}

/** Moves everything that belongs to customer `from` to customer `to`; returns counts. */
async function moveCustomer(db: Db, from: number, to: number): Promise<Record<string, number>> {
  const moved: Record<string, number> = {};
  const tables: [string, string][] = [
    ['contacts', 'customer_id'],
    ['crm_activities', 'customer_id'],
    ['crm_opportunities', 'customer_id'],
    ['crm_complaints', 'customer_id'],
    ['crm_aftersales_tasks', 'customer_id'],
    ['crm_service_jobs', 'customer_id'],
    ['crm_leads', 'customer_id'],
  ];
  for (const [t, col] of tables)
    moved[t] = await db.run(`UPDATE ${t} SET ${col} = ? WHERE ${col} = ?`, [to, from]);
  return moved;
}

export const arbitrationHandlers: HandlersFor<'crm.arbitrationProposal' | 'crm.arbitrate'> = {
  async 'crm.arbitrationProposal'(ctx, { a, b, registered_name }) {
    const [ra, rb] = await both(ctx, a, b, false);
    return propose(ra, rb, registered_name);
  },

  async 'crm.arbitrate'(ctx, { a, b, winner, reason, registered_name }) {
    const user = ctx.requireUser();
    const db = ctx.db;
    const [ra, rb] = await both(ctx, a, b, true);
    const proposal = propose(ra, rb, registered_name);
    const w = winner === 'a' ? ra : rb;
    const l = winner === 'a' ? rb : ra;
    const now = ctx.nowIso();
    let moved: Record<string, number> = {};
    let survivor: RecordRef;
    let ownerId = w.owner_id;

    if (w.type === 'customer' && l.type === 'customer') {
      moved = await moveCustomer(db, l.id, w.id);
      await db.run(
        `UPDATE customers SET active = ?, notes = ?, updated_by = ?, updated_at = ?, version = version + 1 WHERE id = ?`,
        [false, `归属判定：已合并到 ${w.code} ${w.name}（${reason}）`.slice(0, 2000), user.id, now, l.id],
      );
      survivor = { type: 'customer', id: w.id };
    } else if (w.type === 'lead' && l.type === 'lead') {
      moved.crm_activities = await db.run('UPDATE crm_activities SET lead_id = ? WHERE lead_id = ?', [
        w.id,
        l.id,
      ]);
      moved.crm_opportunities = await db.run('UPDATE crm_opportunities SET lead_id = ? WHERE lead_id = ?', [
        w.id,
        l.id,
      ]);
      await db.run(
        `UPDATE crm_leads SET status = 'merged', merged_into_id = ?, previous_owner_id = owner_id, updated_at = ?,
           version = version + 1 WHERE id = ?`,
        [w.id, now, l.id],
      );
      await leadEvent(db, l.id, now, 'merge', user.id, l.owner_id, w.owner_id, `并入 ${w.code}：${reason}`);
      await leadEvent(db, w.id, now, 'merge', user.id, l.owner_id, w.owner_id, `合并 ${l.code}：${reason}`);
      survivor = { type: 'lead', id: w.id };
    } else {
      // A lead and a customer: the customer record survives; the winner's owner owns it.
      const cust = w.type === 'customer' ? w : l;
      const lead = w.type === 'lead' ? w : l;
      if (w.type === 'lead') {
        ownerId = lead.owner_id ?? cust.owner_id;
        if (ownerId != null && ownerId !== cust.owner_id) {
          await db.run(
            'UPDATE customers SET owner_id = ?, updated_by = ?, updated_at = ?, version = version + 1 WHERE id = ?',
            [ownerId, user.id, now, cust.id],
          );
          await db.run('DELETE FROM customer_owners WHERE customer_id = ? AND user_id = ?', [
            cust.id,
            ownerId,
          ]);
          moved.customer_owner = 1;
        }
      }
      moved.crm_activities = await db.run(
        'UPDATE crm_activities SET customer_id = ? WHERE lead_id = ? AND customer_id IS NULL',
        [cust.id, lead.id],
      );
      moved.crm_opportunities = await db.run(
        'UPDATE crm_opportunities SET customer_id = ? WHERE lead_id = ?',
        [cust.id, lead.id],
      );
      await db.run(
        `UPDATE crm_leads SET status = 'merged', customer_id = ?, previous_owner_id = owner_id, updated_at = ?,
           version = version + 1 WHERE id = ?`,
        [cust.id, now, lead.id],
      );
      await leadEvent(
        db,
        lead.id,
        now,
        'merge',
        user.id,
        lead.owner_id,
        ownerId,
        `并入客户 ${cust.code}：${reason}`,
      );
      survivor = { type: 'customer', id: cust.id };
    }

    await db.insert('crm_merges', {
      winner_type: w.type,
      winner_id: w.id,
      loser_type: l.type,
      loser_id: l.id,
      proposed: proposal.proposed
        ? (proposal.proposed === 'a' ? ra.type : rb.type) + ':' + (proposal.proposed === 'a' ? ra.id : rb.id)
        : null,
      rule: proposal.rule,
      decided_by: user.id,
      reason,
      details: JSON.stringify({ moved, registered_name: proposal.registered_name, survivor }),
      at: now,
    });
    const title = {
      zh: `归属判定：${w.name} 与 ${l.name}，归 ${w.owner_name ?? '公海'}（${reason}）`,
      en: `Ownership decided: ${w.name} vs ${l.name} → ${w.owner_name ?? 'pool'} (${reason})`,
    };
    for (const uid of new Set([w.owner_id, l.owner_id])) {
      if (uid == null || uid === user.id) continue;
      await remind(db, now, {
        user_id: uid,
        kind: 'arbitration',
        entity_type: survivor.type,
        entity_id: survivor.id,
        title,
        key: `arbitration:${l.type}:${l.id}`,
      });
    }
    ctx.audit(
      survivor.id,
      `归属判定：${w.code} ${w.name} 胜出，${l.code} ${l.name} 并入（建议：${proposal.proposed ?? '无'}，${proposal.rule ?? '—'}）：${reason}`,
    );
    return { winner: { type: w.type, id: w.id }, survivor, owner_id: ownerId, moved };
  },
};
