import type { Db } from '../../db/database';
import type { HandlersFor, ServiceContext } from '../../rpc/context';
import { AppError } from '../../rpc/errors';
import type {
  AttendanceRow,
  AttendanceStatRow,
  ImportError,
  StaffSettings,
} from '../../../../shared/contract/staff';
import { placeholders, runList, type ListSpec } from '../common/list';
import { intersectIds, unitMemberIds, visibleUserIds } from '../common/scope';
import { approvedAbsences } from './status';
import { scopedPeople } from './reports';
import {
  coveredDates,
  getStaffSettings,
  lateAfter,
  localDateOf,
  localTimeOf,
  monthBounds,
  workdaysIn,
} from './calendar';
import {
  cellDate,
  cellText,
  cellTime,
  importError,
  importFailed,
  mapHeader,
  readRows,
  writeSheet,
} from './xlsx';

type Raw = Record<string, unknown>;
const str = (v: unknown) => (v == null ? null : String(v));

const SELECT = `a.id, a.user_id, u.name AS user_name, u.login, a.work_date, a.check_in, a.check_out, a.source, a.note, a.version`;
const FROM = 'attendance_records a JOIN users u ON u.id = a.user_id';

const spec: ListSpec = {
  from: FROM,
  select: SELECT,
  fields: {
    user_name: { sql: 'u.name', type: 'text' },
    login: { sql: 'u.login', type: 'text' },
    work_date: { sql: 'a.work_date', type: 'date' },
    check_in: { sql: 'a.check_in', type: 'text' },
    check_out: { sql: 'a.check_out', type: 'text' },
    source: { sql: 'a.source', type: 'enum' },
    note: { sql: 'a.note', type: 'text' },
  },
  search: ['u.name', 'u.login', 'a.note'],
  defaultSort: { field: 'work_date', dir: 'desc' },
  tiebreak: 'a.id DESC',
};

const isLate = (checkIn: string | null, s: StaffSettings) => checkIn != null && checkIn > lateAfter(s);
const isEarly = (checkOut: string | null, s: StaffSettings) => checkOut != null && checkOut < s.work_end;

function toRow(r: Raw, s: StaffSettings): AttendanceRow {
  const checkIn = str(r.check_in);
  const checkOut = str(r.check_out);
  return {
    id: Number(r.id),
    user_id: Number(r.user_id),
    user_name: String(r.user_name),
    login: String(r.login),
    work_date: String(r.work_date),
    check_in: checkIn,
    check_out: checkOut,
    late: isLate(checkIn, s),
    early: isEarly(checkOut, s),
    source: r.source as AttendanceRow['source'],
    note: str(r.note),
    version: Number(r.version),
  };
}

async function load(db: Db, userId: number, date: string): Promise<AttendanceRow> {
  const s = await getStaffSettings(db);
  const r = await db.get<Raw>(`SELECT ${SELECT} FROM ${FROM} WHERE a.user_id = ? AND a.work_date = ?`, [
    userId,
    date,
  ]);
  return toRow(r!, s);
}

/** Inserts or updates one day; returns 'inserted' or 'updated'. */
async function upsert(
  ctx: ServiceContext,
  row: {
    user_id: number;
    work_date: string;
    check_in: string | null;
    check_out: string | null;
    note: string | null;
    source: string;
  },
): Promise<'inserted' | 'updated'> {
  const now = ctx.nowIso();
  const cur = await ctx.db.get<{ id: number }>(
    `SELECT id FROM attendance_records WHERE user_id = ? AND work_date = ?${ctx.db.forUpdate}`,
    [row.user_id, row.work_date],
  );
  if (cur) {
    await ctx.db.run(
      `UPDATE attendance_records SET check_in = ?, check_out = ?, note = ?, source = ?, updated_at = ?,
       version = version + 1 WHERE id = ?`,
      [row.check_in, row.check_out, row.note, row.source, now, cur.id],
    );
    return 'updated';
  }
  await ctx.db.insert('attendance_records', {
    ...row,
    created_by: ctx.user?.id ?? null,
    created_at: now,
    updated_at: now,
    version: 0,
  });
  return 'inserted';
}

/**
 * A month of one employee's attendance, from the day records and approved leave/trip dates. Pure, so
 * that the counting rules are tested against hand-made fixtures:
 *
 * - working days: the calendar's working days up to today (today once work has ended), within employment;
 * - present: working days with a check-in or check-out; leave / trip: working days covered by approved ones;
 * - absent: working days neither present, nor on leave, nor on a trip;
 * - late / early: check-in after work start + grace, check-out before work end (any day with a record);
 * - missing check-out: a check-in without check-out, before today.
 */
export function attendanceFigures(
  from: string,
  to: string,
  s: StaffSettings,
  records: { work_date: string; check_in: string | null; check_out: string | null }[],
  absences: { leave: Set<string>; trip: Set<string> },
  opts: { today: string; nowLocalTime: string; hire?: string | null; left?: string | null },
): Omit<AttendanceStatRow, 'user_id' | 'name' | 'login'> {
  const days = workdaysIn(from, to, s).filter((d) => {
    if (d > opts.today) return false;
    if (d === opts.today && opts.nowLocalTime < s.work_end) return false;
    if (opts.hire && d < opts.hire) return false;
    if (opts.left && d > opts.left) return false;
    return true;
  });
  const present = new Set(
    records.filter((r) => r.check_in != null || r.check_out != null).map((r) => r.work_date),
  );
  let presentDays = 0;
  let leave = 0;
  let trip = 0;
  let absent = 0;
  for (const d of days) {
    if (present.has(d)) presentDays++;
    else if (absences.leave.has(d)) leave++;
    else if (absences.trip.has(d)) trip++;
    else absent++;
  }
  return {
    workdays: days.length,
    present: presentDays,
    late: records.filter((r) => isLate(r.check_in, s)).length,
    early: records.filter((r) => isEarly(r.check_out, s)).length,
    absent,
    leave_days: leave,
    trip_days: trip,
    missing_checkout: records.filter(
      (r) => r.check_in != null && r.check_out == null && r.work_date < opts.today,
    ).length,
  };
}

/** Monthly figures for several employees (already scoped). */
export async function attendanceStats(
  db: Db,
  people: { id: number; name: string; login: string; hire_date: string | null; left_date: string | null }[],
  from: string,
  to: string,
  now: Date,
): Promise<AttendanceStatRow[]> {
  if (people.length === 0) return [];
  const s = await getStaffSettings(db);
  const ids = people.map((p) => p.id);
  const records = await db.all<Raw>(
    `SELECT user_id, work_date, check_in, check_out FROM attendance_records
     WHERE user_id IN (${placeholders(ids.length)}) AND work_date >= ? AND work_date <= ?`,
    [...ids, from, to],
  );
  const abs = await approvedAbsences(db, ids, from, to);
  const today = localDateOf(now);
  const nowLocalTime = localTimeOf(now);
  return people.map((p) => {
    const mine = abs.filter((a) => a.user_id === p.id);
    const dates = (k: 'leave' | 'trip') =>
      new Set(
        mine.filter((a) => a.kind === k).flatMap((a) => coveredDates(a.starts_at, a.ends_at, from, to)),
      );
    return {
      user_id: p.id,
      name: p.name,
      login: p.login,
      ...attendanceFigures(
        from,
        to,
        s,
        records
          .filter((r) => Number(r.user_id) === p.id)
          .map((r) => ({
            work_date: String(r.work_date),
            check_in: str(r.check_in),
            check_out: str(r.check_out),
          })),
        { leave: dates('leave'), trip: dates('trip') },
        { today, nowLocalTime, hire: p.hire_date, left: p.left_date },
      ),
    };
  });
}

async function requireInScope(ctx: ServiceContext, userId: number): Promise<void> {
  const visible = await visibleUserIds(ctx.db, ctx.requireUser());
  const u = await ctx.db.get('SELECT id FROM users WHERE id = ?', [userId]);
  if (!u || (visible !== null && !visible.includes(userId)))
    throw AppError.field('VALIDATION', ['user_id'], 'not_in_scope');
}

const IMPORT_COLUMNS = {
  login: { names: ['工号', 'Employee no.', 'login'], required: true, label: '工号' },
  work_date: { names: ['日期', 'Date', 'work_date'], required: true, label: '日期' },
  check_in: { names: ['签到', '签到时间', 'Check-in', 'check_in'], required: true, label: '签到' },
  check_out: { names: ['签退', '签退时间', 'Check-out', 'check_out'], required: true, label: '签退' },
  note: { names: ['备注', 'Note', 'note'], required: false, label: '备注' },
};

export const attendanceHandlers: HandlersFor<'attendance.'> = {
  async 'attendance.checkIn'(ctx) {
    const user = ctx.requireUser();
    const now = ctx.now();
    const date = localDateOf(now);
    const time = localTimeOf(now);
    const cur = await ctx.db.get<{ check_in: string | null; check_out: string | null; note: string | null }>(
      `SELECT check_in, check_out, note FROM attendance_records WHERE user_id = ? AND work_date = ?${ctx.db.forUpdate}`,
      [user.id, date],
    );
    if (cur?.check_in) throw AppError.of('BUSINESS_RULE', 'already_checked_in', { time: cur.check_in });
    await upsert(ctx, {
      user_id: user.id,
      work_date: date,
      check_in: time,
      check_out: cur?.check_out ?? null,
      note: cur?.note ?? null,
      source: 'self',
    });
    ctx.audit(user.id, `签到 ${date} ${time}`);
    return load(ctx.db, user.id, date);
  },

  async 'attendance.checkOut'(ctx) {
    const user = ctx.requireUser();
    const now = ctx.now();
    const date = localDateOf(now);
    const time = localTimeOf(now);
    const cur = await ctx.db.get<{ check_in: string | null; note: string | null }>(
      `SELECT check_in, note FROM attendance_records WHERE user_id = ? AND work_date = ?${ctx.db.forUpdate}`,
      [user.id, date],
    );
    if (!cur?.check_in) throw AppError.of('BUSINESS_RULE', 'not_checked_in');
    await upsert(ctx, {
      user_id: user.id,
      work_date: date,
      check_in: cur.check_in,
      check_out: time,
      note: cur.note,
      source: 'self',
    });
    ctx.audit(user.id, `签退 ${date} ${time}`);
    return load(ctx.db, user.id, date);
  },

  async 'attendance.save'(ctx, input) {
    await requireInScope(ctx, input.user_id);
    if (input.check_in && input.check_out && input.check_out < input.check_in)
      throw AppError.field('VALIDATION', ['check_out'], 'checkout_before_checkin');
    const how = await upsert(ctx, { ...input, source: 'entry' });
    ctx.audit(
      input.user_id,
      `${how === 'inserted' ? '录入' : '修改'}考勤 ${input.work_date} ${input.check_in ?? '—'}~${input.check_out ?? '—'}`,
    );
    return load(ctx.db, input.user_id, input.work_date);
  },

  async 'attendance.list'(ctx, q) {
    const visible = await visibleUserIds(ctx.db, ctx.requireUser());
    const base = { clauses: [] as string[], params: [] as unknown[] };
    if (visible !== null) {
      base.clauses.push(`a.user_id IN (${placeholders(visible.length)})`);
      base.params.push(...visible);
    }
    if (q.user_id) {
      base.clauses.push('a.user_id = ?');
      base.params.push(q.user_id);
    }
    if (q.month) {
      const b = monthBounds(q.month);
      base.clauses.push('a.work_date >= ? AND a.work_date <= ?');
      base.params.push(b.from, b.to);
    }
    const s = await getStaffSettings(ctx.db);
    const r = await runList<Raw>(ctx.db, spec, q, base);
    return { rows: r.rows.map((x) => toRow(x, s)), total: r.total };
  },

  async 'attendance.monthly'(ctx, q) {
    let ids = await visibleUserIds(ctx.db, ctx.requireUser());
    if (q.org_unit_id) ids = intersectIds(ids, await unitMemberIds(ctx.db, q.org_unit_id));
    const { from, to } = monthBounds(q.month);
    const people = await scopedPeople(ctx.db, ids, from);
    return attendanceStats(ctx.db, people, from, to, ctx.now());
  },

  async 'attendance.import'(ctx, { file_base64 }) {
    const rows = readRows(file_base64);
    const errors: ImportError[] = [];
    if (rows.length < 2) throw AppError.field('VALIDATION', ['file_base64'], 'import_empty');
    if (rows.length > 20_001)
      throw AppError.field('VALIDATION', ['file_base64'], 'too_big', { max: '20000 行' });
    const col = mapHeader(rows[0]!, IMPORT_COLUMNS, errors);
    if (errors.length) throw importFailed(errors);
    const visible = await visibleUserIds(ctx.db, ctx.requireUser());
    const logins = new Set<string>();
    for (const r of rows.slice(1)) logins.add(cellText(r[col.login!]));
    const known = new Map<string, number>();
    const list = [...logins].filter(Boolean);
    for (let i = 0; i < list.length; i += 500) {
      const chunk = list.slice(i, i + 500);
      for (const u of await ctx.db.all<{ id: number; login: string }>(
        `SELECT id, login FROM users WHERE login IN (${placeholders(chunk.length)})`,
        chunk,
      )) {
        if (visible === null || visible.includes(Number(u.id))) known.set(u.login, Number(u.id));
      }
    }
    const seen = new Set<string>();
    const good: {
      user_id: number;
      work_date: string;
      check_in: string | null;
      check_out: string | null;
      note: string | null;
    }[] = [];
    rows.slice(1).forEach((r, i) => {
      const rowNo = i + 2;
      const login = cellText(r[col.login!]);
      const uid = known.get(login);
      if (!login) errors.push(importError(rowNo, '工号', 'required'));
      else if (uid == null) errors.push(importError(rowNo, '工号', 'not_in_scope'));
      const date = cellDate(r[col.work_date!]);
      if (!date) errors.push(importError(rowNo, '日期', 'invalid_date'));
      const cin = cellTime(r[col.check_in!]);
      const cout = cellTime(r[col.check_out!]);
      if (cin === undefined) errors.push(importError(rowNo, '签到', 'invalid_time'));
      if (cout === undefined) errors.push(importError(rowNo, '签退', 'invalid_time'));
      if (cin && cout && cout < cin) errors.push(importError(rowNo, '签退', 'checkout_before_checkin'));
      const note = col.note != null ? cellText(r[col.note]) || null : null;
      if (note && note.length > 200) errors.push(importError(rowNo, '备注', 'too_long', { max: 200 }));
      if (uid != null && date) {
        const key = `${uid}:${date}`;
        if (seen.has(key))
          errors.push(
            importError(rowNo, '日期', 'duplicate_value', { field: '工号+日期', value: `${login} ${date}` }),
          );
        seen.add(key);
        if (cin !== undefined && cout !== undefined)
          good.push({ user_id: uid, work_date: date, check_in: cin, check_out: cout, note });
      }
    });
    if (errors.length) throw importFailed(errors);
    let imported = 0;
    let updated = 0;
    for (const g of good) {
      if ((await upsert(ctx, { ...g, source: 'import' })) === 'inserted') imported++;
      else updated++;
    }
    ctx.audit(null, `导入考勤：新增 ${imported} 条，更新 ${updated} 条`);
    return { imported, updated };
  },

  async 'attendance.template'(ctx) {
    const today = ctx.today();
    return {
      file_name: '考勤导入模板.xlsx',
      base64: writeSheet(
        '考勤',
        [
          ['工号', '日期', '签到', '签退', '备注'],
          [ctx.requireUser().login, today, '08:55', '18:05', ''],
        ],
        [12, 12, 8, 8, 30],
      ),
    };
  },
};
