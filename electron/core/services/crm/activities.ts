import type { z } from 'zod';
import type { Db } from '../../db/database';
import type { HandlersFor, ServiceContext } from '../../rpc/context';
import { AppError, notFound } from '../../rpc/errors';
import type { ActivityRow, activityInput } from '../../../../shared/contract/crm';
import { runList, type ListSpec } from '../common/list';
import { customerScopeClause, visibleUserIds } from '../common/scope';
import { toBool } from '../common/text';
import { canSeeCustomer } from '../customers';
import {
  activityScope,
  addDays,
  complaintScope,
  dateOf,
  daysBetween,
  loadConfig,
  num,
  oppScope,
  str,
  storeAttachment,
  weekEnd,
  whereOf,
  type Raw,
} from './common';
import { requireLead } from './leads';
import { requireOpp, toOppRow } from './opportunities';
import { toTaskRow, TASK_FROM, TASK_SELECT } from './aftersales';
import { toComplaintRow, COMPLAINT_FROM, COMPLAINT_SELECT } from './complaints';

type ActivityInput = z.output<typeof activityInput>;

export const ACTIVITY_SELECT = `a.id, a.type, a.user_id, u.name AS user_name, a.customer_id, c.legal_name AS customer_name,
  a.lead_id, l.company AS lead_company, a.contact_id, ct.name AS contact_name, a.opportunity_id, o.name AS opportunity_name,
  a.occurred_at, a.checkin_at, a.checkin_place, a.summary, a.customer_requests, a.promises, a.next_followup_on,
  a.followup_owner_id, fo.name AS followup_owner_name, a.followup_done,
  (SELECT COUNT(*) FROM crm_attachments x WHERE x.entity_type = 'activity' AND x.entity_id = a.id AND NOT x.removed) AS attachments`;
export const ACTIVITY_FROM = `crm_activities a JOIN users u ON u.id = a.user_id JOIN users fo ON fo.id = a.followup_owner_id
  LEFT JOIN customers c ON c.id = a.customer_id LEFT JOIN crm_leads l ON l.id = a.lead_id
  LEFT JOIN contacts ct ON ct.id = a.contact_id LEFT JOIN crm_opportunities o ON o.id = a.opportunity_id`;

const activityList: ListSpec = {
  from: ACTIVITY_FROM,
  select: ACTIVITY_SELECT,
  fields: {
    type: { sql: 'a.type', type: 'enum' },
    user_id: { sql: 'a.user_id', type: 'number' },
    user_name: { sql: 'u.name', type: 'text' },
    customer_name: { sql: 'c.legal_name', type: 'text' },
    lead_company: { sql: 'l.company', type: 'text' },
    contact_name: { sql: 'ct.name', type: 'text' },
    opportunity_name: { sql: 'o.name', type: 'text' },
    occurred_at: { sql: 'a.occurred_at', type: 'date' },
    checkin_place: { sql: 'a.checkin_place', type: 'text' },
    summary: { sql: 'a.summary', type: 'text', sortable: false },
    customer_requests: { sql: 'a.customer_requests', type: 'text', sortable: false },
    promises: { sql: 'a.promises', type: 'text', sortable: false },
    next_followup_on: { sql: 'a.next_followup_on', type: 'date' },
    followup_done: { sql: 'a.followup_done', type: 'bool' },
  },
  search: ['a.summary', 'a.promises', 'a.customer_requests', 'c.legal_name', 'l.company', 'ct.name'],
  defaultSort: { field: 'occurred_at', dir: 'desc' },
  tiebreak: 'a.id DESC',
};

export function toActivityRow(r: Raw): ActivityRow {
  return {
    id: Number(r.id),
    type: r.type as ActivityRow['type'],
    user_id: Number(r.user_id),
    user_name: String(r.user_name),
    customer_id: num(r.customer_id),
    customer_name: str(r.customer_name),
    lead_id: num(r.lead_id),
    lead_company: str(r.lead_company),
    contact_id: num(r.contact_id),
    contact_name: str(r.contact_name),
    opportunity_id: num(r.opportunity_id),
    opportunity_name: str(r.opportunity_name),
    occurred_at: String(r.occurred_at),
    checkin_at: str(r.checkin_at),
    checkin_place: str(r.checkin_place),
    summary: String(r.summary),
    customer_requests: str(r.customer_requests),
    promises: str(r.promises),
    next_followup_on: String(r.next_followup_on),
    followup_owner_id: Number(r.followup_owner_id),
    followup_owner_name: String(r.followup_owner_name),
    followup_done: toBool(r.followup_done),
    attachments: Number(r.attachments ?? 0),
  };
}

async function activityById(db: Db, id: number): Promise<ActivityRow> {
  return toActivityRow(
    (await db.get<Raw>(`SELECT ${ACTIVITY_SELECT} FROM ${ACTIVITY_FROM} WHERE a.id = ?`, [id]))!,
  );
}

/** Five minutes of clock difference between PCs are tolerated for "not in the future". */
const FUTURE_SLACK_MS = 5 * 60_000;

/**
 * Records an activity (also used for after-sales return calls): checks the target, closes the
 * logger's open follow-ups on the same customer or lead, restarts an idle lead's reclaim clock.
 */
export async function insertActivity(ctx: ServiceContext, input: ActivityInput): Promise<number> {
  const user = ctx.requireUser();
  const db = ctx.db;
  const now = ctx.now();
  const nowIso = now.toISOString();

  let customerId = input.customer_id ?? null;
  const leadId = input.lead_id ?? null;
  if (input.opportunity_id) {
    const opp = await requireOpp(ctx, input.opportunity_id, 'read');
    if (customerId != null && customerId !== opp.customer_id) {
      throw AppError.field('VALIDATION', ['opportunity_id'], 'not_of_customer');
    }
    if (leadId != null) throw AppError.field('VALIDATION', ['lead_id'], 'activity_target');
    customerId = opp.customer_id;
  }
  if ((customerId == null) === (leadId == null)) {
    throw AppError.field('VALIDATION', ['customer_id'], 'activity_target');
  }
  if (customerId != null) {
    if (!(await canSeeCustomer(db, user, customerId))) throw notFound('客户', 'Customer');
    if (input.contact_id != null) {
      const c = await db.get<{ customer_id: number }>('SELECT customer_id FROM contacts WHERE id = ?', [
        input.contact_id,
      ]);
      if (!c || Number(c.customer_id) !== customerId) {
        throw AppError.field('VALIDATION', ['contact_id'], 'not_of_customer');
      }
    }
  } else {
    await requireLead(ctx, leadId!, 'edit');
    if (input.contact_id != null) throw AppError.field('VALIDATION', ['contact_id'], 'not_of_customer');
  }

  const occurred = input.occurred_at ? new Date(input.occurred_at) : now;
  if (occurred.getTime() > now.getTime() + FUTURE_SLACK_MS) {
    throw AppError.field('VALIDATION', ['occurred_at'], 'in_future');
  }
  const checkin = input.checkin_at ? new Date(input.checkin_at) : null;
  if (input.type === 'visit') {
    const missing: string[] = [];
    if (!checkin) missing.push('checkin_at');
    if (!input.checkin_place) missing.push('checkin_place');
    if (missing.length) throw AppError.field('VALIDATION', [missing[0]!], 'visit_checkin');
  }
  if (checkin && checkin.getTime() > now.getTime() + FUTURE_SLACK_MS) {
    throw AppError.field('VALIDATION', ['checkin_at'], 'in_future');
  }
  const occurredIso = occurred.toISOString();
  const day = dateOf(occurredIso);
  if (input.next_followup_on < day) {
    throw AppError.field('VALIDATION', ['next_followup_on'], 'followup_before_activity', { date: day });
  }
  if (daysBetween(day, input.next_followup_on) > 366) {
    throw AppError.field('VALIDATION', ['next_followup_on'], 'followup_too_far');
  }

  const id = await db.insert('crm_activities', {
    type: input.type,
    user_id: user.id,
    customer_id: customerId,
    lead_id: leadId,
    contact_id: input.contact_id,
    opportunity_id: input.opportunity_id,
    occurred_at: occurredIso,
    checkin_at: checkin?.toISOString() ?? null,
    checkin_place: input.type === 'visit' || input.checkin_place ? input.checkin_place : null,
    summary: input.summary,
    customer_requests: input.customer_requests,
    promises: input.promises,
    next_followup_on: input.next_followup_on,
    followup_owner_id: user.id,
    followup_done: false,
    created_at: nowIso,
  });
  for (const [i, f] of input.attachments.entries()) {
    await storeAttachment(ctx, 'activity', id, f, ['attachments', i]);
  }
  // This contact settles the logger's earlier follow-ups on the same customer or lead.
  const target = customerId != null ? 'customer_id' : 'lead_id';
  await db.run(
    `UPDATE crm_activities SET followup_done = ?, followup_done_at = ?
     WHERE followup_owner_id = ? AND followup_done = ? AND id <> ? AND ${target} = ?`,
    [true, nowIso, user.id, false, id, customerId ?? leadId],
  );
  if (leadId != null) {
    // A follow-up restarts the reclaim clock (a back-dated one from when it happened).
    await db.run(
      `UPDATE crm_leads SET
         last_followup_at = CASE WHEN last_followup_at IS NULL OR last_followup_at < ? THEN ? ELSE last_followup_at END,
         idle_warned_at = CASE WHEN idle_since IS NULL OR idle_since < ? THEN NULL ELSE idle_warned_at END,
         idle_since = CASE WHEN idle_since IS NULL OR idle_since < ? THEN ? ELSE idle_since END,
         next_followup_on = ?, updated_at = ?, version = version + 1
       WHERE id = ?`,
      [
        occurredIso,
        occurredIso,
        occurredIso,
        occurredIso,
        occurredIso,
        input.next_followup_on,
        nowIso,
        leadId,
      ],
    );
  }
  if (input.opportunity_id) {
    await db.run('UPDATE crm_opportunities SET updated_at = ? WHERE id = ?', [nowIso, input.opportunity_id]);
  }
  return id;
}

/** Open follow-ups of one person move to another (staff handover). */
export async function handoverFollowups(db: Db, from: number, to: number): Promise<number> {
  return db.run(
    'UPDATE crm_activities SET followup_owner_id = ? WHERE followup_owner_id = ? AND followup_done = ?',
    [to, from, false],
  );
}

/* ------------------------------------------------------------------ agenda */

function mmdd(date: string): string {
  return date.slice(5, 10);
}

/** The next date (today or later) with the month and day of `date`; 02-29 falls on 02-28 in other years. */
function nextOccurrence(date: string, today: string): string {
  const md = mmdd(date);
  const year = Number(today.slice(0, 4));
  const make = (y: number) => {
    const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
    return `${y}-${md === '02-29' && !leap ? '02-28' : md}`;
  };
  const thisYear = make(year);
  return thisYear >= today ? thisYear : make(year + 1);
}

/** SQL: the MM-DD of a date column lies within [today, today + days] (wrapping at the year end). */
function withinDays(col: string, today: string, days: number): { clause: string; params: unknown[] } {
  const from = mmdd(today);
  const to = mmdd(addDays(today, days));
  const md = `SUBSTR(${col}, 6, 5)`;
  if (from <= to) return { clause: `${md} >= ? AND ${md} <= ?`, params: [from, to] };
  return { clause: `(${md} >= ? OR ${md} <= ?)`, params: [from, to] };
}

export const activityHandlers: HandlersFor<
  'activities.' | 'crm.agenda' | 'crm.reminders' | 'crm.markRemindersRead' | 'crm.customerSummary'
> = {
  async 'activities.list'(ctx, q) {
    const user = ctx.requireUser();
    const w = whereOf(activityScope(await visibleUserIds(ctx.db, user)));
    for (const [field, col] of [
      ['customer_id', 'a.customer_id'],
      ['lead_id', 'a.lead_id'],
      ['opportunity_id', 'a.opportunity_id'],
      ['user_id', 'a.user_id'],
    ] as const) {
      const v = q[field];
      if (v) {
        w.clauses.push(`${col} = ?`);
        w.params.push(v);
      }
    }
    const r = await runList<Raw>(ctx.db, activityList, q, w);
    return { rows: r.rows.map(toActivityRow), total: r.total };
  },

  async 'activities.create'(ctx, input) {
    const id = await insertActivity(ctx, input);
    const row = await activityById(ctx.db, id);
    ctx.audit(
      id,
      `${row.type === 'visit' ? '拜访' : '跟进'} ${row.customer_name ?? row.lead_company ?? ''}，下次跟进 ${row.next_followup_on}`,
    );
    return row;
  },

  async 'crm.agenda'(ctx, { user_id }) {
    const me = ctx.requireUser();
    const uid = user_id ?? me.id;
    if (uid !== me.id) {
      const ids = await visibleUserIds(ctx.db, me);
      if (ids !== null && !ids.includes(uid)) throw notFound('人员', 'Person');
    }
    const who = await ctx.db.get<{ name: string }>('SELECT name FROM users WHERE id = ?', [uid]);
    if (!who) throw notFound('人员', 'Person');
    const db = ctx.db;
    const cfg = await loadConfig(db);
    const today = ctx.today();
    const end = weekEnd(today);

    const followups = (
      await db.all<Raw>(
        `SELECT ${ACTIVITY_SELECT} FROM ${ACTIVITY_FROM}
         WHERE a.followup_owner_id = ? AND a.followup_done = ? AND a.next_followup_on <= ?
         ORDER BY a.next_followup_on, a.id LIMIT 300`,
        [uid, false, end],
      )
    ).map(toActivityRow);

    const tasks = (
      await db.all<Raw>(
        `SELECT ${TASK_SELECT} FROM ${TASK_FROM} WHERE t.assignee_id = ? AND t.status = 'open' AND t.due_from <= ?
         ORDER BY t.due_on, t.id LIMIT 100`,
        [uid, end],
      )
    ).map((r) => toTaskRow(r, today));

    const opps = (
      await db.all<Raw>(
        `SELECT o.id, o.code, o.name, o.customer_id, c.legal_name AS customer_name, o.owner_id, u.name AS owner_name,
           o.stage, o.status, o.stage_entered_at, o.stage_due_on, o.budget, o.expected_amount, o.expected_bid_date,
           o.win_amount, o.won_amount, o.won_on, o.lost_reason, o.lost_to, o.created_at, o.updated_at, o.version
         FROM crm_opportunities o JOIN customers c ON c.id = o.customer_id JOIN users u ON u.id = o.owner_id
         WHERE o.owner_id = ? AND o.status = 'open' AND o.stage_due_on <= ? ORDER BY o.stage_due_on, o.id LIMIT 100`,
        [uid, end],
      )
    ).map((r) => toOppRow(r, today));

    const complaints = (
      await db.all<Raw>(
        `SELECT ${COMPLAINT_SELECT} FROM ${COMPLAINT_FROM}
         WHERE k.status <> 'closed' AND (k.owner_id = ? OR (k.supervisor_id = ? AND k.escalated_at IS NOT NULL)
           OR (k.tech_user_id = ? AND k.status = 'technical'))
         ORDER BY k.escalate_at, k.id LIMIT 100`,
        [uid, uid, uid],
      )
    ).map(toComplaintRow);

    const reminders = await db.all<Raw>(
      'SELECT * FROM crm_reminders WHERE user_id = ? AND read_at IS NULL ORDER BY created_at DESC, id DESC LIMIT 50',
      [uid],
    );

    const own = customerScopeClause([uid], 'cu')!;
    const bw = withinDays('ct.birthday', today, cfg.reminder_days_ahead);
    const birthdays = await db.all<Raw>(
      `SELECT ct.id, ct.name, ct.birthday, cu.id AS customer_id, cu.legal_name FROM contacts ct
       JOIN customers cu ON cu.id = ct.customer_id
       WHERE ct.active = ? AND cu.active = ? AND ct.birthday IS NOT NULL AND ${bw.clause} AND ${own.clause}
       LIMIT 100`,
      [true, true, ...bw.params, ...own.params],
    );
    const aw = withinDays('cu.created_at', today, cfg.reminder_days_ahead);
    const anniversaries = await db.all<Raw>(
      `SELECT cu.id, cu.legal_name, cu.created_at FROM customers cu
       WHERE cu.active = ? AND SUBSTR(cu.created_at, 1, 4) < ? AND ${aw.clause} AND ${own.clause} LIMIT 100`,
      [true, today.slice(0, 4), ...aw.params, ...own.params],
    );

    return {
      user_id: uid,
      user_name: who.name,
      today,
      week_end: end,
      overdue: followups.filter((f) => f.next_followup_on < today),
      due_today: followups.filter((f) => f.next_followup_on === today),
      this_week: followups.filter((f) => f.next_followup_on > today),
      aftersales: tasks,
      opportunities: opps,
      complaints,
      reminders: reminders.map(toReminder),
      birthdays: birthdays
        .map((b) => {
          const on = nextOccurrence(String(b.birthday), today);
          return {
            contact_id: Number(b.id),
            contact_name: String(b.name),
            customer_id: Number(b.customer_id),
            customer_name: String(b.legal_name),
            birthday: String(b.birthday),
            on,
            days: daysBetween(today, on),
          };
        })
        .sort((a, b) => a.days - b.days),
      anniversaries: anniversaries
        .map((c) => {
          const since = String(c.created_at).slice(0, 10);
          const on = nextOccurrence(since, today);
          return {
            customer_id: Number(c.id),
            customer_name: String(c.legal_name),
            since,
            on,
            years: Number(on.slice(0, 4)) - Number(since.slice(0, 4)),
            days: daysBetween(today, on),
          };
        })
        .filter((a) => a.years > 0)
        .sort((a, b) => a.days - b.days),
    };
  },

  async 'crm.reminders'(ctx, { unread_only, limit }) {
    const user = ctx.requireUser();
    const rows = await ctx.db.all<Raw>(
      `SELECT * FROM crm_reminders WHERE user_id = ?${unread_only ? ' AND read_at IS NULL' : ''}
       ORDER BY created_at DESC, id DESC LIMIT ?`,
      [user.id, limit],
    );
    const n = await ctx.db.get<{ n: number }>(
      'SELECT COUNT(*) AS n FROM crm_reminders WHERE user_id = ? AND read_at IS NULL',
      [user.id],
    );
    return { rows: rows.map(toReminder), unread: Number(n?.n ?? 0) };
  },

  async 'crm.markRemindersRead'(ctx, { ids, all }) {
    const user = ctx.requireUser();
    const now = ctx.nowIso();
    let count = 0;
    if (all) {
      count = await ctx.db.run('UPDATE crm_reminders SET read_at = ? WHERE user_id = ? AND read_at IS NULL', [
        now,
        user.id,
      ]);
    } else if (ids.length) {
      count = await ctx.db.run(
        `UPDATE crm_reminders SET read_at = ? WHERE user_id = ? AND read_at IS NULL AND id IN (${ids.map(() => '?').join(', ')})`,
        [now, user.id, ...ids],
      );
    }
    ctx.audit(null, `提醒标记已读 ${count} 条`);
    return { count };
  },

  async 'crm.customerSummary'(ctx, { customer_id }) {
    const user = ctx.requireUser();
    if (!(await canSeeCustomer(ctx.db, user, customer_id))) throw notFound('客户', 'Customer');
    const db = ctx.db;
    const ids = await visibleUserIds(db, user);
    // Only the opportunities the caller may see count (others on a shared customer stay private).
    const os = oppScope(ids);
    const opp = await db.get<Raw>(
      `SELECT SUM(CASE WHEN o.status = 'open' THEN 1 ELSE 0 END) AS open_n,
         COALESCE(SUM(CASE WHEN o.status = 'open' THEN COALESCE(o.expected_amount, 0) ELSE 0 END), 0) AS pipeline,
         COALESCE(SUM(CASE WHEN o.status = 'won' THEN COALESCE(o.won_amount, 0) ELSE 0 END), 0) AS won
       FROM crm_opportunities o WHERE o.customer_id = ?${os ? ` AND ${os.clause}` : ''}`,
      [customer_id, ...(os?.params ?? [])],
    );
    const act = await db.get<Raw>(
      'SELECT COUNT(*) AS n, MIN(occurred_at) AS first_at, MAX(occurred_at) AS last_at FROM crm_activities WHERE customer_id = ?',
      [customer_id],
    );
    const next = await db.get<Raw>(
      'SELECT MIN(next_followup_on) AS d FROM crm_activities WHERE customer_id = ? AND followup_done = ?',
      [customer_id, false],
    );
    const cs = complaintScope(ids);
    const comp = await db.get<Raw>(
      `SELECT COUNT(*) AS n FROM crm_complaints k WHERE k.customer_id = ? AND k.status <> 'closed'${cs ? ` AND ${cs.clause}` : ''}`,
      [customer_id, ...(cs?.params ?? [])],
    );
    const tasks = await db.get<Raw>(
      "SELECT COUNT(*) AS n FROM crm_aftersales_tasks WHERE customer_id = ? AND status = 'open'",
      [customer_id],
    );
    const lead = await db.get<Raw>(
      'SELECT id, code FROM crm_leads WHERE customer_id = ? ORDER BY id LIMIT 1',
      [customer_id],
    );
    return {
      customer_id,
      open_opportunities: Number(opp?.open_n ?? 0),
      pipeline_amount: Number(opp?.pipeline ?? 0),
      won_amount: Number(opp?.won ?? 0),
      activities: Number(act?.n ?? 0),
      first_activity_at: str(act?.first_at),
      last_activity_at: str(act?.last_at),
      next_followup_on: str(next?.d),
      open_complaints: Number(comp?.n ?? 0),
      open_aftersales: Number(tasks?.n ?? 0),
      lead: lead ? { id: Number(lead.id), code: String(lead.code) } : null,
    };
  },
};

function toReminder(r: Raw) {
  return {
    id: Number(r.id),
    kind: String(r.kind),
    entity_type: String(r.entity_type),
    entity_id: Number(r.entity_id),
    title_zh: String(r.title_zh),
    title_en: String(r.title_en),
    due_on: str(r.due_on),
    created_at: String(r.created_at),
    read: r.read_at != null,
  };
}
