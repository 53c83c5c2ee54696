import { expect, it } from 'vitest';
import { dbChecksum, describeEachDb, expectError, type TestApp } from '../helpers/harness';
import { registerHandover } from '../../electron/core/services/staff/handover';

/**
 * Organisation tree and data scope (own / team / region / all) enforced in SQL, across every list and
 * report that shows per-person records; staff changes and the leaving handover.
 */

type U = { id: number; token: string };

async function unit(
  app: TestApp,
  code: string,
  name: string,
  kind: string,
  parent: number | null,
  head?: number,
) {
  return app.call(
    'org.save',
    { code, name, kind: kind as 'region', parent_unit_id: parent, head_id: head ?? null },
    app.adminToken,
  );
}

async function place(app: TestApp, userId: number, unitId: number, dataScope: 'region' | null = null) {
  const s = await app.call('staff.get', { id: userId }, app.adminToken);
  return app.call(
    'staff.saveProfile',
    { user_id: userId, version: s.profile_version, org_unit_id: unitId, data_scope: dataScope },
    app.adminToken,
  );
}

interface World {
  gm: U;
  rmS: U;
  mGZ: U;
  gz1: U;
  gz2: U;
  sz: U;
  asst: U;
  sh: U;
  mSH: U;
  units: Record<string, number>;
}

async function world(app: TestApp): Promise<World> {
  const gm = await app.user('gm', ['general_manager'], { name: '总经理' });
  const rmS = await app.user('rms', ['sales_manager'], { name: '华南经理' });
  const mGZ = await app.user('mgz', ['sales_manager'], { name: '广州经理', manager_id: rmS.id });
  const gz1 = await app.user('gz1', ['salesperson'], { name: '广州甲', manager_id: mGZ.id });
  // gz2 has no manager link: the manager sees them through the unit he heads.
  const gz2 = await app.user('gz2', ['salesperson'], { name: '广州乙' });
  const sz = await app.user('sz1', ['salesperson'], { name: '深圳丙' });
  const asst = await app.user('asst', ['salesperson'], { name: '华南助理' });
  const sh = await app.user('sh1', ['salesperson'], { name: '上海丁' });
  const mSH = await app.user('msh', ['sales_manager'], { name: '上海经理' });
  const hq = await unit(app, 'HQ', '总公司', 'company', null, gm.id);
  const south = await unit(app, 'S', '华南大区', 'region', hq.id, rmS.id);
  const east = await unit(app, 'E', '华东大区', 'region', hq.id);
  const gz = await unit(app, 'S-GZ', '广州办事处', 'office', south.id, mGZ.id);
  const szu = await unit(app, 'S-SZ', '深圳办事处', 'office', south.id);
  const shu = await unit(app, 'E-SH', '上海办事处', 'office', east.id, mSH.id);
  await place(app, mGZ.id, gz.id);
  await place(app, gz1.id, gz.id);
  await place(app, gz2.id, gz.id);
  await place(app, sz.id, szu.id);
  await place(app, asst.id, szu.id, 'region');
  await place(app, rmS.id, south.id);
  await place(app, sh.id, shu.id);
  await place(app, mSH.id, shu.id);
  return {
    gm,
    rmS,
    mGZ,
    gz1,
    gz2,
    sz,
    asst,
    sh,
    mSH,
    units: { hq: hq.id, south: south.id, east: east.id, gz: gz.id, sz: szu.id, sh: shu.id },
  };
}

describeEachDb('organisation tree and data scope', (app) => {
  let w: World;
  const customerOf: Record<string, string> = {
    gz1: '广州甲客户有限公司',
    gz2: '广州乙客户有限公司',
    sz: '深圳丙客户有限公司',
    asst: '华南助理客户有限公司',
    sh: '上海丁客户有限公司',
  };

  it('builds the tree; refuses loops and a company below something', async () => {
    w = await world(app());
    const tree = await app().call('org.tree', {}, w.gz1.token);
    expect(tree.map((u) => u.code)).toEqual(['E', 'E-SH', 'HQ', 'S', 'S-GZ', 'S-SZ']);
    const gz = tree.find((u) => u.code === 'S-GZ')!;
    expect(gz.member_count).toBe(3);
    expect(gz.head_name).toBe('广州经理');
    const south = tree.find((u) => u.code === 'S')!;
    const e = await expectError(
      app().call(
        'org.save',
        {
          id: south.id,
          version: south.version,
          code: 'S',
          name: '华南大区',
          kind: 'region',
          parent_unit_id: gz.id,
        },
        app().adminToken,
      ),
      'VALIDATION',
    );
    expect(e.fields?.[0]?.path).toEqual(['parent_unit_id']);
    expect(e.message_zh).toContain('上级组织');
    const e2 = await expectError(
      app().call(
        'org.save',
        { code: 'X', name: '子公司', kind: 'company', parent_unit_id: south.id },
        app().adminToken,
      ),
      'VALIDATION',
    );
    expect(e2.fields?.[0]?.path).toEqual(['kind']);
    await expectError(
      app().call(
        'org.save',
        { code: 'S', name: '重复', kind: 'team', parent_unit_id: south.id },
        app().adminToken,
      ),
      'DUPLICATE',
    );
    await expectError(
      app().call('org.save', { code: 'Y', name: 'y', kind: 'team' }, w.mGZ.token),
      'FORBIDDEN',
    );
  });

  it('every salesperson creates a customer', async () => {
    for (const [k, name] of Object.entries(customerOf)) {
      await app().call(
        'customers.create',
        { legal_name: name },
        (w as unknown as Record<string, U>)[k]!.token,
      );
    }
  });

  const names = async (token: string) =>
    (await app().call('customers.list', {}, token)).rows.map((r) => r.legal_name).sort();

  it('own: a salesperson sees only their own customers', async () => {
    expect(await names(w.gz1.token)).toEqual([customerOf.gz1]);
    expect(await names(w.sh.token)).toEqual([customerOf.sh]);
  });

  it('team: manager tree plus the units a manager heads', async () => {
    expect(await names(w.mGZ.token)).toEqual([customerOf.gz1, customerOf.gz2].sort());
    expect(await names(w.mSH.token)).toEqual([customerOf.sh]);
    // The regional head heads 华南大区: every office below it.
    expect(await names(w.rmS.token)).toEqual(
      [customerOf.gz1, customerOf.gz2, customerOf.sz, customerOf.asst].sort(),
    );
  });

  it('region: a data-scope override sees the whole region of their unit, no other region', async () => {
    const me = await app().call('auth.me', {}, w.asst.token);
    expect(me.scope).toBe('region');
    expect(await names(w.asst.token)).toEqual(
      [customerOf.gz1, customerOf.gz2, customerOf.sz, customerOf.asst].sort(),
    );
  });

  it('all: the general manager sees everything', async () => {
    expect(await names(w.gm.token)).toHaveLength(5);
  });

  it('no other team’s customer through get, options, drill-down lists or reports', async () => {
    const sh = (await app().call('customers.list', {}, w.sh.token)).rows[0]!;
    for (const t of [w.gz1, w.mGZ, w.rmS, w.asst]) {
      await expectError(app().call('customers.get', { id: sh.id }, t.token), 'NOT_FOUND');
      expect(await app().call('customers.options', { q: '上海' }, t.token)).toEqual([]);
      const drill = await app().call(
        'analytics.newCustomers',
        { from: '2026-01-01', to: '2026-12-31' },
        t.token,
      );
      expect(drill.rows.map((r) => r.legal_name)).not.toContain(customerOf.sh);
      // Even when asking for the other team's person explicitly.
      const explicit = await app().call(
        'analytics.newCustomers',
        { from: '2026-01-01', to: '2026-12-31', user_id: w.sh.id },
        t.token,
      );
      expect(explicit.rows).toEqual([]);
    }
    const drillGz = await app().call(
      'analytics.newCustomers',
      { from: '2026-01-01', to: '2026-12-31' },
      w.mGZ.token,
    );
    expect(drillGz.rows.map((r) => r.legal_name).sort()).toEqual([customerOf.gz1, customerOf.gz2].sort());
  });

  it('rankings and trends count only people in scope', async () => {
    const r = await app().call('analytics.ranking', { year: 2026, metric: 'new_customers' }, w.mGZ.token);
    expect(r.source_available).toBe(true);
    expect(r.rows.map((x) => x.name).sort()).toEqual(['广州乙', '广州甲']);
    expect(r.rows.every((x) => x.actual === 1)).toBe(true);
    const own = await app().call('analytics.ranking', { year: 2026, metric: 'new_customers' }, w.gz1.token);
    expect(own.rows.map((x) => x.name)).toEqual(['广州甲']);
    const trend = await app().call('analytics.trend', { year: 2026, metric: 'new_customers' }, w.mGZ.token);
    expect(trend.months.reduce((s, m) => s + (m.actual ?? 0), 0)).toBe(2);
    const gmTrend = await app().call('analytics.trend', { year: 2026, metric: 'new_customers' }, w.gm.token);
    expect(gmTrend.months.reduce((s, m) => s + (m.actual ?? 0), 0)).toBe(5);
    await expectError(
      app().call('analytics.trend', { year: 2026, metric: 'new_customers', user_id: w.sh.id }, w.mGZ.token),
      'NOT_FOUND',
    );
    await expectError(
      app().call('analytics.evaluation', { user_id: w.sh.id, year: 2026, period: 'y' }, w.rmS.token),
      'NOT_FOUND',
    );
    const units = await app().call(
      'analytics.ranking',
      { year: 2026, metric: 'new_customers', level: 'org_unit' },
      w.gm.token,
    );
    expect(units.rows.map((x) => [x.name, x.actual])).toEqual([
      ['华南大区', 4],
      ['华东大区', 1],
    ]);
  });

  it('staff lists, reports, attendance, statuses and calendars follow the same scope', async () => {
    const staff = await app().call('staff.list', {}, w.mGZ.token);
    expect(staff.rows.map((r) => r.login).sort()).toEqual(['gz1', 'gz2', 'mgz']);
    const byUnit = await app().call('staff.list', { org_unit_id: w.units.south }, w.gm.token);
    expect(byUnit.rows.map((r) => r.login).sort()).toEqual(['asst', 'gz1', 'gz2', 'mgz', 'rms', 'sz1']);
    // Everybody writes a report, checks in, sets a status and has a schedule entry.
    const all = [w.gz1, w.gz2, w.sz, w.sh, w.mGZ];
    for (const u of all) {
      await app().call('workReports.save', { report_date: '2026-11-19', done: '拜访客户' }, u.token);
      await app().call('attendance.checkIn', {}, u.token);
      await app().call(
        'staffStatus.set',
        { kind: 'visiting', starts_at: '2026-11-20T10:00:00+08:00', ends_at: '2026-11-20T11:00:00+08:00' },
        u.token,
      );
      await app().call(
        'schedules.create',
        { subject: '客户回访', starts_at: '2026-11-21T09:00:00+08:00', ends_at: '2026-11-21T10:00:00+08:00' },
        u.token,
      );
    }
    const who = (rows: { user_name?: string; assignee_name?: string }[]) =>
      [...new Set(rows.map((r) => r.user_name ?? r.assignee_name))].sort();
    const gzNames = ['广州乙', '广州甲', '广州经理'];
    expect(who((await app().call('workReports.list', {}, w.mGZ.token)).rows)).toEqual(gzNames);
    expect(who((await app().call('attendance.list', {}, w.mGZ.token)).rows)).toEqual(gzNames);
    expect(who((await app().call('staffStatus.list', {}, w.mGZ.token)).rows)).toEqual(gzNames);
    const cal = await app().call('schedules.calendar', { from: '2026-11-01', to: '2026-11-30' }, w.mGZ.token);
    expect(who(cal.rows)).toEqual(gzNames);
    // Asking for someone outside the scope yields nothing, not their data.
    const cal2 = await app().call(
      'schedules.calendar',
      { from: '2026-11-01', to: '2026-11-30', user_ids: [w.sh.id] },
      w.mGZ.token,
    );
    expect(cal2.rows).toEqual([]);
    expect(who((await app().call('workReports.list', {}, w.gz1.token)).rows)).toEqual(['广州甲']);
    const stats = await app().call('workReports.stats', { month: '2026-11' }, w.mGZ.token);
    expect(stats.map((s) => s.name).sort()).toEqual(gzNames);
    const att = await app().call('attendance.monthly', { month: '2026-11' }, w.rmS.token);
    expect(att.map((s) => s.login).sort()).toEqual(['asst', 'gz1', 'gz2', 'mgz', 'rms', 'sz1']);
    // The board shows everybody's kind of status, but notes only within scope.
    const board = await app().call('staffStatus.board', {}, w.gz1.token);
    expect(board.length).toBeGreaterThanOrEqual(10);
  });
});

/* ------------------------------------------------------------------ leaving and handover */

let probeCalls: [number, number][] = [];
let probeThrows = false;
registerHandover(
  'test_probe',
  async (_db, from, to) => {
    probeCalls.push([from, to]);
    if (probeThrows) throw new Error('probe failure');
    return 7;
  },
  { label: { zh: '测试项', en: 'Probe' }, pending: async () => 7 },
);

describeEachDb('staff changes and the leaving handover', (app) => {
  let mgr: U;
  let a: U;
  let b: U;
  let c: U;
  let d: U;
  let unitId: number;
  const count = (sql: string, params: unknown[]) =>
    app().core.database.read(async (db) => Number((await db.get<{ n: number }>(sql, params))?.n ?? 0));

  it('prepares a salesperson with customers, co-ownerships, tasks, a subordinate and a unit', async () => {
    mgr = await app().user('mgr', ['sales_manager'], { name: '经理' });
    a = await app().user('a', ['salesperson'], { name: '离职人', manager_id: mgr.id });
    b = await app().user('b', ['salesperson'], { name: '同事乙', manager_id: mgr.id });
    c = await app().user('c', ['salesperson'], { name: '接手人', manager_id: mgr.id });
    d = await app().user('d', ['salesperson'], { name: '下属', manager_id: a.id });
    unitId = (await unit(app(), 'T1', '一组', 'team', null, a.id)).id;
    for (const n of ['甲一有限公司', '甲二有限公司', '甲三有限公司']) {
      await app().call('customers.create', { legal_name: n }, a.token);
    }
    // a also co-owns one of them with c (c becomes owner: the co-owner row must go).
    const a1 = (await app().call('customers.list', { q: '甲一' }, a.token)).rows[0]!;
    const a1d = await app().call('customers.get', { id: a1.id }, a.token);
    await app().call('customers.update', { ...editable(a1d), co_owner_ids: [c.id, b.id] }, a.token);
    // b's customers co-owned by a: one also co-owned by c already.
    const b1 = await app().call(
      'customers.create',
      { legal_name: '乙一有限公司', co_owner_ids: [a.id] },
      mgr.token,
    );
    await app().call('customers.update', { ...editable(b1), owner_id: b.id }, mgr.token);
    const b2 = await app().call(
      'customers.create',
      { legal_name: '乙二有限公司', co_owner_ids: [a.id, c.id] },
      mgr.token,
    );
    await app().call('customers.update', { ...editable(b2), owner_id: b.id }, mgr.token);
    await app().call(
      'schedules.create',
      { subject: '待办一', starts_at: '2026-11-21T09:00:00+08:00', ends_at: '2026-11-21T10:00:00+08:00' },
      a.token,
    );
    const done = await app().call(
      'schedules.create',
      { subject: '已完成', starts_at: '2026-11-19T09:00:00+08:00', ends_at: '2026-11-19T10:00:00+08:00' },
      a.token,
    );
    await app().call('schedules.complete', { id: done.id }, a.token);
    await app().call(
      'schedules.create',
      {
        subject: '经理指派',
        assignee_id: a.id,
        starts_at: '2026-11-22T09:00:00+08:00',
        ends_at: '2026-11-22T10:00:00+08:00',
      },
      mgr.token,
    );
  });

  it('previews what would be handed over', async () => {
    const p = await app().call('staff.handoverPreview', { user_id: a.id }, app().adminToken);
    const m = Object.fromEntries(p.map((i) => [i.name, i.count]));
    expect(m).toMatchObject({
      customers: 3,
      customer_co_owners: 2,
      open_tasks: 2,
      subordinates: 1,
      org_units_headed: 1,
      test_probe: 7,
    });
  });

  it('refuses bad successors with field errors and changes nothing', async () => {
    const before = await dbChecksum(app());
    const e = await expectError(
      app().call(
        'staff.leave',
        { user_id: a.id, handover_to_id: a.id, effective_date: '2026-11-20' },
        app().adminToken,
      ),
      'VALIDATION',
    );
    expect(e.fields?.[0]?.path).toEqual(['handover_to_id']);
    expect(e.message_zh).toContain('交接人');
    await expectError(
      app().call(
        'staff.leave',
        { user_id: a.id, handover_to_id: c.id, effective_date: '2026-11-20' },
        mgr.token,
      ),
      'FORBIDDEN',
    );
    expect(await dbChecksum(app())).toBe(before);
  });

  it('a failing handover rolls the whole leave back', async () => {
    const before = await dbChecksum(app());
    probeThrows = true;
    try {
      await expectError(
        app().call(
          'staff.leave',
          { user_id: a.id, handover_to_id: c.id, effective_date: '2026-11-20' },
          app().adminToken,
        ),
        'INTERNAL',
      );
    } finally {
      probeThrows = false;
    }
    expect(await dbChecksum(app())).toBe(before);
    expect((await app().call('auth.me', {}, a.token)).login).toBe('a');
  });

  it('leaving hands everything to the colleague in one audited action', async () => {
    probeCalls = [];
    const r = await app().call(
      'staff.leave',
      { user_id: a.id, handover_to_id: c.id, effective_date: '2026-11-20', reason: '个人原因' },
      app().adminToken,
    );
    const m = Object.fromEntries(r.handed_over.map((i) => [i.name, i.count]));
    expect(m).toMatchObject({
      customers: 3,
      customer_co_owners: 2,
      open_tasks: 2,
      subordinates: 1,
      org_units_headed: 1,
      test_probe: 7,
    });
    expect(probeCalls).toEqual([[a.id, c.id]]);
    expect(r.change.kind).toBe('leave');
    expect(r.change.handover_to_name).toBe('接手人');
    expect(r.change.handover).toMatchObject({ customers: 3 });
    // Completeness: nothing is left with the leaver.
    expect(await count('SELECT COUNT(*) AS n FROM customers WHERE owner_id = ?', [a.id])).toBe(0);
    expect(await count('SELECT COUNT(*) AS n FROM customer_owners WHERE user_id = ?', [a.id])).toBe(0);
    expect(
      await count(
        "SELECT COUNT(*) AS n FROM staff_tasks WHERE assignee_id = ? AND status IN ('pending', 'accepted')",
        [a.id],
      ),
    ).toBe(0);
    expect(
      await count("SELECT COUNT(*) AS n FROM staff_tasks WHERE assignee_id = ? AND status = 'done'", [a.id]),
    ).toBe(1);
    expect(await count('SELECT COUNT(*) AS n FROM users WHERE manager_id = ?', [a.id])).toBe(0);
    expect(await count('SELECT COUNT(*) AS n FROM org_units WHERE head_id = ?', [a.id])).toBe(0);
    expect(
      await count('SELECT COUNT(*) AS n FROM org_units WHERE id = ? AND head_id = ?', [unitId, c.id]),
    ).toBe(1);
    expect(await count('SELECT COUNT(*) AS n FROM users WHERE id = ? AND manager_id = ?', [d.id, c.id])).toBe(
      1,
    );
    // The successor owns the customers and is not also their co-owner; b's customers keep one row for c.
    const mine = (await app().call('customers.list', {}, c.token)).rows.map((x) => x.legal_name).sort();
    expect(mine).toEqual(
      ['乙一有限公司', '乙二有限公司', '甲一有限公司', '甲三有限公司', '甲二有限公司'].sort(),
    );
    const a1 = (await app().call('customers.list', { q: '甲一' }, c.token)).rows[0]!;
    const a1d = await app().call('customers.get', { id: a1.id }, c.token);
    expect(a1d.owner_name).toBe('接手人');
    expect(a1d.co_owners.map((x) => x.name)).toEqual(['同事乙']);
    expect(await count('SELECT COUNT(*) AS n FROM customer_owners WHERE user_id = ?', [c.id])).toBe(2);
    // Deactivated, logged out, one audit row with the counts.
    await expectError(app().call('auth.me', {}, a.token), 'UNAUTHENTICATED');
    const audit = await app().core.database.read((db) =>
      db.all<{ summary: string }>("SELECT summary FROM audit_log WHERE method = 'staff.leave'"),
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]!.summary).toContain('交接给 接手人');
    expect(audit[0]!.summary).toContain('客户（所有人） 3');
    const s = await app().call('staff.get', { id: a.id }, app().adminToken);
    expect(s.active).toBe(false);
    expect(s.left_date).toBe('2026-11-20');
    expect(s.changes[0]?.kind).toBe('leave');
    await expectError(
      app().call(
        'staff.leave',
        { user_id: a.id, handover_to_id: c.id, effective_date: '2026-11-21' },
        app().adminToken,
      ),
      'BUSINESS_RULE',
    );
  });

  it('transfers and role changes are recorded; only user managers grant admin', async () => {
    const gm = await app().user('gm2', ['general_manager'], { name: '总经理' });
    const t = await app().call(
      'staff.transfer',
      {
        user_id: b.id,
        org_unit_id: unitId,
        manager_id: c.id,
        effective_date: '2026-12-01',
        reason: '调入一组',
      },
      gm.token,
    );
    expect(t.org_unit_id).toBe(unitId);
    expect(t.manager_name).toBe('接手人');
    const e = await expectError(
      app().call(
        'staff.transfer',
        { user_id: c.id, manager_id: b.id, effective_date: '2026-12-01' },
        gm.token,
      ),
      'VALIDATION',
    );
    expect(e.fields?.[0]?.path).toEqual(['manager_id']);
    await expectError(
      app().call(
        'staff.changeRoles',
        { user_id: b.id, roles: ['admin'], effective_date: '2026-12-01' },
        gm.token,
      ),
      'FORBIDDEN',
    );
    const r = await app().call(
      'staff.changeRoles',
      { user_id: b.id, roles: ['sales_manager'], effective_date: '2026-12-01' },
      gm.token,
    );
    expect(r.roles).toEqual(['sales_manager']);
    const changes = await app().call('staff.changes', { user_id: b.id }, gm.token);
    expect(changes.rows.map((x) => x.kind).sort()).toEqual(['role', 'transfer']);
    const role = changes.rows.find((x) => x.kind === 'role')!;
    expect(role.from_roles).toEqual(['salesperson']);
    expect(role.to_roles).toEqual(['sales_manager']);
  });
});

function editable(d: {
  id: number;
  version: number;
  legal_name: string;
  owner_id: number;
  co_owners: { id: number }[];
}) {
  return {
    id: d.id,
    version: d.version,
    legal_name: d.legal_name,
    owner_id: d.owner_id,
    co_owner_ids: d.co_owners.map((x) => x.id),
  };
}
