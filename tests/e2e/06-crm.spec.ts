import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, test, type Page } from '@playwright/test';
import { createUser, login, navTo, rpc, shot, tid } from './helpers';

/**
 * A salesperson's week in the CRM: files a lead (and is stopped from filing it twice), converts it,
 * logs a visit with the next follow-up, moves the opportunity through the stages to won; a manager
 * reclaims an idle lead into the public pool; after-sales return calls and complaint escalation.
 *
 * The server runs on the real clock. Where the seeds' rules need days to pass (14 idle days, 2 days
 * unresolved), the spec backdates the timestamps in the database file, as if the time had passed,
 * and then runs the time rules from the browser.
 */
test.describe.configure({ mode: 'serial' });

const DB_FILE = path.resolve('test-results/e2e-data/xiaoshoutong.db');
const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString();
const localDate = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
const inDays = (n: number) => localDate(new Date(Date.now() + n * DAY));

/** Runs SQL against the server's database file (time passing). */
function backdate(sql: string, params: unknown[]): void {
  const db = new Database(DB_FILE);
  try {
    db.pragma('busy_timeout = 10000');
    db.prepare(sql).run(...params);
  } finally {
    db.close();
  }
}

const SP = { login: 'crm_sp', name: '刘晓峰' };
const MGR = { login: 'crm_mgr', name: '周经理' };
const TECH = { login: 'crm_tech', name: '吴工' };
let sp: { login: string; password: string };
let mgr: { login: string; password: string };
let tech: { login: string; password: string };
let customerId = 0;

const toast = (page: Page, text: string | RegExp) =>
  expect(page.locator('.ant-message-notice-title', { hasText: text }).last()).toBeVisible();

async function closeDrawer(page: Page) {
  await page.locator('.ant-drawer-footer').getByRole('button', { name: '关闭', exact: true }).click();
  await expect(page.locator('.ant-drawer-content')).toHaveCount(0);
}

/** Types a date into an antd DatePicker and confirms it. */
async function pickDate(page: Page, selector: string, date: string) {
  const input = page.locator(selector);
  await input.click();
  await input.fill(date);
  await input.press('Enter');
}

async function uploadFile(page: Page, kind: string, name: string) {
  const box = page.locator(tid('attachments'));
  await box.locator(tid('attachment-kind')).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: kind }).click();
  await box.locator('input[type=file]').setInputFiles({
    name,
    mimeType: 'application/pdf',
    buffer: Buffer.from(`%PDF-1.4 ${name}`),
  });
  await toast(page, `已上传 ${name}`);
}

test.beforeAll(async ({ request }) => {
  const m = await createUser(request, MGR.login, MGR.name, ['sales_manager']);
  mgr = m;
  sp = await createUser(request, SP.login, SP.name, ['salesperson'], { manager_id: m.id });
  tech = await createUser(request, TECH.login, TECH.name, ['warehouse']);
  await rpc(request, 'products.create', {
    code: 'HX-PLC-01',
    name: '可编程控制器 S7-200',
    unit: '台',
    list_price: 12_800_00,
    floor_price: 11_000_00,
  });
});

test('a salesperson files a lead, converts it, visits, and wins the opportunity', async ({ page }) => {
  await login(page, sp.login, sp.password);
  await navTo(page, '销售过程', '线索与公海');
  await expect(page.getByRole('heading', { name: '线索' })).toBeVisible();
  await shot(page, '06-01-leads-empty');

  // 报备: file a lead
  await page.locator(tid('lead-new')).click();
  await page.locator(tid('lead-company')).fill('广州市番禺区恒信自动化设备有限公司');
  await page.locator(tid('lead-contact')).fill('梁志强');
  await page.locator(tid('lead-phone')).fill('13902001234');
  await page.locator(tid('lead-requirement')).fill('注塑车间自动化改造，预算约 180 万，年底前立项');
  await page.locator(tid('lead-source')).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '展会' }).click();
  await page.locator(tid('lead-save')).click();
  await toast(page, /已报备 XS\d{4}-000001/);
  await expect(page.locator('.ant-drawer-title')).toContainText('广州市番禺区恒信自动化设备有限公司');
  await expect(page.locator('.ant-drawer-title')).toContainText('跟进中');
  await shot(page, '06-02-lead-filed');
  await closeDrawer(page);

  // the same company filed again (without 广州市番禺区): refused, naming who holds it
  await page.locator(tid('lead-new')).click();
  await page.locator(tid('lead-company')).fill('恒信自动化设备有限公司');
  await page.locator(tid('lead-contact')).click();
  await expect(page.locator(tid('lead-duplicate-notice'))).toContainText(SP.name);
  await page.locator(tid('lead-save')).click();
  await expect(
    page.locator('.ant-form-item-explain-error').filter({ hasText: '先报备者所有' }),
  ).toBeVisible();
  await shot(page, '06-03-lead-duplicate');
  await closeDrawer(page);

  // open the lead, log a call, convert it
  const grid = page.locator(tid('lead-grid'));
  await expect(grid.locator('.ag-row')).toHaveCount(1);
  await grid.locator('.ag-row').first().locator('.ag-cell').nth(1).dblclick();
  await page.locator(tid('lead-followup')).click();
  await page.locator(tid('activity-summary')).fill('电话沟通改造范围，客户下周可接待拜访');
  await page.locator(tid('activity-save')).click();
  await toast(page, '已记录');
  await page.locator(tid('lead-convert')).click();
  const convert = page.locator(tid('convert-form'));
  await expect(convert.locator(tid('convert-legal-name'))).toHaveValue('广州市番禺区恒信自动化设备有限公司');
  await convert.locator(tid('convert-opp-amount')).fill('1800000');
  await shot(page, '06-04-convert');
  await page.locator(tid('convert-submit')).click();
  await toast(page, '已转化');

  // the customer 360 page
  await expect(page.locator(tid('c360-name'))).toHaveText('广州市番禺区恒信自动化设备有限公司');
  customerId = Number(new URL(page.url()).hash.split('id=')[1]);
  expect(customerId).toBeGreaterThan(0);
  const summary = page.locator(tid('c360-summary'));
  await expect(summary).toContainText('1,800,000.00');
  await expect(page.locator(tid('c360-section-activities'))).toContainText('电话沟通改造范围');
  await expect(page.locator(tid('c360-section-contacts'))).toContainText('梁志强');

  // a visit with check-in, on the opportunity, with the next follow-up
  await page.locator(tid('c360-activity')).click();
  const form = page.locator(tid('activity-form'));
  await expect(form.locator('.ant-segmented-item-selected')).toHaveText('拜访');
  await form.locator(tid('activity-contact')).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '梁志强' }).click();
  await form.locator(tid('activity-opportunity')).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '恒信' }).click();
  await form.locator(tid('activity-place')).fill('番禺区石基镇恒信厂区办公楼');
  await form.locator(tid('activity-summary')).fill('拜访梁志强，参观注塑车间，确认改造范围 12 台注塑机');
  await form.locator(tid('activity-promises')).fill('一周内提交初步方案和预算');
  await pickDate(page, `${tid('activity-form')} ${tid('activity-next')}`, inDays(0));
  await shot(page, '06-05-visit-form');
  await page.locator(tid('activity-save')).click();
  await toast(page, `下次跟进 ${inDays(0)}`);
  const history = page.locator(tid('c360-section-activities'));
  await expect(history).toContainText('番禺区石基镇恒信厂区办公楼');
  await expect(history).toContainText('一周内提交初步方案和预算');
  await shot(page, '06-06-customer-360');
  await history.scrollIntoViewIfNeeded();
  await shot(page, '06-06b-contact-history');

  // the opportunity: stage by stage
  await page.locator(tid('c360-section-opportunities')).locator('tbody tr').first().click();
  const drawer = page.locator(tid('opp-drawer'));
  await expect(drawer.locator(tid('opp-checklist'))).toContainText('「商机」阶段需完成');
  await drawer.locator(tid('opp-advance')).click();
  await toast(page, '已推进到「立项」');
  await drawer.locator(tid('opp-advance')).click();
  await expect(
    page.locator('.ant-message-notice-title', { hasText: '还有未完成的事项' }).last(),
  ).toBeVisible();
  await expect(drawer.locator(tid('check-budget'))).not.toHaveClass(/done/);
  await shot(page, '06-07-stage-blocked');

  await drawer.locator(tid('opp-budget')).fill('1900000');
  await pickDate(page, `${tid('opp-drawer')} ${tid('opp-bid-date')}`, inDays(45));
  await drawer.locator(tid('opp-design')).fill('广东省机械设计研究院');
  await drawer.locator(tid('opp-decision')).fill('恒信自动化总经理办公会');
  await drawer.locator(tid('opp-user-unit')).fill('恒信注塑车间');
  await page.locator(tid('opp-save')).click();
  await toast(page, '已保存');
  await drawer.getByRole('tab', { name: /决策链/ }).click();
  await drawer.locator(tid('chain-add')).click();
  await page.locator(tid('chain-contact')).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '梁志强' }).click();
  await page.locator(tid('chain-ok')).click();
  await expect(drawer.locator('.ant-table-row', { hasText: '梁志强' })).toContainText('已拜访');
  await expect(drawer.locator(tid('check-decision_visit'))).toHaveClass(/done/);
  await drawer.locator(tid('opp-advance')).click();
  await toast(page, '已推进到「正式沟通」');

  await drawer.getByRole('tab', { name: '基本信息' }).click();
  await drawer.locator(tid('opp-win-amount')).fill('1780000');
  await page.locator(tid('opp-save')).click();
  await toast(page, '已保存');
  await drawer.locator(tid('opp-advance')).click();
  await toast(page, '已推进到「投标」');

  // 投标: tender and bid documents archived, dates filled; winning needs the award notice
  await pickDate(page, `${tid('opp-drawer')} ${tid('opp-issue-date')}`, inDays(0));
  await pickDate(page, `${tid('opp-drawer')} ${tid('opp-response-date')}`, inDays(20));
  await page.locator(tid('opp-save')).click();
  await toast(page, '已保存');
  await drawer.getByRole('tab', { name: /附件/ }).click();
  await uploadFile(page, '招标文件', '恒信改造项目招标文件.pdf');
  await uploadFile(page, '投标文件', '恒信改造项目投标文件.pdf');
  await expect(drawer.locator(tid('check-tender_doc'))).toHaveClass(/done/);
  await shot(page, '06-08-bid-stage');
  await uploadFile(page, '中标通知书', '中标通知书.pdf');
  await uploadFile(page, '开标文件', '开标一览表.pdf');
  await drawer.locator(tid('opp-win')).click();
  await expect(page.locator(tid('win-amount'))).toHaveValue('1,780,000.00');
  await page.locator(tid('win-ok')).click();
  await toast(page, '已标记中标');
  await expect(page.locator('.ant-drawer-title')).toContainText('中标');
  await drawer.getByRole('tab', { name: '阶段历史' }).click();
  await shot(page, '06-09-opportunity-won');
  await closeDrawer(page);

  // the board
  await navTo(page, '销售过程', '商机');
  const won = page.locator(tid('board-col-won'));
  await expect(won.locator(tid('opp-card'))).toHaveCount(1);
  await expect(won).toContainText('1,780,000.00');
  await shot(page, '06-10-opportunity-board');

  // the agenda: the visit's follow-up is due today
  await navTo(page, '销售过程', '我的日程');
  await expect(page.locator(tid('agenda-today'))).toContainText('广州市番禺区恒信自动化设备有限公司');
  await expect(page.locator(tid('agenda-today'))).toContainText('一周内提交初步方案和预算');
  await shot(page, '06-11-agenda');
});

test('a manager reclaims an idle lead into the public pool; the time rules reclaim another', async ({
  page,
  request,
}) => {
  const idle = await rpc<{ id: number }>(
    request,
    'leads.create',
    { company: '佛山市顺德区宏图五金制品厂', contact_name: '何先生', source: 'phone' },
    sp,
  );
  const forgotten = await rpc<{ id: number }>(
    request,
    'leads.create',
    { company: '中山市小榄镇华艺灯饰有限公司', contact_name: '黄小姐', source: 'web' },
    sp,
  );
  // 15 days pass without a follow-up; the reminder for the second one came two days ago
  backdate('UPDATE crm_leads SET idle_since = ?, assigned_at = ?, filed_at = ? WHERE id = ?', [
    ago(15),
    ago(15),
    ago(15),
    idle.id,
  ]);
  backdate('UPDATE crm_leads SET idle_since = ?, assigned_at = ?, idle_warned_at = ? WHERE id = ?', [
    ago(15),
    ago(15),
    ago(2),
    forgotten.id,
  ]);

  await login(page, mgr.login, mgr.password);
  await page.goto('/#/crm/leads');
  await page.locator(tid('lead-view')).getByText('全部线索').click();
  const grid = page.locator(tid('lead-grid'));
  const row = grid.locator('.ag-row', { hasText: '宏图五金' });
  await expect(row).toContainText('15 天');
  await shot(page, '06-12-team-leads-idle');
  await row.locator('.ag-cell').nth(1).dblclick();
  await page.locator(tid('lead-reclaim')).click();
  await page.locator(tid('reason-text')).fill('15 天未跟进，收回重新分配');
  await page.locator(tid('reason-ok')).click();
  await toast(page, '已收回公海');
  await expect(page.locator('.ant-drawer-title')).toContainText('公海');
  await shot(page, '06-13-lead-reclaimed');
  await closeDrawer(page);

  // the time rules: the reminded lead goes back on its own
  await page.locator(tid('run-rules')).click();
  await toast(page, '已执行');
  await page.locator(tid('lead-view')).getByText('公海').click();
  const pool = page.locator(tid('lead-grid'));
  await expect(pool.locator('.ag-row', { hasText: '宏图五金' })).toContainText('15 天未跟进，收回重新分配');
  await expect(pool.locator('.ag-row', { hasText: '华艺灯饰' })).toContainText('超过 14 天未跟进，系统收回');
  await shot(page, '06-14-pool');

  // the salesperson was told
  const reminders = await rpc<{ rows: { kind: string }[] }>(request, 'crm.reminders', {}, sp);
  expect(reminders.rows.filter((r) => r.kind === 'lead_reclaimed').length).toBe(2);
});

test('after-sales return calls and complaint escalation', async ({ page, request }) => {
  // a service job finished four days ago: the archive check is overdue, the first return call is due
  await rpc(
    request,
    'aftersales.recordServiceJob',
    {
      customer_id: customerId,
      description: '注塑机械手安装调试',
      completed_on: localDate(new Date(Date.now() - 4 * DAY)),
    },
    sp,
  );
  await login(page, sp.login, sp.password);
  await page.goto('/#/crm/agenda');
  const tasks = page.locator(tid('agenda-aftersales'));
  await expect(tasks).toContainText('建档检查');
  await expect(tasks).toContainText('首次回访');
  await tasks.locator('tr', { hasText: '首次回访' }).locator(tid('agenda-task-do')).click();
  await page.locator(tid('task-summary')).fill('梁工反馈机械手运行稳定，节拍提升 15%');
  await page.locator(tid('task-satisfaction')).locator('.ant-rate-star').nth(4).click();
  await page.locator(tid('task-ok')).click();
  await toast(page, '已完成');
  await expect(tasks).not.toContainText('首次回访');
  await shot(page, '06-15-agenda-return-call');

  // a repair request, registered from the customer page
  await page.goto(`/#/crm/customer?id=${customerId}`);
  await page.locator(tid('c360-new-complaint')).click();
  await page.locator(tid('complaint-kind')).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '维修' }).click();
  await page.locator(tid('complaint-description')).fill('3 号机械手夹具偶发掉料，影响生产');
  await page.locator(tid('complaint-save')).click();
  await toast(page, /已登记 TS\d{4}-000001/);
  await expect(page.locator(tid('complaint-drawer'))).toContainText('前未解决将自动升级至主管');
  await shot(page, '06-16-complaint-new');
  await closeDrawer(page);
  await expect(page.locator(tid('c360-section-aftersales'))).toContainText('满意度回访');

  // two days pass unresolved; the manager runs the time rules
  backdate("UPDATE crm_complaints SET opened_at = ?, escalate_at = ? WHERE code LIKE 'TS%'", [
    ago(2.1),
    ago(0.1),
  ]);
  const mpage = await page
    .context()
    .browser()!
    .newPage({ baseURL: new URL(page.url()).origin });
  await login(mpage, mgr.login, mgr.password);
  await mpage.goto('/#/crm/leads');
  await mpage.locator(tid('run-rules')).click();
  await toast(mpage, '已执行');
  await mpage.goto('/#/crm/agenda');
  const complaints = mpage.locator(tid('agenda-complaints'));
  await expect(complaints).toContainText('已升级');
  await complaints.locator('tbody tr').first().click();
  await expect(mpage.locator(tid('complaint-drawer'))).toContainText(`已于`);
  await expect(mpage.locator(tid('complaint-drawer'))).toContainText(MGR.name);
  // the supervisor sends it to the technical department
  await mpage.locator(tid('complaint-tech')).click();
  await mpage.locator(tid('complaint-tech-user')).click();
  await mpage.keyboard.type(TECH.name);
  await mpage.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: TECH.name }).click();
  await mpage.locator(tid('complaint-action-text')).fill('请检测夹具气缸');
  await mpage.locator(tid('complaint-action-ok')).click();
  await toast(mpage, '已转技术部');
  await shot(mpage, '06-17-complaint-escalated');
  await mpage.close();

  // the technician answers; the salesperson closes it with the customer's satisfaction
  await rpc(request, 'complaints.techReturn', { id: 1, result: '气缸密封圈老化，已更换' }, tech);
  await page.goto('/#/crm/service');
  await page.locator(tid('complaint-grid')).locator('.ag-row').first().locator('.ag-cell').nth(2).dblclick();
  await expect(page.locator(tid('complaint-log'))).toContainText('气缸密封圈老化');
  await page.locator(tid('complaint-close')).click();
  await page.locator(tid('complaint-action-text')).fill('更换密封圈，连续运行 48 小时无掉料');
  await page.locator(tid('complaint-satisfaction')).locator('.ant-rate-star').nth(3).click();
  await page.locator(tid('complaint-action-ok')).click();
  await toast(page, '已关闭');
  await shot(page, '06-18-complaint-closed');
});

test('reports, settings and ownership arbitration screens', async ({ page }) => {
  await login(page, mgr.login, mgr.password);
  await page.goto('/#/crm/reports');
  await expect(page.locator(tid('report-table'))).toContainText('产品质量');
  await shot(page, '06-19-reports');
  await page.goto('/#/crm/arbitration');
  await expect(page.getByRole('heading', { name: '客户归属判定' })).toBeVisible();
  await shot(page, '06-20-arbitration');
  await page.goto('/#/crm/service');
  await page.locator(tid('service-view')).getByText('售后回访').click();
  await expect(page.locator(tid('aftersales-grid')).locator('.ag-row').first()).toBeVisible();
  await shot(page, '06-21-aftersales');
  // English is there too
  await page.goto('/#/crm/agenda');
  await page.getByText('English', { exact: true }).click();
  await expect(page.getByRole('heading', { name: 'My agenda' })).toBeVisible();
  await expect(page.locator(tid('agenda-complaints'))).toContainText('Open complaints');
  await shot(page, '06-21b-agenda-english');
  await page.getByText('中文', { exact: true }).click();
  await expect(page.getByRole('heading', { name: '我的日程' })).toBeVisible();
  await page.locator(tid('user-menu')).click();
  await page.getByText('退出登录').click();
  await login(page);
  await page.goto('/#/crm/settings');
  await expect(page.locator(`${tid('stage-table')} input[value="正式沟通"]`)).toHaveCount(1);
  await shot(page, '06-22-crm-settings');
});
