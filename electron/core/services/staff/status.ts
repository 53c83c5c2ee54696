import type { Db } from '../../db/database';
import type { HandlersFor, ServiceContext, SessionUser } from '../../rpc/context';
import { AppError, notFound } from '../../rpc/errors';
import {
  APPROVAL_LABELS,
  STATUS_LABELS,
  STATUS_NEEDS_APPROVAL,
  type BoardRow,
  type StatusKind,
  type StatusRow,
} from '../../../../shared/contract/staff';
import { placeholders, runList, type ListSpec } from '../common/list';
import { unitMemberIds, visibleUserIds } from '../common/scope';
import { addReminder } from './org';
import { addDays, localDateOf, localInstant } from './calendar';

type Raw = Record<string, unknown>;
const str = (v: unknown) => (v == null ? null : String(v));

const SELECT = `s.id, s.user_id, u.name AS user_name, s.kind, s.starts_at, s.ends_at, s.note, s.approval,
  a.name AS approver_name, s.approved_at, s.approval_note, s.created_at, s.version`;
const FROM = 'staff_statuses s JOIN users u ON u.id = s.user_id LEFT JOIN users a ON a.id = s.approver_id';

const spec: ListSpec = {
  from: FROM,
  select: SELECT,
  fields: {
    user_name: { sql: 'u.name', type: 'text' },
    kind: { sql: 's.kind', type: 'enum' },
    starts_at: { sql: 's.starts_at', type: 'date' },
    ends_at: { sql: 's.ends_at', type: 'date' },
    note: { sql: 's.note', type: 'text' },
    approval: { sql: 's.approval', type: 'enum' },
    approver_name: { sql: 'a.name', type: 'text' },
    created_at: { sql: 's.created_at', type: 'date' },
  },
  search: ['u.name', 'u.login', 's.note'],
  defaultSort: { field: 'starts_at', dir: 'desc' },
  tiebreak: 's.id DESC',
};

/** Active statuses: those that count on the board and block overlaps. */
const LIVE = "s.approval IN ('none', 'pending', 'approved')";

function toRow(r: Raw, canApprove: boolean): StatusRow {
  return {
    id: Number(r.id),
    user_id: Number(r.user_id),
    user_name: String(r.user_name),
    kind: r.kind as StatusKind,
    starts_at: String(r.starts_at),
    ends_at: String(r.ends_at),
    note: str(r.note),
    approval: r.approval as StatusRow['approval'],
    approver_name: str(r.approver_name),
    approved_at: str(r.approved_at),
    approval_note: str(r.approval_note),
    can_approve: canApprove,
    created_at: String(r.created_at),
    version: Number(r.version),
  };
}

/** May `user` approve requests of `ownerId`? A manager (scope above own) with the owner in scope, not self. */
function mayApprove(user: SessionUser, ownerId: number, visible: number[] | null): boolean {
  if (ownerId === user.id || user.scope === 'own') return false;
  return visible === null || visible.includes(ownerId);
}

async function load(ctx: ServiceContext, id: number, visible?: number[] | null): Promise<StatusRow> {
  const user = ctx.requireUser();
  const vis = visible === undefined ? await visibleUserIds(ctx.db, user) : visible;
  const r = await ctx.db.get<Raw>(`SELECT ${SELECT} FROM ${FROM} WHERE s.id = ?`, [id]);
  if (!r || (vis !== null && !vis.includes(Number(r.user_id)))) throw notFound('状态', 'Status');
  return toRow(r, r.approval === 'pending' && mayApprove(user, Number(r.user_id), vis));
}

const fmtRange = (a: string, b: string) => {
  const f = (s: string) => {
    const d = new Date(s);
    return `${localDateOf(d).slice(5)} ${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
  };
  return `${f(a)} ~ ${f(b)}`;
};

/** Approved leave and trip ranges of some users overlapping [from, to] (local dates). */
export async function approvedAbsences(
  db: Db,
  userIds: number[] | null,
  from: string,
  to: string,
): Promise<{ user_id: number; kind: 'leave' | 'trip'; starts_at: string; ends_at: string }[]> {
  const params: unknown[] = [localInstant(addDays(to, 1)), localInstant(from)];
  let where = `s.kind IN ('leave', 'trip') AND s.approval = 'approved' AND s.starts_at < ? AND s.ends_at > ?`;
  if (userIds !== null) {
    if (userIds.length === 0) return [];
    where += ` AND s.user_id IN (${placeholders(userIds.length)})`;
    params.push(...userIds);
  }
  const rows = await db.all<Raw>(
    `SELECT s.user_id, s.kind, s.starts_at, s.ends_at FROM staff_statuses s WHERE ${where} ORDER BY s.starts_at LIMIT 20000`,
    params,
  );
  return rows.map((r) => ({
    user_id: Number(r.user_id),
    kind: r.kind as 'leave' | 'trip',
    starts_at: String(r.starts_at),
    ends_at: String(r.ends_at),
  }));
}

export const statusHandlers: HandlersFor<'staffStatus.'> = {
  async 'staffStatus.board'(ctx, q) {
    const user = ctx.requireUser();
    const visible = await visibleUserIds(ctx.db, user);
    const now = ctx.nowIso();
    const params: unknown[] = [true];
    let where = 'u.active = ?';
    if (q.org_unit_id) {
      const ids = await unitMemberIds(ctx.db, q.org_unit_id);
      if (ids.length === 0) return [];
      where += ` AND u.id IN (${placeholders(ids.length)})`;
      params.push(...ids);
    }
    const people = await ctx.db.all<Raw>(
      `SELECT u.id, u.name, o.name AS org_unit_name FROM users u
       LEFT JOIN staff_profiles sp ON sp.user_id = u.id LEFT JOIN org_units o ON o.id = sp.org_unit_id
       WHERE ${where} ORDER BY CASE WHEN o.id IS NULL THEN 1 ELSE 0 END, o.sort, o.code, u.login LIMIT 500`,
      params,
    );
    if (people.length === 0) return [];
    const ids = people.map((p) => Number(p.id));
    const ph = placeholders(ids.length);
    const current = await ctx.db.all<Raw>(
      `SELECT s.user_id, s.kind, s.starts_at, s.ends_at, s.note FROM staff_statuses s
       WHERE s.user_id IN (${ph}) AND s.approval IN ('none', 'approved') AND s.starts_at <= ? AND s.ends_at > ?
       ORDER BY s.starts_at`,
      [...ids, now, now],
    );
    const upcoming = await ctx.db.all<Raw>(
      `SELECT s.user_id, s.kind, s.starts_at FROM staff_statuses s
       WHERE s.user_id IN (${ph}) AND s.approval IN ('none', 'approved') AND s.starts_at > ? AND s.starts_at < ?
       ORDER BY s.starts_at DESC`,
      [...ids, now, new Date(ctx.now().getTime() + 7 * 86_400_000).toISOString()],
    );
    const cur = new Map<number, Raw>();
    for (const c of current) cur.set(Number(c.user_id), c); // latest start wins
    const next = new Map<number, Raw>();
    for (const c of upcoming) next.set(Number(c.user_id), c); // earliest wins (rows are newest first)
    return people.map((p): BoardRow => {
      const id = Number(p.id);
      const c = cur.get(id);
      const n = next.get(id);
      const inScope = visible === null || visible.includes(id);
      return {
        user_id: id,
        name: String(p.name),
        org_unit_name: str(p.org_unit_name),
        kind: c ? (c.kind as StatusKind) : 'office',
        since: c ? String(c.starts_at) : null,
        until: c ? String(c.ends_at) : null,
        note: c && inScope ? str(c.note) : null,
        next_kind: n ? (n.kind as StatusKind) : null,
        next_at: n ? String(n.starts_at) : null,
      };
    });
  },

  async 'staffStatus.list'(ctx, q) {
    const user = ctx.requireUser();
    const visible = await visibleUserIds(ctx.db, user);
    const base = { clauses: [] as string[], params: [] as unknown[] };
    if (visible !== null) {
      base.clauses.push(`s.user_id IN (${placeholders(visible.length)})`);
      base.params.push(...visible);
    }
    if (q.user_id) {
      base.clauses.push('s.user_id = ?');
      base.params.push(q.user_id);
    }
    if (q.to_approve) {
      if (user.scope === 'own') return { rows: [], total: 0 };
      base.clauses.push("s.approval = 'pending' AND s.user_id <> ?");
      base.params.push(user.id);
    }
    const r = await runList<Raw>(ctx.db, spec, q, base);
    return {
      rows: r.rows.map((x) =>
        toRow(x, x.approval === 'pending' && mayApprove(user, Number(x.user_id), visible)),
      ),
      total: r.total,
    };
  },

  async 'staffStatus.set'(ctx, input) {
    const user = ctx.requireUser();
    if (input.ends_at <= input.starts_at)
      throw AppError.field('VALIDATION', ['ends_at'], 'ends_before_start');
    if (new Date(input.ends_at).getTime() - new Date(input.starts_at).getTime() > 366 * 86_400_000)
      throw AppError.field('VALIDATION', ['ends_at'], 'too_big', { max: '366 天' });
    // Lock the employee's row so that two PCs cannot both pass the overlap check.
    await ctx.db.get(`SELECT id FROM users WHERE id = ?${ctx.db.forUpdate}`, [user.id]);
    const clash = await ctx.db.get<Raw>(
      `SELECT s.kind, s.starts_at, s.ends_at FROM staff_statuses s
       WHERE s.user_id = ? AND ${LIVE} AND s.starts_at < ? AND s.ends_at > ? ORDER BY s.starts_at LIMIT 1`,
      [user.id, input.ends_at, input.starts_at],
    );
    if (clash) {
      throw AppError.field('VALIDATION', ['starts_at'], 'status_overlap', {
        kind: STATUS_LABELS[clash.kind as StatusKind]?.zh ?? String(clash.kind),
        range: fmtRange(String(clash.starts_at), String(clash.ends_at)),
      });
    }
    const now = ctx.nowIso();
    const needs = STATUS_NEEDS_APPROVAL.includes(input.kind);
    const id = await ctx.db.insert('staff_statuses', {
      user_id: user.id,
      kind: input.kind,
      starts_at: input.starts_at,
      ends_at: input.ends_at,
      note: input.note,
      approval: needs ? 'pending' : 'none',
      created_at: now,
      updated_at: now,
      version: 0,
    });
    if (needs) {
      const m = await ctx.db.get<{ manager_id: number | null }>('SELECT manager_id FROM users WHERE id = ?', [
        user.id,
      ]);
      if (m?.manager_id != null) {
        await addReminder(
          ctx.db,
          {
            user_id: Number(m.manager_id),
            kind: 'status_approval',
            ref_type: 'staff_status',
            ref_id: id,
            message: `${user.name} 申请${STATUS_LABELS[input.kind].zh}（${fmtRange(input.starts_at, input.ends_at)}），待审批`,
            dedupe_key: `status_approval:${id}`,
          },
          now,
        );
      }
    }
    ctx.audit(
      id,
      `${STATUS_LABELS[input.kind].zh} ${fmtRange(input.starts_at, input.ends_at)}${needs ? '（待审批）' : ''}`,
    );
    return load(ctx, id);
  },

  async 'staffStatus.cancel'(ctx, { id }) {
    const user = ctx.requireUser();
    const r = await ctx.db.get<Raw>(
      `SELECT user_id, kind, starts_at, ends_at, approval FROM staff_statuses WHERE id = ?${ctx.db.forUpdate}`,
      [id],
    );
    if (!r || Number(r.user_id) !== user.id) throw notFound('状态', 'Status');
    const now = ctx.nowIso();
    if (String(r.ends_at) <= now || !['none', 'pending', 'approved'].includes(String(r.approval)))
      throw AppError.field('BUSINESS_RULE', ['id'], 'status_not_cancellable');
    if (String(r.starts_at) > now || r.approval === 'pending') {
      await ctx.db.run(
        "UPDATE staff_statuses SET approval = 'cancelled', updated_at = ?, version = version + 1 WHERE id = ?",
        [now, id],
      );
      ctx.audit(id, `取消${STATUS_LABELS[r.kind as StatusKind]?.zh ?? ''}`);
    } else {
      // Started already: it ends now (back early); the part that happened stays on record.
      await ctx.db.run(
        'UPDATE staff_statuses SET ends_at = ?, updated_at = ?, version = version + 1 WHERE id = ?',
        [now, now, id],
      );
      ctx.audit(id, `提前结束${STATUS_LABELS[r.kind as StatusKind]?.zh ?? ''}`);
    }
    return load(ctx, id);
  },

  async 'staffStatus.approve'(ctx, input) {
    const user = ctx.requireUser();
    const visible = await visibleUserIds(ctx.db, user);
    const r = await ctx.db.get<Raw>(
      `SELECT user_id, kind, starts_at, ends_at, approval FROM staff_statuses WHERE id = ?${ctx.db.forUpdate}`,
      [input.id],
    );
    if (!r || (visible !== null && !visible.includes(Number(r.user_id)))) throw notFound('状态', 'Status');
    if (Number(r.user_id) === user.id) throw AppError.field('FORBIDDEN', ['id'], 'cannot_approve_own');
    if (!mayApprove(user, Number(r.user_id), visible))
      throw AppError.field('FORBIDDEN', ['id'], 'not_in_scope');
    if (r.approval !== 'pending')
      throw AppError.field('BUSINESS_RULE', ['id'], 'already_decided', {
        state: APPROVAL_LABELS[r.approval as 'none']?.zh ?? String(r.approval),
      });
    const now = ctx.nowIso();
    const state = input.approve ? 'approved' : 'rejected';
    await ctx.db.run(
      `UPDATE staff_statuses SET approval = ?, approver_id = ?, approved_at = ?, approval_note = ?, updated_at = ?,
       version = version + 1 WHERE id = ?`,
      [state, user.id, now, input.approval_note, now, input.id],
    );
    const label = STATUS_LABELS[r.kind as StatusKind]?.zh ?? '';
    await addReminder(
      ctx.db,
      {
        user_id: Number(r.user_id),
        kind: 'status_decided',
        ref_type: 'staff_status',
        ref_id: input.id,
        message: `您的${label}申请（${fmtRange(String(r.starts_at), String(r.ends_at))}）${input.approve ? '已批准' : '被驳回'}${input.approval_note ? `：${input.approval_note}` : ''}`,
        dedupe_key: `status_decided:${input.id}`,
      },
      now,
    );
    ctx.audit(input.id, `${input.approve ? '批准' : '驳回'}${label}申请`);
    return load(ctx, input.id, visible);
  },
};
