import * as XLSX from 'xlsx';
import { expect, it } from 'vitest';
import { dbChecksum, describeEachDb, expectError } from '../helpers/harness';
import { runStaffReminders } from '../../electron/core/services/staff/schedules';

/**
 * A sales manager's month: status board with approvals, daily reports with deadline and 批复, tasks and
 * schedules through their life, attendance entry / self check-in / import and the monthly counts.
 */

type U = { id: number; token: string };
const local = (y: number, mo: number, d: number, h = 9, mi = 0) => new Date(y, mo - 1, d, h, mi);
const iso = (d: Date) => d.toISOString();

describeEachDb('status board and approvals', (app) => {
  let mgr: U;
  let a: U;
  let other: U;

  it('sets a status; leave and trips wait for the manager; overlaps are refused', async () => {
    mgr = await app().user('mgr', ['sales_manager'], { name: '经理' });
    a = await app().user('a', ['salesperson'], { name: '张三', manager_id: mgr.id });
    other = await app().user('o', ['salesperson'], { name: '外组' });
    app().clock.t = local(2026, 11, 20, 9).getTime();
    const v = await app().call(
      'staffStatus.set',
      {
        kind: 'visiting',
        starts_at: iso(local(2026, 11, 20, 9)),
        ends_at: iso(local(2026, 11, 20, 12)),
        note: '拜访白云电器',
      },
      a.token,
    );
    expect(v.approval).toBe('none');
    const l = await app().call(
      'staffStatus.set',
      {
        kind: 'leave',
        starts_at: iso(local(2026, 11, 23, 0)),
        ends_at: iso(local(2026, 11, 24, 0)),
        note: '事假',
      },
      a.token,
    );
    expect(l.approval).toBe('pending');
    const e = await expectError(
      app().call(
        'staffStatus.set',
        { kind: 'trip', starts_at: iso(local(2026, 11, 20, 11)), ends_at: iso(local(2026, 11, 21, 18)) },
        a.token,
      ),
      'VALIDATION',
    );
    expect(e.fields?.[0]?.path).toEqual(['starts_at']);
    expect(e.message_zh).toContain('访客');
    const e2 = await expectError(
      app().call(
        'staffStatus.set',
        { kind: 'trip', starts_at: iso(local(2026, 11, 25, 11)), ends_at: iso(local(2026, 11, 25, 10)) },
        a.token,
      ),
      'VALIDATION',
    );
    expect(e2.fields?.[0]?.path).toEqual(['ends_at']);
    // The manager got a reminder to approve.
    const rem = await app().call('staff.reminders', {}, mgr.token);
    expect(rem[0]?.message).toContain('张三 申请请假');
  });

  it('the board shows what everybody does now, and notes only within scope', async () => {
    const board = await app().call('staffStatus.board', {}, mgr.token);
    const row = board.find((b) => b.user_id === a.id)!;
    expect(row.kind).toBe('visiting');
    expect(row.note).toBe('拜访白云电器');
    expect(board.find((b) => b.user_id === mgr.id)!.kind).toBe('office');
    // Pending leave does not show as next; only approved or not-needing-approval statuses do.
    expect(row.next_kind).toBeNull();
    const seenByOther = (await app().call('staffStatus.board', {}, other.token)).find(
      (b) => b.user_id === a.id,
    )!;
    expect(seenByOther.kind).toBe('visiting');
    expect(seenByOther.note).toBeNull();
  });

  it('only the manager approves; decisions are final; cancelled when not started', async () => {
    const pending = await app().call('staffStatus.list', { to_approve: true }, mgr.token);
    expect(pending.rows.map((r) => [r.user_name, r.kind, r.can_approve])).toEqual([['张三', 'leave', true]]);
    const id = pending.rows[0]!.id;
    await expectError(app().call('staffStatus.approve', { id, approve: true }, a.token), 'FORBIDDEN');
    await expectError(app().call('staffStatus.approve', { id, approve: true }, other.token), 'NOT_FOUND');
    const ok = await app().call(
      'staffStatus.approve',
      { id, approve: true, approval_note: '同意' },
      mgr.token,
    );
    expect(ok).toMatchObject({ approval: 'approved', approver_name: '经理', can_approve: false });
    await expectError(app().call('staffStatus.approve', { id, approve: false }, mgr.token), 'BUSINESS_RULE');
    const mine = await app().call('staff.reminders', {}, a.token);
    expect(mine[0]?.message).toContain('已批准');
    await app().call('staff.readReminders', { ids: mine.map((m) => m.id) }, a.token);
    expect(await app().call('staff.reminders', {}, a.token)).toEqual([]);
    const board = await app().call('staffStatus.board', {}, mgr.token);
    expect(board.find((b) => b.user_id === a.id)!.next_kind).toBe('leave');
    // Back early from the visit: ends now; the approved leave (not started) is cancelled.
    const visit = (await app().call('staffStatus.list', { user_id: a.id }, a.token)).rows.find(
      (r) => r.kind === 'visiting',
    )!;
    app().clock.t = local(2026, 11, 20, 10, 30).getTime();
    const ended = await app().call('staffStatus.cancel', { id: visit.id }, a.token);
    expect(ended.ends_at).toBe(iso(local(2026, 11, 20, 10, 30)));
    expect(ended.approval).toBe('none');
    const cancelled = await app().call('staffStatus.cancel', { id }, a.token);
    expect(cancelled.approval).toBe('cancelled');
    await expectError(app().call('staffStatus.cancel', { id: visit.id }, a.token), 'BUSINESS_RULE');
    expect((await app().call('staffStatus.board', {}, mgr.token)).find((b) => b.user_id === a.id)!.kind).toBe(
      'office',
    );
  });
});

describeEachDb('daily work reports', (app) => {
  let mgr: U;
  let a: U;
  let b: U;

  it('a report before the deadline is on time, after it late; future dates are refused', async () => {
    mgr = await app().user('mgr', ['sales_manager'], { name: '经理' });
    a = await app().user('a', ['salesperson'], { name: '张三', manager_id: mgr.id });
    b = await app().user('b', ['salesperson'], { name: '李四', manager_id: mgr.id });
    app().clock.t = local(2026, 11, 2, 17, 30).getTime();
    const r1 = await app().call(
      'workReports.save',
      {
        report_date: '2026-11-02',
        done: '拜访两家客户',
        visits: '白云电器、南山五金',
        visit_count: 2,
        plan: '报价',
      },
      a.token,
    );
    expect(r1.late).toBe(false);
    expect(r1.can_edit).toBe(true);
    app().clock.t = local(2026, 11, 3, 18, 1).getTime();
    const r2 = await app().call('workReports.save', { report_date: '2026-11-03', done: '整理报价' }, a.token);
    expect(r2.late).toBe(true);
    const e = await expectError(
      app().call('workReports.save', { report_date: '2026-11-04', done: '未来' }, a.token),
      'VALIDATION',
    );
    expect(e.fields?.[0]?.path).toEqual(['report_date']);
    expect(e.message_zh).toContain('日报日期');
    // Editing keeps the first submission time (and so the late flag).
    const again = await app().call(
      'workReports.save',
      { report_date: '2026-11-02', done: '拜访两家客户（补充）', version: r1.version },
      a.token,
    );
    expect(again.late).toBe(false);
    expect(again.done).toBe('拜访两家客户（补充）');
    await expectError(
      app().call('workReports.save', { report_date: '2026-11-02', done: 'x', version: r1.version }, a.token),
      'CONFLICT',
    );
  });

  it('the deadline is configurable', async () => {
    const s = await app().call('staff.settings', {}, a.token);
    expect(s.report_deadline).toBe('18:00');
    await expectError(
      app().call('staff.saveSettings', { ...s, report_deadline: '20:00' }, a.token),
      'FORBIDDEN',
    );
    const bad = await expectError(
      app().call('staff.saveSettings', { ...s, report_deadline: '25:00' }, mgr.token),
      'VALIDATION',
    );
    expect(bad.fields?.[0]?.path).toEqual(['report_deadline']);
    await app().call('staff.saveSettings', { ...s, report_deadline: '20:00' }, mgr.token);
    app().clock.t = local(2026, 11, 4, 19, 0).getTime();
    const r = await app().call('workReports.save', { report_date: '2026-11-04', done: '开会' }, b.token);
    expect(r.late).toBe(false);
  });

  it('the manager reads and replies (批复); then the author can no longer edit', async () => {
    const unread = await app().call('workReports.list', { unread: true }, mgr.token);
    expect(unread.total).toBe(3);
    expect((await app().call('workReports.list', { unread: true }, a.token)).total).toBe(0);
    const r = unread.rows.find((x) => x.report_date === '2026-11-02')!;
    await expectError(app().call('workReports.markRead', { id: r.id }, b.token), 'NOT_FOUND');
    const c = await app().call(
      'workReports.comment',
      { report_id: r.id, body: '南山五金要跟紧，周五前报价' },
      mgr.token,
    );
    expect(c.read_by_name).toBe('经理');
    expect(c.comments.map((x) => [x.user_name, x.body])).toEqual([['经理', '南山五金要跟紧，周五前报价']]);
    expect((await app().call('staff.reminders', {}, a.token))[0]?.message).toContain(
      '批复了您 2026-11-02 的日报',
    );
    const reply = await app().call('workReports.comment', { report_id: r.id, body: '收到' }, a.token);
    expect(reply.comment_count).toBe(2);
    expect(reply.can_edit).toBe(false);
    expect(reply.can_review).toBe(false);
    const e = await expectError(
      app().call('workReports.save', { report_date: '2026-11-02', done: '改' }, a.token),
      'BUSINESS_RULE',
    );
    expect(e.message_zh).toContain('不能再修改');
    await expectError(
      app().call('workReports.comment', { report_id: r.id, body: '插话' }, b.token),
      'NOT_FOUND',
    );
  });

  it('counts on-time, late and missing reports per month against a hand count', async () => {
    app().clock.t = local(2026, 11, 6, 21, 0).getTime(); // Friday evening, after the 20:00 deadline
    const leave = await app().call(
      'staffStatus.set',
      { kind: 'leave', starts_at: iso(local(2026, 11, 5, 0)), ends_at: iso(local(2026, 11, 6, 0)) },
      b.token,
    );
    await app().call('staffStatus.approve', { id: leave.id, approve: true }, mgr.token);
    const stats = await app().call('workReports.stats', { month: '2026-11' }, mgr.token);
    const by = Object.fromEntries(stats.map((s) => [s.name, s]));
    // Working days so far: 2–6 Nov (5). 张三: reports 2 (on time) and 3 (late), missing 4, 5, 6.
    expect(by['张三']).toMatchObject({
      expected: 5,
      submitted: 2,
      on_time: 1,
      late: 1,
      missing: 3,
      unread: 1,
    });
    expect(by['张三']!.missing_dates).toEqual(['2026-11-04', '2026-11-05', '2026-11-06']);
    // 李四: on leave the 5th; reported the 4th; missing 2, 3, 6.
    expect(by['李四']).toMatchObject({ expected: 4, submitted: 1, on_time: 1, late: 0, missing: 3 });
    expect(by['李四']!.missing_dates).toEqual(['2026-11-02', '2026-11-03', '2026-11-06']);
    // A salesperson sees only their own figures.
    expect((await app().call('workReports.stats', { month: '2026-11' }, a.token)).map((s) => s.name)).toEqual(
      ['张三'],
    );
  });

  it('the reminder job tells who has not written today’s report, once', async () => {
    const db = app().core.database;
    const n1 = await db.transaction((d) => runStaffReminders(d, local(2026, 11, 6, 21, 0)));
    const n2 = await db.transaction((d) => runStaffReminders(d, local(2026, 11, 6, 21, 5)));
    expect(n1).toBeGreaterThanOrEqual(3); // admin, mgr, a, b all missing the 6th
    expect(n2).toBe(0);
    const rem = await app().call('staff.reminders', {}, a.token);
    expect(rem.some((r) => r.kind === 'report_missing' && r.message.includes('2026-11-06'))).toBe(true);
    // Not before the deadline, not on a weekend.
    expect(await db.transaction((d) => runStaffReminders(d, local(2026, 11, 9, 10, 0)))).toBe(0);
    expect(await db.transaction((d) => runStaffReminders(d, local(2026, 11, 7, 22, 0)))).toBe(0);
  });
});

describeEachDb('schedules and tasks', (app) => {
  let mgr: U;
  let a: U;
  let other: U;

  it('a manager assigns; the assignee accepts or rejects; outsiders cannot be assigned', async () => {
    mgr = await app().user('mgr', ['sales_manager'], { name: '经理' });
    a = await app().user('a', ['salesperson'], { name: '张三', manager_id: mgr.id });
    other = await app().user('o', ['salesperson'], { name: '外组' });
    app().clock.t = local(2026, 11, 20, 9).getTime();
    const t = await app().call(
      'schedules.create',
      {
        subject: '拜访南山五金',
        assignee_id: a.id,
        starts_at: iso(local(2026, 11, 23, 9)),
        ends_at: iso(local(2026, 11, 23, 11)),
        remind_at: iso(local(2026, 11, 23, 8, 30)),
      },
      mgr.token,
    );
    expect(t).toMatchObject({ kind: 'task', status: 'pending', assignee_name: '张三', creator_name: '经理' });
    const e = await expectError(
      app().call(
        'schedules.create',
        {
          subject: 'x',
          assignee_id: other.id,
          starts_at: iso(local(2026, 11, 23, 9)),
          ends_at: iso(local(2026, 11, 23, 10)),
        },
        mgr.token,
      ),
      'FORBIDDEN',
    );
    expect(e.fields?.[0]?.path).toEqual(['assignee_id']);
    await expectError(
      app().call(
        'schedules.create',
        {
          subject: 'x',
          assignee_id: mgr.id,
          starts_at: iso(local(2026, 11, 23, 9)),
          ends_at: iso(local(2026, 11, 23, 10)),
        },
        a.token,
      ),
      'FORBIDDEN',
    );
    await expectError(app().call('schedules.complete', { id: t.id }, a.token), 'BUSINESS_RULE');
    await expectError(app().call('schedules.accept', { id: t.id }, mgr.token), 'FORBIDDEN');
    const acc = await app().call('schedules.accept', { id: t.id }, a.token);
    expect(acc.status).toBe('accepted');
    const t2 = await app().call(
      'schedules.create',
      {
        subject: '整理库存',
        assignee_id: a.id,
        starts_at: iso(local(2026, 11, 21, 9)),
        ends_at: iso(local(2026, 11, 21, 10)),
      },
      mgr.token,
    );
    const rej = await app().call('schedules.reject', { id: t2.id, reason: '周六休息' }, a.token);
    expect(rej.status).toBe('rejected');
    expect((await app().call('staff.reminders', {}, mgr.token)).map((r) => r.kind)).toEqual(
      expect.arrayContaining(['task_accepted', 'task_rejected']),
    );
  });

  it('postpone, remind, complete; the history records each step', async () => {
    const t = (await app().call('schedules.list', { mine: 'assigned', open_only: true }, a.token)).rows[0]!;
    const e = await expectError(
      app().call(
        'schedules.postpone',
        { id: t.id, ends_at: iso(local(2026, 11, 22, 9)), reason: '客户不在' },
        a.token,
      ),
      'VALIDATION',
    );
    expect(e.fields?.[0]?.path).toEqual(['ends_at']);
    const p = await app().call(
      'schedules.postpone',
      { id: t.id, ends_at: iso(local(2026, 11, 24, 11)), reason: '客户改期' },
      a.token,
    );
    expect(p.postpone_count).toBe(1);
    await expectError(app().call('schedules.remind', { id: t.id }, other.token), 'NOT_FOUND');
    await app().call('schedules.remind', { id: t.id, note: '带上样品' }, mgr.token);
    expect(
      (await app().call('staff.reminders', {}, a.token)).some((r) => r.message.includes('带上样品')),
    ).toBe(true);
    const done = await app().call('schedules.complete', { id: t.id, result: '已报价' }, a.token);
    expect(done.status).toBe('done');
    expect(done.events.map((x) => x.action)).toEqual(['create', 'accept', 'postpone', 'remind', 'complete']);
    await expectError(app().call('schedules.cancel', { id: t.id }, mgr.token), 'BUSINESS_RULE');
  });

  it('own schedule entries need no acceptance; the team calendar is bounded and scoped', async () => {
    const s = await app().call(
      'schedules.create',
      { subject: '周会', starts_at: iso(local(2026, 11, 25, 14)), ends_at: iso(local(2026, 11, 25, 15)) },
      a.token,
    );
    expect(s).toMatchObject({ kind: 'schedule', status: 'accepted' });
    const upd = await app().call(
      'schedules.update',
      {
        id: s.id,
        version: s.version,
        subject: '周例会',
        starts_at: s.starts_at,
        ends_at: iso(local(2026, 11, 25, 16)),
      },
      a.token,
    );
    expect(upd.subject).toBe('周例会');
    await app().call(
      'schedules.create',
      { subject: '外组的事', starts_at: iso(local(2026, 11, 25, 9)), ends_at: iso(local(2026, 11, 25, 10)) },
      other.token,
    );
    const cal = await app().call('schedules.calendar', { from: '2026-11-01', to: '2026-11-30' }, mgr.token);
    expect(cal.rows.map((r) => r.subject).sort()).toEqual(['周例会', '拜访南山五金'].sort());
    expect(cal.truncated).toBe(false);
    const e = await expectError(
      app().call('schedules.calendar', { from: '2026-01-01', to: '2026-12-31' }, mgr.token),
      'VALIDATION',
    );
    expect(e.message_zh).toContain('62');
  });

  it('the job sends due reminders and overdue notices once', async () => {
    const t = await app().call(
      'schedules.create',
      {
        subject: '催款电话',
        assignee_id: a.id,
        starts_at: iso(local(2026, 11, 26, 9)),
        ends_at: iso(local(2026, 11, 26, 10)),
        remind_at: iso(local(2026, 11, 26, 8, 45)),
      },
      mgr.token,
    );
    const db = app().core.database;
    const kinds = async () =>
      (await app().call('staff.reminders', { unread_only: false }, a.token)).map((r) => r.kind);
    const before = (await kinds()).filter((k) => k === 'task_remind').length;
    await db.transaction((d) => runStaffReminders(d, local(2026, 11, 26, 8, 50)));
    await db.transaction((d) => runStaffReminders(d, local(2026, 11, 26, 8, 55)));
    expect((await kinds()).filter((k) => k === 'task_remind').length).toBe(before + 1);
    await db.transaction((d) => runStaffReminders(d, local(2026, 11, 26, 12, 0)));
    await db.transaction((d) => runStaffReminders(d, local(2026, 11, 26, 13, 0)));
    expect((await kinds()).filter((k) => k === 'task_overdue')).toHaveLength(1);
    const row = (await app().call('schedules.list', { open_only: true, q: '催款' }, mgr.token)).rows[0]!;
    expect(row.id).toBe(t.id);
  });
});

describeEachDb('attendance', (app) => {
  let mgr: U;
  let a: U;
  let b: U;
  let outsider: U;

  it('self check-in and check-out use the office clock; twice is refused', async () => {
    mgr = await app().user('mgr', ['sales_manager'], { name: '经理' });
    a = await app().user('a', ['salesperson'], { name: '张三', manager_id: mgr.id });
    b = await app().user('b', ['salesperson'], { name: '李四', manager_id: mgr.id });
    outsider = await app().user('x', ['salesperson'], { name: '外组' });
    await expectError(app().call('attendance.checkOut', {}, a.token), 'BUSINESS_RULE');
    app().clock.t = local(2026, 11, 2, 9, 7).getTime();
    const cin = await app().call('attendance.checkIn', {}, a.token);
    expect(cin).toMatchObject({ work_date: '2026-11-02', check_in: '09:07', late: true, source: 'self' });
    const again = await expectError(app().call('attendance.checkIn', {}, a.token), 'BUSINESS_RULE');
    expect(again.message_zh).toContain('09:07');
    app().clock.t = local(2026, 11, 2, 18, 2).getTime();
    const out = await app().call('attendance.checkOut', {}, a.token);
    expect(out).toMatchObject({ check_out: '18:02', early: false });
  });

  it('a manager enters days for the team, with field errors', async () => {
    const r = await app().call(
      'attendance.save',
      { user_id: b.id, work_date: '2026-11-02', check_in: '08:58', check_out: '17:45', note: '提前去客户处' },
      mgr.token,
    );
    expect(r).toMatchObject({ late: false, early: true, source: 'entry' });
    const e = await expectError(
      app().call('attendance.save', { user_id: b.id, work_date: '2026-11-03', check_in: '9:00' }, mgr.token),
      'VALIDATION',
    );
    expect(e.fields?.[0]?.path).toEqual(['check_in']);
    expect(e.message_zh).toContain('签到时间');
    const e2 = await expectError(
      app().call(
        'attendance.save',
        { user_id: b.id, work_date: '2026-11-03', check_in: '10:00', check_out: '09:00' },
        mgr.token,
      ),
      'VALIDATION',
    );
    expect(e2.fields?.[0]?.path).toEqual(['check_out']);
    await expectError(
      app().call(
        'attendance.save',
        { user_id: outsider.id, work_date: '2026-11-03', check_in: '09:00' },
        mgr.token,
      ),
      'VALIDATION',
    );
    await expectError(
      app().call('attendance.save', { user_id: a.id, work_date: '2026-11-03', check_in: '09:00' }, a.token),
      'FORBIDDEN',
    );
  });

  const sheet = (rows: unknown[][]) => {
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), '考勤');
    return XLSX.write(wb, { type: 'base64', bookType: 'xlsx' }) as string;
  };

  it('imports a month from Excel: all rows or none, errors by row and column', async () => {
    const before = await dbChecksum(app());
    const bad = sheet([
      ['工号', '日期', '签到', '签退', '备注'],
      ['a', '2026-11-03', '08:50', '18:00', null],
      ['nobody', '2026-11-03', '08:50', '18:00', null],
      ['b', '2026/11/31', '08:50', '18:00', null],
      ['b', '2026-11-04', '25:00', '18:00', null],
      ['x', '2026-11-04', '08:50', '18:00', null],
      ['a', '2026-11-03', '08:40', '18:00', null],
    ]);
    const e = await expectError(
      app().call('attendance.import', { file_base64: bad }, mgr.token),
      'VALIDATION',
    );
    const errs = (e.details as { errors: { row: number; column: string }[] }).errors;
    expect(errs.map((x) => [x.row, x.column])).toEqual([
      [3, '工号'],
      [4, '日期'],
      [5, '签到'],
      [6, '工号'],
      [7, '日期'],
    ]);
    expect(e.message_zh).toContain('第 3 行 · 工号');
    expect(await dbChecksum(app())).toBe(before);
    const missingCol = await expectError(
      app().call(
        'attendance.import',
        {
          file_base64: sheet([
            ['工号', '日期'],
            ['a', '2026-11-03'],
          ]),
        },
        mgr.token,
      ),
      'VALIDATION',
    );
    expect(missingCol.message_zh).toContain('缺少列“签到”');
    const junk = await expectError(
      app().call(
        'attendance.import',
        { file_base64: Buffer.from('not a spreadsheet at all').toString('base64') },
        mgr.token,
      ),
      'VALIDATION',
    );
    expect(junk.fields?.[0]?.path).toEqual(['file_base64']);

    // Excel dates and times as serial numbers work too (3 Nov 2026 = 46329; 08:45 = 0.364583…).
    const good = sheet([
      ['工号', '日期', '签到', '签退', '备注'],
      ['a', 46329, 8.75 / 24, 18 / 24, null],
      ['a', '2026-11-04', '9:20', '18:30', '堵车'],
      ['a', '2026-11-05', '08:55', null, null],
      ['b', '2026-11-02', '08:59', '18:00', '改为导入'],
      ['b', '2026-11-03', '08:50', '18:00', null],
    ]);
    const r = await app().call('attendance.import', { file_base64: good }, mgr.token);
    expect(r).toEqual({ imported: 4, updated: 1 });
    const list = await app().call(
      'attendance.list',
      { user_id: a.id, month: '2026-11', sort: [{ field: 'work_date', dir: 'asc' }] },
      mgr.token,
    );
    expect(list.rows.map((x) => [x.work_date, x.check_in, x.check_out, x.late])).toEqual([
      ['2026-11-02', '09:07', '18:02', true],
      ['2026-11-03', '08:45', '18:00', false],
      ['2026-11-04', '09:20', '18:30', true],
      ['2026-11-05', '08:55', null, false],
    ]);
  });

  it('monthly late / early / absent / leave against a hand count; work hours are configurable', async () => {
    const leave = await app().call(
      'staffStatus.set',
      { kind: 'leave', starts_at: iso(local(2026, 11, 6, 0)), ends_at: iso(local(2026, 11, 7, 0)) },
      a.token,
    );
    await app().call('staffStatus.approve', { id: leave.id, approve: true }, mgr.token);
    app().clock.t = local(2026, 11, 10, 12, 0).getTime(); // Tuesday noon: 2–9 Nov are over (6 working days)
    const m = await app().call('attendance.monthly', { month: '2026-11' }, mgr.token);
    const by = Object.fromEntries(m.map((x) => [x.name, x]));
    // 张三: present 2,3,4,5; late 2 (09:07) and 4 (09:20); leave 6; absent 9; 5th has no check-out.
    expect(by['张三']).toMatchObject({
      workdays: 6,
      present: 4,
      late: 2,
      early: 0,
      absent: 1,
      leave_days: 1,
      trip_days: 0,
      missing_checkout: 1,
    });
    // 李四: present 2, 3; absent 4, 5, 6, 9.
    expect(by['李四']).toMatchObject({ workdays: 6, present: 2, late: 0, early: 0, absent: 4 });
    // Later start and a grace period: 09:07 is no longer late, 09:20 still is.
    const s = await app().call('staff.settings', {}, mgr.token);
    await app().call('staff.saveSettings', { ...s, work_start: '09:00', late_grace_minutes: 10 }, mgr.token);
    const m2 = await app().call('attendance.monthly', { month: '2026-11' }, mgr.token);
    expect(m2.find((x) => x.name === '张三')!.late).toBe(1);
    // A holiday is not a working day; a swapped Saturday is.
    await app().call(
      'staff.saveSettings',
      { ...s, holidays: ['2026-11-09'], extra_workdays: ['2026-11-07'] },
      mgr.token,
    );
    const m3 = await app().call('attendance.monthly', { month: '2026-11' }, mgr.token);
    expect(m3.find((x) => x.name === '张三')).toMatchObject({ workdays: 6, absent: 1 });
    const tpl = await app().call('attendance.template', {}, mgr.token);
    const wb = XLSX.read(Buffer.from(tpl.base64, 'base64'), { type: 'buffer' });
    expect(XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[wb.SheetNames[0]!]!, { header: 1 })[0]).toEqual([
      '工号',
      '日期',
      '签到',
      '签退',
      '备注',
    ]);
  });
});
