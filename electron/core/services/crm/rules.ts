import type { Db } from '../../db/database';
import { registerJob } from '../../jobs';
import { dateOf, DAY_MS, loadConfig, minusDays, remind, stageLabel, systemAudit, type Raw } from './common';
import { leadEvent, moveToPool } from './leads';
import { escalateDueComplaints } from './complaints';

export interface RuleCounts {
  lead_reminders: number;
  leads_reclaimed: number;
  stage_reminders: number;
  complaints_escalated: number;
  aftersales_reminders: number;
}

type Actor = { id: number; name: string } | null;

/** Rows a rule handles per run at most (the job runs every few minutes and catches up). */
const BATCH = 500;

/**
 * The CRM time rules (seed 003 规范4, seed 000 售后服务), run by the background job every few minutes
 * and by a manager on demand. Everything is relative to `now` (the injected clock):
 *
 * - a lead without follow-up for `lead_reclaim_days` (14) goes back to the public pool; its owner is
 *   reminded `lead_remind_days` (2) before, and a reclaim never comes less than a day after the reminder;
 * - a lead not converted within `lead_convert_days` (30) of being assigned goes back the same way;
 * - an opportunity past its stage's time limit reminds its owner and the owner's manager, once per stage;
 * - a complaint unresolved `complaint_escalate_hours` (48) after it was opened goes to the supervisor;
 * - an after-sales task whose window has opened reminds its assignee.
 */
export async function runCrmRules(db: Db, now: Date, actor: Actor = null): Promise<RuleCounts> {
  const cfg = await loadConfig(db);
  const nowIso = now.toISOString();
  const today = dateOf(nowIso);
  const dayAgo = new Date(now.getTime() - DAY_MS).toISOString();
  const counts: RuleCounts = {
    lead_reminders: 0,
    leads_reclaimed: 0,
    stage_reminders: 0,
    complaints_escalated: 0,
    aftersales_reminders: 0,
  };

  /* ---- leads: idle and conversion deadlines. Reminder first, reclaim after. */
  const periods = [
    {
      kind: 'idle',
      basis: 'idle_since',
      warned: 'idle_warned_at',
      days: cfg.lead_reclaim_days,
      reason: `超过 ${cfg.lead_reclaim_days} 天未跟进，系统收回`,
      warn: (code: string, company: string, on: string) => ({
        zh: `线索 ${code} ${company} 长时间未跟进，将于 ${on} 收回公海`,
        en: `Lead ${code} ${company} has no follow-up; it goes back to the pool on ${on}`,
      }),
    },
    {
      kind: 'convert',
      basis: 'assigned_at',
      warned: 'convert_warned_at',
      days: cfg.lead_convert_days,
      reason: `超过 ${cfg.lead_convert_days} 天未转为商机，系统收回`,
      warn: (code: string, company: string, on: string) => ({
        zh: `线索 ${code} ${company} 尚未转为商机，将于 ${on} 收回公海`,
        en: `Lead ${code} ${company} is not an opportunity yet; it goes back to the pool on ${on}`,
      }),
    },
  ] as const;
  for (const p of periods) {
    if (p.days <= 0) continue;
    const warnCutoff = minusDays(now, Math.max(0, p.days - cfg.lead_remind_days));
    const warnRows = await db.all<Raw>(
      `SELECT id, code, company, owner_id, ${p.basis} AS basis FROM crm_leads
       WHERE status = 'open' AND ${p.basis} <= ? AND ${p.warned} IS NULL ORDER BY ${p.basis}, id LIMIT ?`,
      [warnCutoff, BATCH],
    );
    for (const r of warnRows) {
      const id = Number(r.id);
      const due = new Date(Math.max(Date.parse(String(r.basis)) + p.days * DAY_MS, now.getTime() + DAY_MS));
      const on = dateOf(due.toISOString());
      await db.run(`UPDATE crm_leads SET ${p.warned} = ? WHERE id = ?`, [nowIso, id]);
      await leadEvent(db, id, nowIso, 'warn', actor?.id ?? null, null, null, `${p.kind}: ${on}`);
      if (r.owner_id != null) {
        await remind(db, nowIso, {
          user_id: Number(r.owner_id),
          kind: `lead_${p.kind}_warning`,
          entity_type: 'lead',
          entity_id: id,
          title: p.warn(String(r.code), String(r.company), on),
          due_on: on,
          key: `lead_${p.kind}_warn:${id}:${String(r.basis)}`,
        });
      }
      counts.lead_reminders++;
    }
    const reclaimRows = await db.all<Raw>(
      `SELECT id, code, company, owner_id FROM crm_leads
       WHERE status = 'open' AND ${p.basis} <= ? AND ${p.warned} IS NOT NULL AND ${p.warned} <= ?
       ORDER BY ${p.basis}, id LIMIT ?`,
      [minusDays(now, p.days), dayAgo, BATCH],
    );
    for (const r of reclaimRows) {
      const lead = {
        id: Number(r.id),
        code: String(r.code),
        company: String(r.company),
        owner_id: r.owner_id == null ? null : Number(r.owner_id),
      };
      await moveToPool(db, nowIso, lead, 'reclaim', actor?.id ?? null, p.reason);
      await systemAudit(
        db,
        nowIso,
        actor,
        'crm.rules',
        'lead',
        lead.id,
        `线索 ${lead.code} 收回公海：${p.reason}`,
      );
      counts.leads_reclaimed++;
    }
  }

  /* ---- opportunities past their stage's time limit: owner and manager reminded, once per stage. */
  const overdue = await db.all<Raw>(
    `SELECT o.id, o.code, o.name, o.stage, o.stage_due_on, o.stage_entered_at, o.owner_id, u.manager_id
     FROM crm_opportunities o JOIN users u ON u.id = o.owner_id
     WHERE o.status = 'open' AND o.stage_due_on < ? AND o.stage_warned_at IS NULL ORDER BY o.stage_due_on, o.id LIMIT ?`,
    [today, BATCH],
  );
  for (const r of overdue) {
    const id = Number(r.id);
    const stage = stageLabel(cfg, String(r.stage));
    const title = {
      zh: `商机 ${String(r.code)} ${String(r.name)} 在“${stage.zh}”阶段已超期（应于 ${String(r.stage_due_on)} 前推进）`,
      en: `Opportunity ${String(r.code)} ${String(r.name)} overran stage "${stage.en}" (due ${String(r.stage_due_on)})`,
    };
    for (const uid of new Set([Number(r.owner_id), r.manager_id == null ? null : Number(r.manager_id)])) {
      if (uid == null) continue;
      await remind(db, nowIso, {
        user_id: uid,
        kind: 'stage_overdue',
        entity_type: 'opportunity',
        entity_id: id,
        title,
        due_on: String(r.stage_due_on),
        key: `stage_overdue:${id}:${String(r.stage)}:${String(r.stage_entered_at)}`,
      });
    }
    await db.run('UPDATE crm_opportunities SET stage_warned_at = ? WHERE id = ?', [nowIso, id]);
    counts.stage_reminders++;
  }

  /* ---- complaints unresolved past their deadline go to the supervisor. */
  counts.complaints_escalated = await escalateDueComplaints(db, now, (id, code, sup) =>
    systemAudit(
      db,
      nowIso,
      actor,
      'crm.rules',
      'complaint',
      id,
      `投诉 ${code} 超时未解决，升级至主管 ${sup ?? '—'}`,
    ),
  );

  /* ---- after-sales tasks whose window has opened. */
  const tasks = await db.all<Raw>(
    `SELECT t.id, t.kind, t.assignee_id, t.due_on, cu.legal_name FROM crm_aftersales_tasks t
     JOIN customers cu ON cu.id = t.customer_id
     WHERE t.status = 'open' AND t.due_from <= ? AND t.warned_at IS NULL ORDER BY t.due_on, t.id LIMIT ?`,
    [today, BATCH],
  );
  const KIND = {
    archive_check: { zh: '售后建档检查', en: 'After-sales archive check' },
    first_call: { zh: '售后首次回访', en: 'First return call' },
    satisfaction_call: { zh: '满意度回访', en: 'Satisfaction call' },
  } as Record<string, { zh: string; en: string }>;
  for (const t of tasks) {
    const k = KIND[String(t.kind)] ?? { zh: String(t.kind), en: String(t.kind) };
    await remind(db, nowIso, {
      user_id: Number(t.assignee_id),
      kind: 'aftersales_due',
      entity_type: 'aftersales',
      entity_id: Number(t.id),
      title: {
        zh: `${k.zh}：${String(t.legal_name)}，请于 ${String(t.due_on)} 前完成`,
        en: `${k.en}: ${String(t.legal_name)}, due ${String(t.due_on)}`,
      },
      due_on: String(t.due_on),
      key: `aftersales_due:${String(t.id)}`,
    });
    await db.run('UPDATE crm_aftersales_tasks SET warned_at = ? WHERE id = ?', [nowIso, t.id]);
    counts.aftersales_reminders++;
  }
  return counts;
}

registerJob({
  name: 'crm.rules',
  everyMs: 10 * 60_000,
  initialDelayMs: 60_000,
  async run(core, now) {
    const counts = await core.database.transaction((db) => runCrmRules(db, now));
    const n = Object.values(counts).reduce((a, b) => a + b, 0);
    if (n > 0) core.log.info(`crm.rules: ${JSON.stringify(counts)}`);
  },
});
