import type { Db } from '../../db/database';
import type { HandlersFor } from '../../rpc/context';
import { localDate } from '../../rpc/context';
import { AppError, notFound, versionConflict } from '../../rpc/errors';
import type { AftersalesTaskRow } from '../../../../shared/contract/crm';
import { runList, type ListSpec } from '../common/list';
import { visibleUserIds } from '../common/scope';
import { formatNumber, nextNumber } from '../common/numbering';
import { canSeeCustomer } from '../customers';
import { addDays, loadConfig, num, str, taskScope, whereOf, yearOf, type Raw } from './common';
import { insertActivity } from './activities';

export const TASK_SELECT = `t.id, t.customer_id, cu.legal_name AS customer_name, t.source_type, t.source_id,
  sj.code AS source_code, t.kind, t.seq, t.delivered_on, t.due_from, t.due_on, t.assignee_id, u.name AS assignee_name,
  t.status, t.done_at, t.satisfaction, t.result, t.version`;
export const TASK_FROM = `crm_aftersales_tasks t JOIN customers cu ON cu.id = t.customer_id
  JOIN users u ON u.id = t.assignee_id
  LEFT JOIN crm_service_jobs sj ON t.source_type = 'service_job' AND sj.id = t.source_id`;

const taskList: ListSpec = {
  from: TASK_FROM,
  select: TASK_SELECT,
  fields: {
    customer_name: { sql: 'cu.legal_name', type: 'text' },
    kind: { sql: 't.kind', type: 'enum' },
    source_type: { sql: 't.source_type', type: 'enum' },
    delivered_on: { sql: 't.delivered_on', type: 'date' },
    due_from: { sql: 't.due_from', type: 'date' },
    due_on: { sql: 't.due_on', type: 'date' },
    assignee_name: { sql: 'u.name', type: 'text' },
    status: { sql: 't.status', type: 'enum' },
    done_at: { sql: 't.done_at', type: 'date' },
    satisfaction: { sql: 't.satisfaction', type: 'number' },
  },
  search: ['cu.legal_name', 'cu.py', 'sj.code', 't.result'],
  defaultSort: { field: 'due_on', dir: 'asc' },
  tiebreak: 't.id',
};

export function toTaskRow(r: Raw, today: string): AftersalesTaskRow {
  return {
    id: Number(r.id),
    customer_id: Number(r.customer_id),
    customer_name: String(r.customer_name),
    source_type: String(r.source_type),
    source_id: Number(r.source_id),
    source_label: str(r.source_code),
    kind: r.kind as AftersalesTaskRow['kind'],
    seq: Number(r.seq),
    delivered_on: String(r.delivered_on),
    due_from: String(r.due_from),
    due_on: String(r.due_on),
    assignee_id: Number(r.assignee_id),
    assignee_name: String(r.assignee_name),
    status: r.status as AftersalesTaskRow['status'],
    done_at: str(r.done_at),
    satisfaction: num(r.satisfaction),
    result: str(r.result),
    overdue: r.status === 'open' && String(r.due_on) < today,
    version: Number(r.version),
  };
}

export interface AfterSalesSource {
  customer_id: number;
  /** 'shipment' (called by the shipment approval) or 'service_job'. */
  source_type: 'shipment' | 'service_job';
  source_id: number;
  /** The delivery (or service completion) date, YYYY-MM-DD. */
  delivered_on: string;
  now: Date;
  /** Who calls; the customer's owner by default. */
  assignee_id?: number;
}

/**
 * Schedules the after-sales care of a delivery (seed 000, 售后服务工作规定): the archive completeness
 * check within 2 days, the first return call 3–7 days after delivery, then the satisfaction calls
 * (回访) configured. Runs in the caller's transaction; scheduling the same source again changes nothing.
 * Returns the ids of the tasks created.
 */
export async function scheduleAfterSales(db: Db, src: AfterSalesSource): Promise<number[]> {
  const cfg = await loadConfig(db);
  let assignee = src.assignee_id;
  if (assignee == null) {
    const c = await db.get<{ owner_id: number }>('SELECT owner_id FROM customers WHERE id = ?', [
      src.customer_id,
    ]);
    if (!c) throw notFound('客户', 'Customer');
    assignee = Number(c.owner_id);
  }
  const d = src.delivered_on;
  const plan: { kind: string; seq: number; from: string; to: string }[] = [
    { kind: 'archive_check', seq: 0, from: d, to: addDays(d, cfg.aftersales_archive_days) },
    {
      kind: 'first_call',
      seq: 0,
      from: addDays(d, cfg.aftersales_first_call_from),
      to: addDays(d, Math.max(cfg.aftersales_first_call_from, cfg.aftersales_first_call_to)),
    },
    ...cfg.aftersales_satisfaction_days.map((days, i) => ({
      kind: 'satisfaction_call',
      seq: i + 1,
      from: addDays(d, days),
      to: addDays(d, days + cfg.aftersales_call_window_days),
    })),
  ];
  const nowIso = src.now.toISOString();
  const ids: number[] = [];
  for (const p of plan) {
    const r = await db.get<{ id: number }>(
      `INSERT INTO crm_aftersales_tasks (customer_id, source_type, source_id, kind, seq, delivered_on, due_from, due_on,
         assignee_id, status, created_at, version)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, 0)
       ON CONFLICT (source_type, source_id, kind, seq) DO NOTHING RETURNING id`,
      [src.customer_id, src.source_type, src.source_id, p.kind, p.seq, d, p.from, p.to, assignee, nowIso],
    );
    if (r) ids.push(Number(r.id));
  }
  return ids;
}

/** Open after-sales tasks of one person move to another (staff handover). */
export async function handoverAftersales(db: Db, from: number, to: number): Promise<number> {
  return db.run(
    "UPDATE crm_aftersales_tasks SET assignee_id = ?, version = version + 1 WHERE assignee_id = ? AND status = 'open'",
    [to, from],
  );
}

export const aftersalesHandlers: HandlersFor<'aftersales.'> = {
  async 'aftersales.list'(ctx, q) {
    const user = ctx.requireUser();
    const w = whereOf(taskScope(await visibleUserIds(ctx.db, user)));
    if (q.customer_id) {
      w.clauses.push('t.customer_id = ?');
      w.params.push(q.customer_id);
    }
    if (q.assignee_id) {
      w.clauses.push('t.assignee_id = ?');
      w.params.push(q.assignee_id);
    }
    if (q.status) {
      w.clauses.push('t.status = ?');
      w.params.push(q.status);
    }
    const r = await runList<Raw>(ctx.db, taskList, q, w);
    const today = ctx.today();
    return { rows: r.rows.map((x) => toTaskRow(x, today)), total: r.total };
  },

  async 'aftersales.complete'(ctx, input) {
    const user = ctx.requireUser();
    const t = await ctx.db.get<Raw>(`SELECT * FROM crm_aftersales_tasks WHERE id = ?${ctx.db.forUpdate}`, [
      input.id,
    ]);
    if (!t) throw notFound('售后任务', 'After-sales task');
    const ids = await visibleUserIds(ctx.db, user);
    const mine = ids === null || ids.includes(Number(t.assignee_id));
    if (!mine && !(await canSeeCustomer(ctx.db, user, Number(t.customer_id)))) {
      throw notFound('售后任务', 'After-sales task');
    }
    if (Number(t.version) !== input.version) throw versionConflict();
    if (t.status !== 'open') throw AppError.of('BUSINESS_RULE', 'aftersales_done');
    let activityId: number | null = null;
    if (t.kind !== 'archive_check') {
      if (input.satisfaction == null)
        throw AppError.field('VALIDATION', ['satisfaction'], 'satisfaction_required');
      if (!input.next_followup_on) throw AppError.field('VALIDATION', ['next_followup_on'], 'required');
      activityId = await insertActivity(ctx, {
        type: 'call',
        customer_id: Number(t.customer_id),
        contact_id: input.contact_id,
        opportunity_id: null,
        checkin_at: null,
        checkin_place: null,
        summary: `【${t.kind === 'first_call' ? '售后首次回访' : '满意度回访'}】${input.summary}`,
        customer_requests: null,
        promises: null,
        next_followup_on: input.next_followup_on,
        attachments: [],
      });
    }
    const now = ctx.nowIso();
    await ctx.db.run(
      `UPDATE crm_aftersales_tasks SET status = 'done', done_at = ?, done_by = ?, activity_id = ?, satisfaction = ?,
         result = ?, version = version + 1 WHERE id = ?`,
      [now, user.id, activityId, input.satisfaction ?? null, input.summary.slice(0, 500), input.id],
    );
    ctx.audit(input.id, `完成售后任务 ${String(t.kind)}（客户 ${String(t.customer_id)}）`);
    const r = (await ctx.db.get<Raw>(`SELECT ${TASK_SELECT} FROM ${TASK_FROM} WHERE t.id = ?`, [input.id]))!;
    return toTaskRow(r, ctx.today());
  },

  async 'aftersales.recordServiceJob'(ctx, input) {
    const user = ctx.requireUser();
    if (!(await canSeeCustomer(ctx.db, user, input.customer_id))) {
      throw AppError.field('NOT_FOUND', ['customer_id'], 'invalid_value');
    }
    if (
      input.product_id != null &&
      !(await ctx.db.get('SELECT id FROM products WHERE id = ?', [input.product_id]))
    ) {
      throw AppError.field('VALIDATION', ['product_id'], 'invalid_value');
    }
    const today = ctx.today();
    if (input.completed_on > today) throw AppError.field('VALIDATION', ['completed_on'], 'in_future');
    const year = yearOf(today);
    const code = formatNumber('FW', year, await nextNumber(ctx.db, 'SERVICE', year));
    const now = ctx.now();
    const id = await ctx.db.insert('crm_service_jobs', {
      code,
      customer_id: input.customer_id,
      product_id: input.product_id,
      description: input.description,
      completed_on: input.completed_on,
      user_id: user.id,
      created_at: now.toISOString(),
    });
    await scheduleAfterSales(ctx.db, {
      customer_id: input.customer_id,
      source_type: 'service_job',
      source_id: id,
      delivered_on: input.completed_on,
      now,
    });
    const rows = await ctx.db.all<Raw>(
      `SELECT ${TASK_SELECT} FROM ${TASK_FROM} WHERE t.source_type = 'service_job' AND t.source_id = ? ORDER BY t.due_on, t.id`,
      [id],
    );
    ctx.audit(id, `登记服务 ${code}，安排售后回访 ${rows.length} 项`);
    return { id, code, tasks: rows.map((r) => toTaskRow(r, localDate(now))) };
  },
};
