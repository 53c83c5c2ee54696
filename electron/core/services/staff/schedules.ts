import type { Db } from '../../db/database';
import type { HandlersFor, ServiceContext, SessionUser } from '../../rpc/context';
import { AppError, notFound, versionConflict } from '../../rpc/errors';
import {
  TASK_STATUS_LABELS,
  type TaskDetail,
  type TaskRow,
  type TaskStatus,
} from '../../../../shared/contract/staff';
import { placeholders, runList, type ListSpec } from '../common/list';
import { intersectIds, visibleUserIds } from '../common/scope';
import { toBool } from '../common/text';
import { canSeeCustomer } from '../customers';
import { addReminder } from './org';
import { addDays, daysBetween, getStaffSettings, isWorkday, localDateOf, localInstant } from './calendar';
import { reportDeadline } from './reports';

type Raw = Record<string, unknown>;
const str = (v: unknown) => (v == null ? null : String(v));

const SELECT = `t.id, t.kind, t.subject, t.description, t.assignee_id, a.name AS assignee_name, t.creator_id,
  c.name AS creator_name, t.customer_id, cu.legal_name AS customer_name, t.starts_at, t.ends_at, t.status, t.remind_at,
  t.postpone_count, t.result, t.completed_at, t.version`;
const FROM = `staff_tasks t JOIN users a ON a.id = t.assignee_id JOIN users c ON c.id = t.creator_id
  LEFT JOIN customers cu ON cu.id = t.customer_id`;

const spec: ListSpec = {
  from: FROM,
  select: SELECT,
  fields: {
    kind: { sql: 't.kind', type: 'enum' },
    subject: { sql: 't.subject', type: 'text' },
    assignee_name: { sql: 'a.name', type: 'text' },
    creator_name: { sql: 'c.name', type: 'text' },
    customer_name: { sql: 'cu.legal_name', type: 'text' },
    starts_at: { sql: 't.starts_at', type: 'date' },
    ends_at: { sql: 't.ends_at', type: 'date' },
    status: { sql: 't.status', type: 'enum' },
    postpone_count: { sql: 't.postpone_count', type: 'number' },
    completed_at: { sql: 't.completed_at', type: 'date' },
  },
  search: ['t.subject', 't.description', 'a.name', 'c.name', 'cu.legal_name'],
  defaultSort: { field: 'starts_at', dir: 'desc' },
  tiebreak: 't.id DESC',
};

const OPEN: readonly TaskStatus[] = ['pending', 'accepted'];

function toRow(r: Raw, nowIso: string): TaskRow {
  const status = r.status as TaskStatus;
  return {
    id: Number(r.id),
    kind: r.kind as TaskRow['kind'],
    subject: String(r.subject),
    description: str(r.description),
    assignee_id: Number(r.assignee_id),
    assignee_name: String(r.assignee_name),
    creator_id: Number(r.creator_id),
    creator_name: String(r.creator_name),
    customer_id: r.customer_id == null ? null : Number(r.customer_id),
    customer_name: str(r.customer_name),
    starts_at: String(r.starts_at),
    ends_at: String(r.ends_at),
    status,
    remind_at: str(r.remind_at),
    postpone_count: Number(r.postpone_count ?? 0),
    result: str(r.result),
    completed_at: str(r.completed_at),
    overdue: OPEN.includes(status) && String(r.ends_at) < nowIso,
    version: Number(r.version),
  };
}

const canSee = (
  user: SessionUser,
  t: { assignee_id: number; creator_id: number },
  visible: number[] | null,
) =>
  t.creator_id === user.id ||
  t.assignee_id === user.id ||
  visible === null ||
  visible.includes(t.assignee_id);

async function detail(ctx: ServiceContext, id: number, lock = false): Promise<TaskDetail> {
  const user = ctx.requireUser();
  if (lock) await ctx.db.get(`SELECT id FROM staff_tasks WHERE id = ?${ctx.db.forUpdate}`, [id]);
  const r = await ctx.db.get<Raw>(`SELECT ${SELECT} FROM ${FROM} WHERE t.id = ?`, [id]);
  if (!r) throw notFound('任务', 'Task');
  const row = toRow(r, ctx.nowIso());
  if (!canSee(user, row, await visibleUserIds(ctx.db, user))) throw notFound('任务', 'Task');
  const events = await ctx.db.all<Raw>(
    `SELECT e.action, u.name AS user_name, e.note, e.at FROM staff_task_events e LEFT JOIN users u ON u.id = e.user_id
     WHERE e.task_id = ? ORDER BY e.at, e.id`,
    [id],
  );
  return {
    ...row,
    events: events.map((e) => ({
      action: String(e.action),
      user_name: str(e.user_name),
      note: str(e.note),
      at: String(e.at),
    })),
  };
}

async function event(
  ctx: ServiceContext,
  taskId: number,
  action: string,
  note: string | null = null,
): Promise<void> {
  await ctx.db.insert('staff_task_events', {
    task_id: taskId,
    user_id: ctx.user?.id ?? null,
    action,
    note,
    at: ctx.nowIso(),
  });
}

function requireState(t: TaskRow, allowed: readonly TaskStatus[]): void {
  if (!allowed.includes(t.status))
    throw AppError.field('BUSINESS_RULE', ['id'], 'task_state', { status: TASK_STATUS_LABELS[t.status].zh });
}

/** The creator, or a manager with the assignee in scope. */
async function requireCreatorOrManager(ctx: ServiceContext, t: TaskRow): Promise<void> {
  const user = ctx.requireUser();
  if (t.creator_id === user.id) return;
  const visible = await visibleUserIds(ctx.db, user);
  if (
    user.scope !== 'own' &&
    t.assignee_id !== user.id &&
    (visible === null || visible.includes(t.assignee_id))
  )
    return;
  throw AppError.field('FORBIDDEN', ['id'], 'task_only_creator');
}

async function notify(
  ctx: ServiceContext,
  userId: number,
  t: TaskRow,
  kind: string,
  message: string,
): Promise<void> {
  if (userId === ctx.user?.id) return;
  await addReminder(
    ctx.db,
    {
      user_id: userId,
      kind,
      ref_type: 'task',
      ref_id: t.id,
      message,
      dedupe_key: `${kind}:${t.id}:${ctx.nowIso()}`,
    },
    ctx.nowIso(),
  );
}

const fmt = (iso: string) => {
  const d = new Date(iso);
  return `${localDateOf(d).slice(5)} ${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
};

export const scheduleHandlers: HandlersFor<'schedules.'> = {
  async 'schedules.create'(ctx, input) {
    const user = ctx.requireUser();
    const assignee = input.assignee_id ?? user.id;
    if (input.ends_at < input.starts_at) throw AppError.field('VALIDATION', ['ends_at'], 'ends_before_start');
    if (assignee !== user.id) {
      const visible = await visibleUserIds(ctx.db, user);
      if (user.scope === 'own' || (visible !== null && !visible.includes(assignee)))
        throw AppError.field('FORBIDDEN', ['assignee_id'], 'task_not_assignable');
    }
    const a = await ctx.db.get<{ active: unknown }>('SELECT active FROM users WHERE id = ?', [assignee]);
    if (!a || !toBool(a.active)) throw AppError.field('VALIDATION', ['assignee_id'], 'invalid_value');
    if (input.customer_id != null && !(await canSeeCustomer(ctx.db, user, input.customer_id)))
      throw AppError.field('VALIDATION', ['customer_id'], 'invalid_value');
    const now = ctx.nowIso();
    const kind = assignee === user.id ? 'schedule' : 'task';
    const id = await ctx.db.insert('staff_tasks', {
      kind,
      subject: input.subject,
      description: input.description,
      assignee_id: assignee,
      creator_id: user.id,
      customer_id: input.customer_id,
      starts_at: input.starts_at,
      ends_at: input.ends_at,
      status: kind === 'schedule' ? 'accepted' : 'pending',
      remind_at: input.remind_at,
      postpone_count: 0,
      created_at: now,
      updated_at: now,
      version: 0,
    });
    await event(ctx, id, 'create');
    const d = await detail(ctx, id);
    if (kind === 'task')
      await notify(
        ctx,
        assignee,
        d,
        'task_assigned',
        `${user.name} 给您指派了任务：${input.subject}（截止 ${fmt(input.ends_at)}）`,
      );
    ctx.audit(id, `${kind === 'task' ? `指派任务给 ${d.assignee_name}` : '新建日程'}：${input.subject}`);
    return d;
  },

  async 'schedules.update'(ctx, input) {
    const user = ctx.requireUser();
    const t = await detail(ctx, input.id, true);
    if (t.creator_id !== user.id) throw AppError.field('FORBIDDEN', ['id'], 'task_only_creator');
    requireState(t, OPEN);
    if (t.version !== input.version) throw versionConflict();
    if (input.ends_at < input.starts_at) throw AppError.field('VALIDATION', ['ends_at'], 'ends_before_start');
    if (input.customer_id != null && !(await canSeeCustomer(ctx.db, user, input.customer_id)))
      throw AppError.field('VALIDATION', ['customer_id'], 'invalid_value');
    await ctx.db.run(
      `UPDATE staff_tasks SET subject = ?, description = ?, customer_id = ?, starts_at = ?, ends_at = ?, remind_at = ?,
       reminded_at = CASE WHEN remind_at = ? THEN reminded_at ELSE NULL END, updated_at = ?, version = version + 1 WHERE id = ?`,
      [
        input.subject,
        input.description,
        input.customer_id,
        input.starts_at,
        input.ends_at,
        input.remind_at,
        input.remind_at,
        ctx.nowIso(),
        input.id,
      ],
    );
    await event(ctx, input.id, 'edit');
    ctx.audit(input.id, `修改${t.kind === 'task' ? '任务' : '日程'}：${input.subject}`);
    return detail(ctx, input.id);
  },

  async 'schedules.accept'(ctx, { id }) {
    const user = ctx.requireUser();
    const t = await detail(ctx, id, true);
    if (t.assignee_id !== user.id) throw AppError.field('FORBIDDEN', ['id'], 'task_only_assignee');
    requireState(t, ['pending']);
    await ctx.db.run(
      "UPDATE staff_tasks SET status = 'accepted', updated_at = ?, version = version + 1 WHERE id = ?",
      [ctx.nowIso(), id],
    );
    await event(ctx, id, 'accept');
    await notify(ctx, t.creator_id, t, 'task_accepted', `${user.name} 接受了任务：${t.subject}`);
    ctx.audit(id, `接受任务：${t.subject}`);
    return detail(ctx, id);
  },

  async 'schedules.reject'(ctx, { id, reason }) {
    const user = ctx.requireUser();
    const t = await detail(ctx, id, true);
    if (t.assignee_id !== user.id) throw AppError.field('FORBIDDEN', ['id'], 'task_only_assignee');
    requireState(t, ['pending']);
    await ctx.db.run(
      "UPDATE staff_tasks SET status = 'rejected', updated_at = ?, version = version + 1 WHERE id = ?",
      [ctx.nowIso(), id],
    );
    await event(ctx, id, 'reject', reason);
    await notify(ctx, t.creator_id, t, 'task_rejected', `${user.name} 拒绝了任务：${t.subject}（${reason}）`);
    ctx.audit(id, `拒绝任务：${t.subject}，原因：${reason}`);
    return detail(ctx, id);
  },

  async 'schedules.postpone'(ctx, { id, ends_at, reason }) {
    const user = ctx.requireUser();
    const t = await detail(ctx, id, true);
    if (t.assignee_id !== user.id) await requireCreatorOrManager(ctx, t);
    requireState(t, OPEN);
    if (ends_at <= t.ends_at) throw AppError.field('VALIDATION', ['ends_at'], 'postpone_not_later');
    await ctx.db.run(
      `UPDATE staff_tasks SET ends_at = ?, postpone_count = postpone_count + 1, reminded_at = NULL,
       updated_at = ?, version = version + 1 WHERE id = ?`,
      [ends_at, ctx.nowIso(), id],
    );
    await event(ctx, id, 'postpone', `${fmt(t.ends_at)} → ${fmt(ends_at)}：${reason}`);
    const other = t.assignee_id === user.id ? t.creator_id : t.assignee_id;
    await notify(
      ctx,
      other,
      t,
      'task_postponed',
      `${user.name} 将任务“${t.subject}”延期至 ${fmt(ends_at)}：${reason}`,
    );
    ctx.audit(id, `延期：${t.subject} 至 ${fmt(ends_at)}`);
    return detail(ctx, id);
  },

  async 'schedules.complete'(ctx, { id, result }) {
    const user = ctx.requireUser();
    const t = await detail(ctx, id, true);
    if (t.assignee_id !== user.id) throw AppError.field('FORBIDDEN', ['id'], 'task_only_assignee');
    requireState(t, ['accepted']);
    const now = ctx.nowIso();
    await ctx.db.run(
      "UPDATE staff_tasks SET status = 'done', result = ?, completed_at = ?, updated_at = ?, version = version + 1 WHERE id = ?",
      [result, now, now, id],
    );
    await event(ctx, id, 'complete', result);
    await notify(
      ctx,
      t.creator_id,
      t,
      'task_done',
      `${user.name} 完成了任务：${t.subject}${result ? `（${result}）` : ''}`,
    );
    ctx.audit(id, `完成：${t.subject}`);
    return detail(ctx, id);
  },

  async 'schedules.cancel'(ctx, { id, reason }) {
    const t = await detail(ctx, id, true);
    await requireCreatorOrManager(ctx, t);
    requireState(t, OPEN);
    await ctx.db.run(
      "UPDATE staff_tasks SET status = 'cancelled', updated_at = ?, version = version + 1 WHERE id = ?",
      [ctx.nowIso(), id],
    );
    await event(ctx, id, 'cancel', reason);
    await notify(
      ctx,
      t.assignee_id,
      t,
      'task_cancelled',
      `任务已取消：${t.subject}${reason ? `（${reason}）` : ''}`,
    );
    ctx.audit(id, `取消：${t.subject}`);
    return detail(ctx, id);
  },

  async 'schedules.remind'(ctx, { id, note }) {
    const user = ctx.requireUser();
    const t = await detail(ctx, id, true);
    await requireCreatorOrManager(ctx, t);
    requireState(t, OPEN);
    await event(ctx, id, 'remind', note);
    await addReminder(
      ctx.db,
      {
        user_id: t.assignee_id,
        kind: 'task_remind',
        ref_type: 'task',
        ref_id: id,
        message: `${user.name} 提醒您：${t.subject}（截止 ${fmt(t.ends_at)}）${note ? `——${note}` : ''}`,
        dedupe_key: `task_remind:${id}:${ctx.nowIso()}`,
      },
      ctx.nowIso(),
    );
    ctx.audit(id, `提醒 ${t.assignee_name}：${t.subject}`);
    return detail(ctx, id);
  },

  async 'schedules.get'(ctx, { id }) {
    return detail(ctx, id);
  },

  async 'schedules.list'(ctx, q) {
    const user = ctx.requireUser();
    const visible = await visibleUserIds(ctx.db, user);
    const base = { clauses: [] as string[], params: [] as unknown[] };
    if (visible !== null) {
      base.clauses.push(`(t.assignee_id IN (${placeholders(visible.length)}) OR t.creator_id = ?)`);
      base.params.push(...visible, user.id);
    }
    if (q.assignee_id) {
      base.clauses.push('t.assignee_id = ?');
      base.params.push(q.assignee_id);
    }
    if (q.mine === 'assigned') {
      base.clauses.push('t.assignee_id = ?');
      base.params.push(user.id);
    } else if (q.mine === 'created') {
      base.clauses.push('t.creator_id = ? AND t.assignee_id <> ?');
      base.params.push(user.id, user.id);
    }
    if (q.open_only) base.clauses.push("t.status IN ('pending', 'accepted')");
    const r = await runList<Raw>(ctx.db, spec, q, base);
    const now = ctx.nowIso();
    return { rows: r.rows.map((x) => toRow(x, now)), total: r.total };
  },

  async 'schedules.calendar'(ctx, q) {
    if (q.to < q.from) throw AppError.field('VALIDATION', ['to'], 'ends_before_start');
    if (daysBetween(q.from, q.to) > 62) throw AppError.field('VALIDATION', ['to'], 'calendar_range');
    const user = ctx.requireUser();
    const ids = intersectIds(await visibleUserIds(ctx.db, user), q.user_ids?.length ? q.user_ids : null);
    const params: unknown[] = [localInstant(addDays(q.to, 1)), localInstant(q.from)];
    let where = "t.starts_at < ? AND t.ends_at >= ? AND t.status NOT IN ('rejected', 'cancelled')";
    if (ids !== null) {
      if (ids.length === 0) return { rows: [], truncated: false };
      where += ` AND t.assignee_id IN (${placeholders(ids.length)})`;
      params.push(...ids);
    }
    const LIMIT = 2000;
    const rows = await ctx.db.all<Raw>(
      `SELECT ${SELECT} FROM ${FROM} WHERE ${where} ORDER BY t.starts_at, t.id LIMIT ${LIMIT + 1}`,
      params,
    );
    const now = ctx.nowIso();
    return { rows: rows.slice(0, LIMIT).map((r) => toRow(r, now)), truncated: rows.length > LIMIT };
  },
};

/**
 * The periodic reminder pass (jobs.ts, every minute): task reminders that fell due, overdue tasks, and
 * daily reports missing after the deadline on a working day. Idempotent (dedupe keys); returns how many
 * reminders it created.
 */
export async function runStaffReminders(db: Db, now: Date): Promise<number> {
  const nowIso = now.toISOString();
  let created = 0;
  const due = await db.all<Raw>(
    `SELECT t.id, t.subject, t.assignee_id, t.ends_at FROM staff_tasks t
     WHERE t.remind_at IS NOT NULL AND t.remind_at <= ? AND t.reminded_at IS NULL AND t.status IN ('pending', 'accepted')
     ORDER BY t.remind_at LIMIT 500`,
    [nowIso],
  );
  for (const t of due) {
    if (
      await addReminder(
        db,
        {
          user_id: Number(t.assignee_id),
          kind: 'task_remind',
          ref_type: 'task',
          ref_id: Number(t.id),
          message: `日程提醒：${String(t.subject)}（${fmt(String(t.ends_at))}）`,
          dedupe_key: `task_remind_at:${String(t.id)}`,
        },
        nowIso,
      )
    )
      created++;
    await db.run('UPDATE staff_tasks SET reminded_at = ? WHERE id = ?', [nowIso, t.id]);
  }
  const overdue = await db.all<Raw>(
    `SELECT t.id, t.subject, t.assignee_id, t.ends_at FROM staff_tasks t
     WHERE t.kind = 'task' AND t.status IN ('pending', 'accepted') AND t.ends_at < ? ORDER BY t.ends_at LIMIT 500`,
    [nowIso],
  );
  for (const t of overdue) {
    if (
      await addReminder(
        db,
        {
          user_id: Number(t.assignee_id),
          kind: 'task_overdue',
          ref_type: 'task',
          ref_id: Number(t.id),
          message: `任务已逾期：${String(t.subject)}（截止 ${fmt(String(t.ends_at))}）`,
          dedupe_key: `task_overdue:${String(t.id)}:${String(t.ends_at)}`,
        },
        nowIso,
      )
    )
      created++;
  }
  const s = await getStaffSettings(db);
  const today = localDateOf(now);
  if (isWorkday(today, s) && nowIso > reportDeadline(today, s)) {
    const missing = await db.all<{ id: number }>(
      `SELECT u.id FROM users u WHERE u.active = ?
       AND NOT EXISTS (SELECT 1 FROM work_reports r WHERE r.user_id = u.id AND r.report_date = ?)
       AND NOT EXISTS (SELECT 1 FROM staff_statuses s WHERE s.user_id = u.id AND s.kind = 'leave'
                       AND s.approval = 'approved' AND s.starts_at < ? AND s.ends_at > ?)
       ORDER BY u.id LIMIT 2000`,
      [true, today, localInstant(addDays(today, 1)), localInstant(today)],
    );
    for (const u of missing) {
      if (
        await addReminder(
          db,
          {
            user_id: Number(u.id),
            kind: 'report_missing',
            ref_type: 'work_report',
            message: `今天（${today}）的工作日报还未提交，截止时间 ${s.report_deadline}`,
            dedupe_key: `report_missing:${String(u.id)}:${today}`,
          },
          nowIso,
        )
      )
        created++;
    }
  }
  return created;
}
