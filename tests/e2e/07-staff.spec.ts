import * as XLSX from 'xlsx';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { createUser, login, rpc, shot, tid } from './helpers';

/**
 * A sales manager runs a month: the general manager sets the year's new-customer plan down to the team;
 * the manager decomposes it to the salespeople month by month; the plan is approved; the team works
 * (customers, reports, statuses, tasks, attendance); the manager reads the dashboards, the ranking and one
 * person's evaluation sheet, answers a report, approves a leave, assigns a task; the administrator sees the
 * organisation and a leaving employee's handover.
 */
test.describe.configure({ mode: 'serial' });

const YEAR = new Date().getFullYear();
const MONTH = new Date().getMonth() + 1;
const even = (y: number) => {
  const v: Record<string, number> = { y };
  for (let q = 1; q <= 4; q++) v[`q${q}`] = y / 4;
  for (let m = 1; m <= 12; m++) v[`m${m}`] = y / 12;
  return v;
};

interface World {
  gm: { id: number; login: string; password: string };
  mgr: { id: number; login: string; password: string };
  sp1: { id: number; login: string; password: string };
  sp2: { id: number; login: string; password: string };
  teamNode: number;
}
let w: World;

const as = (u: { login: string; password: string }) => ({ login: u.login, password: u.password });

async function prepare(request: APIRequestContext): Promise<World> {
  const gm = await createUser(request, 'gm07', '周总', ['general_manager']);
  const mgr = await createUser(request, 'mgr07', '林经理', ['sales_manager'], { manager_id: gm.id });
  const sp1 = await createUser(request, 'sp0701', '王小明', ['salesperson'], { manager_id: mgr.id });
  const sp2 = await createUser(request, 'sp0702', '赵丽', ['salesperson'], { manager_id: mgr.id });
  const unit = (code: string, name: string, kind: string, parent: number | null, head: number | null) =>
    rpc<{ id: number }>(request, 'org.save', { code, name, kind, parent_unit_id: parent, head_id: head });
  const hq = await unit('HQ', '广州华南机电贸易有限公司', 'company', null, gm.id);
  const south = await unit('HN', '华南大区', 'region', hq.id, gm.id);
  const team = await unit('HN-GZ1', '广州销售一组', 'team', south.id, mgr.id);
  await unit('HN-SZ', '深圳办事处', 'office', south.id, null);
  for (const [u, pos] of [
    [mgr, '销售经理'],
    [sp1, '业务员'],
    [sp2, '业务员'],
  ] as const) {
    const s = await rpc<{ profile_version: number }>(request, 'staff.get', { id: u.id });
    await rpc(request, 'staff.saveProfile', {
      user_id: u.id,
      version: s.profile_version,
      org_unit_id: team.id,
      position: pos,
      hire_date: `${YEAR - 2}-03-01`,
    });
  }
  // The team wins customers this month.
  for (const [u, n] of [
    [sp1, '广州市番禺精工机械有限公司'],
    [sp1, '佛山市顺德宏达电器有限公司'],
    [sp1, '东莞市长安五金塑胶有限公司'],
    [sp2, '中山市小榄照明科技有限公司'],
  ] as const) {
    await rpc(request, 'customers.create', { legal_name: n }, as(u));
  }
  // The general manager's plan: company → region → team, evenly over the year.
  const plan = await rpc<{ id: number }>(
    request,
    'targets.createPlan',
    { year: YEAR, metric: 'new_customers' },
    as(gm),
  );
  let b = await rpc<{ plan: { version: number }; node: { id: number }; children: { id: number }[] }>(
    request,
    'targets.block',
    { plan_id: plan.id },
    as(gm),
  );
  b = await rpc(
    request,
    'targets.saveBlock',
    {
      plan_id: plan.id,
      version: b.plan.version,
      node_id: b.node.id,
      root: { values: even(48) },
      children: [{ subject_type: 'org_unit', subject_id: south.id, values: even(48) }],
    },
    as(gm),
  );
  const region = b.children[0]!.id;
  b = await rpc(request, 'targets.block', { plan_id: plan.id, node_id: region }, as(gm));
  b = await rpc(
    request,
    'targets.saveBlock',
    {
      plan_id: plan.id,
      version: b.plan.version,
      node_id: region,
      children: [{ subject_type: 'org_unit', subject_id: team.id, values: even(48) }],
    },
    as(gm),
  );
  return { gm, mgr, sp1, sp2, teamNode: b.children[0]!.id };
}

/** Logs in as someone else in the same browser (the session cookie of the last user goes first). */
async function loginAs(page: Page, u?: { login: string; password: string }) {
  await page.context().clearCookies();
  if (u) await login(page, u.login, u.password);
  else await login(page);
}

async function cell(page: Page, row: number, col: string) {
  return page.locator(
    `${tid('target-grid')} .ag-row[row-index="${row}"]:not(.ag-row-pinned) .ag-cell[col-id="${col}"]`,
  );
}

test('the manager decomposes the team target to the salespeople, month by month', async ({
  page,
  request,
}) => {
  w = await prepare(request);
  await loginAs(page, w.mgr);
  await page.goto('/#/performance/targets');
  await page.locator(tid('target-metric')).getByText('新客户数').click();
  await expect(page.locator(tid('plan-status'))).toHaveText('草稿');
  // The manager sees the path down to the team; double-click the team to break it down.
  await expect(page.locator(tid('target-path'))).toContainText('广州华南机电贸易有限公司');
  const grid = page.locator(tid('target-grid'));
  await grid.locator('.ag-cell[col-id="name"]').filter({ hasText: '华南大区' }).last().dblclick();
  await expect(page.locator(tid('target-path'))).toContainText('华南大区');
  await grid.locator('.ag-cell[col-id="name"]').filter({ hasText: '广州销售一组' }).last().dblclick();
  await expect(page.locator(tid('target-path'))).toContainText('广州销售一组');
  for (const name of ['王小明', '赵丽']) {
    await page.locator(tid('target-add')).click();
    await page.locator('.ant-modal').getByText('业务员').click();
    await page.locator(tid('target-subject')).click();
    await page.keyboard.type(name);
    // Wait until the search for the whole name has answered (one option), so the click cannot land on a
    // list that an earlier keystroke's answer is replacing.
    const options = page.locator(
      '.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option',
    );
    await expect(options).toHaveCount(1);
    await options.filter({ hasText: name }).click();
    await page.locator(tid('target-add-ok')).click();
    await expect(page.locator('.ant-modal')).toHaveCount(0);
  }
  // Year amounts, then split evenly into quarters and months.
  for (const [row, amount] of [
    [1, '24'],
    [2, '24'],
  ] as const) {
    const c = await cell(page, row, 'y');
    await c.click();
    await page.keyboard.type(amount);
    await page.keyboard.press('Enter');
    await c.click();
    await page.locator(tid('target-split')).click();
  }
  await expect(await cell(page, 1, 'm1')).toHaveText('2');
  await expect(await cell(page, 2, 'q4')).toHaveText('6');
  // The pinned difference row shows 0 in every column once the parts add up.
  const diff = page.locator(`${tid('target-grid')} .ag-row-pinned .ag-cell[col-id="y"]`).nth(1);
  await expect(diff).toHaveText('0');
  await shot(page, '07-01-targets-decompose');
  await page.locator(tid('target-save')).click();
  await expect(page.locator('.ant-message-notice-title', { hasText: '已保存' }).last()).toBeVisible();
  await expect(page.locator(tid('target-balanced'))).toBeVisible();
  await shot(page, '07-02-targets-saved');
  // The general manager approves it.
  const plans = await rpc<{ id: number; version: number; metric: string }[]>(
    request,
    'targets.plans',
    { year: YEAR },
    as(w.gm),
  );
  const plan = plans.find((p) => p.metric === 'new_customers')!;
  const approved = await rpc<{ number: string }>(
    request,
    'targets.approve',
    { id: plan.id, version: plan.version },
    as(w.gm),
  );
  expect(approved.number).toMatch(/^TP\d{4}-0001$/);
  await page.reload();
  await page.locator(tid('target-metric')).getByText('新客户数').click();
  await expect(page.locator(tid('plan-status'))).toHaveText('已下达');
});

test('the manager reads the dashboard, the ranking and one person’s evaluation', async ({
  page,
  request,
}) => {
  // 王小明 opens two opportunities this year and loses one: the funnel shows them.
  const [cust] = await rpc<{ id: number }[]>(request, 'customers.options', { q: '番禺精工' }, as(w.sp1));
  for (const name of ['番禺精工二期生产线', '番禺精工仓库照明']) {
    await rpc(request, 'opportunities.create', { customer_id: cust!.id, name }, as(w.sp1));
  }
  const lost = await rpc<{ rows: { id: number; version: number; name: string }[] }>(
    request,
    'opportunities.list',
    { q: '仓库照明' },
    as(w.sp1),
  );
  await rpc(
    request,
    'opportunities.lose',
    { id: lost.rows[0]!.id, version: lost.rows[0]!.version, lost_reason: '预算取消', lost_to: '无' },
    as(w.sp1),
  );
  await loginAs(page, w.mgr);
  await page.goto('/#/performance/dashboard');
  const funnel = page.locator(tid('dash-funnel'));
  await expect(funnel.locator(tid('funnel-table')).locator('tbody tr').first()).toContainText('商机2');
  await expect(funnel.locator(tid('funnel-overall'))).toHaveText('中标率 0.0% · 输单 1');
  await expect(funnel.locator(tid('chart-funnel')).locator('canvas')).toBeVisible();
  await funnel.scrollIntoViewIfNeeded();
  await shot(page, '07-03b-funnel');
  await page.evaluate('window.scrollTo(0, 0)');
  await page.locator(tid('dash-metric')).getByText('新客户数').click();
  const table = page.locator(tid('ranking-table'));
  await expect(table.locator('tbody tr')).toHaveCount(2);
  // 王小明 won 3 new customers this month against a target of 2, 赵丽 1 of 2.
  await expect(table.locator('tbody tr').first()).toContainText('王小明');
  await expect(page.locator(tid('kpi-new_customers'))).toContainText('4');
  await expect(page.locator(tid('chart-ranking')).locator('canvas')).toBeVisible();
  await shot(page, '07-03-manager-dashboard');
  // The KPI drills into the customers behind it.
  await page.locator(tid('kpi-new_customers')).click();
  await expect(page.locator(tid('drill-grid')).locator('.ag-row')).toHaveCount(4);
  await shot(page, '07-04-drill-new-customers');
  await page.keyboard.press('Escape');
  // Export the ranking to Excel.
  const download = page.waitForEvent('download');
  await page.locator(tid('ranking-export')).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/新客户数排名\.xlsx$/);
  // Drill into one person: the evaluation sheet.
  await table.locator('tbody tr').first().getByText('王小明').click();
  const sheet = page.locator(tid('eval-sheet'));
  await expect(sheet).toContainText('销售人员考评表');
  await expect(sheet).toContainText('王小明（sp0701）');
  await expect(page.locator(tid('eval-figures'))).toContainText('新客户数');
  await shot(page, '07-05-evaluation-sheet');
});

test('daily reports: salespeople write, the manager replies (批复) and sees the counts', async ({
  page,
  request,
}) => {
  const today = new Date();
  const d = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
  await rpc(
    request,
    'workReports.save',
    {
      report_date: d,
      done: '拜访赵丽介绍的中山照明客户，了解灯具生产线改造需求',
      visit_count: 2,
      plan: '准备报价单',
    },
    as(w.sp2),
  );
  await loginAs(page, w.sp1);
  await page.goto('/#/staff/reports');
  await page
    .locator(tid('report-done'))
    .fill('上午拜访番禺精工，下午电话回访顺德宏达；番禺精工下月有采购计划。');
  await page.locator(tid('report-visit-count')).fill('3');
  await page.locator(tid('report-plan')).fill('明天整理番禺精工的报价');
  await page.keyboard.press('Control+s');
  await expect(page.locator('.ant-message-notice-title').filter({ hasText: '已保存' }).last()).toBeVisible();
  await shot(page, '07-06-report-write');

  await loginAs(page, w.mgr);
  await page.goto('/#/staff/reports');
  const grid = page.locator(tid('reports-grid'));
  await expect(grid.locator('.ag-row')).toHaveCount(2);
  await grid.locator('.ag-row').filter({ hasText: '王小明' }).locator('.ag-cell').nth(2).dblclick();
  await page.locator(tid('comment-input')).fill('番禺精工要尽快约技术交流，周五前给我报价初稿。');
  await page.locator(tid('comment-send')).click();
  await expect(page.locator(tid('report-comments'))).toContainText('周五前给我报价初稿');
  await shot(page, '07-07-report-reply');
  await page.keyboard.press('Escape');
  await page.getByRole('tab', { name: '日报统计' }).click();
  await expect(page.locator(tid('report-stats'))).toContainText('王小明');
  await shot(page, '07-08-report-stats');
});

test('status board: a leave request is approved by the manager', async ({ page, request }) => {
  const start = new Date();
  start.setDate(start.getDate() + 3);
  start.setHours(0, 0, 0, 0);
  const end = new Date(start.getTime() + 86_400_000);
  await rpc(
    request,
    'staffStatus.set',
    { kind: 'leave', starts_at: start.toISOString(), ends_at: end.toISOString(), note: '家中有事' },
    as(w.sp2),
  );
  const now = new Date();
  await rpc(
    request,
    'staffStatus.set',
    {
      kind: 'visiting',
      starts_at: new Date(now.getTime() - 3_600_000).toISOString(),
      ends_at: new Date(now.getTime() + 3 * 3_600_000).toISOString(),
      note: '番禺精工技术交流',
    },
    as(w.sp1),
  );
  await loginAs(page, w.mgr);
  await page.goto('/#/staff/board');
  await expect(page.locator(tid(`board-${w.sp1.id}`))).toContainText('访客');
  await shot(page, '07-09-status-board');
  await page.getByRole('tab', { name: /待我审批/ }).click();
  const grid = page.locator(tid('approve-grid'));
  await expect(grid.locator('.ag-row')).toHaveCount(1);
  await shot(page, '07-10-status-approve');
  await grid.locator(tid('status-approve')).click();
  await expect(grid.locator('.ag-row')).toHaveCount(0);
  const mine = await rpc<{ rows: { approval: string }[] }>(
    request,
    'staffStatus.list',
    { user_id: w.sp2.id },
    as(w.sp2),
  );
  expect(mine.rows[0]?.approval).toBe('approved');
});

test('tasks: the manager assigns one; the team calendar shows it', async ({ page }) => {
  await loginAs(page, w.mgr);
  await page.goto('/#/staff/tasks');
  await page.locator(tid('task-new')).click();
  await page.locator(tid('task-subject')).fill('拜访番禺精工，确认采购计划');
  await page.locator(tid('task-assignee')).click();
  await page.keyboard.type('王小明');
  await page.locator('.ant-select-item-option').filter({ hasText: '王小明' }).first().click();
  await page.locator(tid('task-save')).click();
  await expect(page.locator('.ant-message-notice-title').filter({ hasText: '已保存' }).last()).toBeVisible();
  await page.getByRole('tab', { name: '我指派的' }).click();
  await expect(page.locator(tid('tasks-created')).locator('.ag-row')).toHaveCount(1);
  await shot(page, '07-11-tasks-assigned');
  await page.getByRole('tab', { name: '团队日历' }).click();
  await expect(page.locator(tid('team-calendar'))).toContainText('拜访番禺精工');
  await shot(page, '07-12-team-calendar');
  // The salesperson accepts it.
  await loginAs(page, w.sp1);
  await page.goto('/#/staff/tasks');
  await page.locator(tid('tasks-assigned')).locator('.ag-row').first().locator('.ag-cell').nth(1).dblclick();
  await page.locator(tid('task-accept')).click();
  await expect(page.locator('.ant-drawer')).toContainText('进行中');
  await shot(page, '07-13-task-accepted');
});

test('attendance: check in, monthly counts, import with row errors', async ({ page, request }) => {
  await rpc(request, 'attendance.checkIn', {}, as(w.sp1)).catch(() => undefined);
  await loginAs(page, w.mgr);
  await page.goto('/#/staff/attendance');
  await page.locator(tid('check-in')).click();
  await expect(page.locator('.ant-message-notice-title').filter({ hasText: '已签到' }).last()).toBeVisible();
  await expect(page.locator(tid('att-monthly'))).toContainText('王小明');
  await shot(page, '07-14-attendance-monthly');
  const ws = XLSX.utils.aoa_to_sheet([
    ['工号', '日期', '签到', '签退', '备注'],
    ['sp0701', `${YEAR}-${String(MONTH).padStart(2, '0')}-02`, '08:55', '18:05', null],
    ['nobody', `${YEAR}-${String(MONTH).padStart(2, '0')}-02`, '08:55', '18:05', null],
    ['sp0702', `${YEAR}-${String(MONTH).padStart(2, '0')}-02`, '9点', '18:05', null],
  ]);
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, '考勤');
  const buf = XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
  await page.locator(tid('att-import')).click();
  await page.locator('.ant-modal input[type=file]').setInputFiles({
    name: '考勤.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: buf,
  });
  const errors = page.locator(tid('import-errors'));
  await expect(errors.locator('tbody tr')).toHaveCount(2);
  await expect(errors).toContainText('只能处理自己管辖范围内的人员');
  await expect(errors).toContainText('时间格式不正确');
  await shot(page, '07-15-attendance-import-errors');
});

test('organisation: the tree, a profile, and a leaving employee’s handover', async ({ page, request }) => {
  const leaver = await createUser(request, 'sp0703', '陈刚', ['salesperson'], { manager_id: w.mgr.id });
  await rpc(request, 'customers.create', { legal_name: '江门市蓬江机电设备有限公司' }, as(leaver));
  await rpc(request, 'customers.create', { legal_name: '珠海市香洲自动化有限公司' }, as(leaver));
  await loginAs(page);
  await page.goto('/#/staff/org');
  await expect(page.locator(tid('org-tree'))).toContainText('广州销售一组');
  await page.locator(tid('org-tree')).getByText('广州销售一组').click();
  await expect(page.locator(tid('staff-grid')).locator('.ag-row')).toHaveCount(3);
  await shot(page, '07-16-organisation');
  await page.locator(tid('org-all')).click();
  const row = page.locator(tid('staff-grid')).locator('.ag-row').filter({ hasText: 'sp0703' });
  await row.locator('.ag-cell').nth(1).dblclick();
  await page.locator(tid('staff-leave')).click();
  const preview = page.locator(tid('handover-preview'));
  await expect(preview).toContainText('客户（所有人）');
  await expect(preview.locator('.ant-list-item').first()).toContainText('2');
  await page.locator(tid('leave-successor')).click();
  await page.keyboard.type('王小明');
  await page.locator('.ant-select-item-option').filter({ hasText: '王小明' }).first().click();
  await shot(page, '07-17-leave-handover');
  await page.locator(tid('leave-confirm')).click();
  await expect(
    page.locator('.ant-message-notice-title').filter({ hasText: '已办理离职' }).last(),
  ).toBeVisible();
  await expect(page.locator('.ant-drawer')).toContainText('离职');
  await shot(page, '07-18-left');
  const customers = await rpc<{ rows: { legal_name: string }[] }>(
    request,
    'customers.list',
    { q: '江门' },
    as(w.sp1),
  );
  expect(customers.rows.map((r) => r.legal_name)).toEqual(['江门市蓬江机电设备有限公司']);
});

test('the general manager’s dashboard ranks the units and drills into a region', async ({ page }) => {
  await loginAs(page, w.gm);
  await page.goto('/#/performance/dashboard');
  await page.locator(tid('dash-metric')).getByText('新客户数').click();
  await expect(page.locator(tid('ranking-table'))).toContainText('华南大区');
  await shot(page, '07-19-gm-dashboard');
  await page.locator(tid('dash-level')).getByText('按人员').click();
  await expect(page.locator(tid('ranking-table'))).toContainText('王小明');
  await shot(page, '07-20-gm-dashboard-people');
  // The same screen in English.
  await page.getByText('English', { exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Performance dashboard' })).toBeVisible();
  await shot(page, '07-21-gm-dashboard-english');
  await page.goto('/#/performance/targets');
  await expect(page.getByRole('heading', { name: 'Sales targets' })).toBeVisible();
  await shot(page, '07-22-targets-english');
  await page.getByText('中文', { exact: true }).click();
});
