import { expect, test, type Page } from '@playwright/test';
import { createUser, login, rpc, shot, tid } from './helpers';

/**
 * The clerk enters an order with the keyboard; it exceeds the customer's credit and goes on hold; finance
 * releases it; the warehouse ships part of it. Screens are photographed along the way.
 */
test.describe.configure({ mode: 'serial' });

interface Setup {
  clerk: { login: string; password: string };
  finance: { login: string; password: string };
  keeper: { login: string; password: string };
  customer: number;
}
let s: Setup;

test.beforeAll(async ({ request }) => {
  const clerk = await createUser(request, 'e2e_clerk', '王小丽', ['salesperson']);
  const finance = await createUser(request, 'e2e_fin', '孙会计', ['finance']);
  const keeper = await createUser(request, 'e2e_wh', '马仓管', ['warehouse']);
  const w = await rpc<{ id: number }>(request, 'warehouses.save', {
    code: 'GZ01',
    name: '广州总仓',
    address: '广州市白云区太和镇物流园',
  });
  const p1 = await rpc<{ id: number }>(request, 'products.create', {
    code: 'CJX2-2510',
    name: '交流接触器 CJX2-2510',
    spec: 'AC220V 25A',
    unit: '个',
    category: '低压电器',
    list_price: 12850,
    floor_price: 11000,
    tax_rate: 1300,
  });
  const p2 = await rpc<{ id: number }>(request, 'products.create', {
    code: 'DZ47-C32',
    name: '小型断路器 DZ47-63 2P',
    spec: 'C32',
    unit: '只',
    category: '低压电器',
    list_price: 3550,
    floor_price: 3000,
    tax_rate: 1300,
  });
  await rpc(request, 'stock.adjust', {
    warehouse_id: w.id,
    kind: 'opening',
    doc_date: '2026-11-01',
    reason: '期初库存',
    lines: [
      { product_id: p1.id, qty: 200_000 },
      { product_id: p2.id, qty: 500_000 },
    ],
  });
  const c = await rpc<{ id: number }>(request, 'customers.create', {
    legal_name: '广州恒通机电设备有限公司',
    short_name: '恒通机电',
    customer_type: 'account',
    credit_limit: 500_000,
    credit_days: 30,
    owner_id: clerk.id,
    address: '广州市番禺区市桥街光明北路 188 号',
    phone: '020-84820000',
  });
  await rpc(request, 'contacts.save', {
    customer_id: c.id,
    name: '陈采购',
    title: '采购经理',
    mobile: '13902200001',
    is_primary: true,
  });
  s = { clerk, finance, keeper, customer: c.id };
});

async function pickInSelect(page: Page, selector: string, text: string) {
  await page.locator(selector).click();
  await page.keyboard.type(text);
  await page.locator('.ant-select-item-option:visible').filter({ hasText: text }).first().waitFor();
  await page.keyboard.press('Enter');
}

test('a clerk enters an order with the keyboard; it goes on credit hold', async ({ page }) => {
  await login(page, s.clerk.login, s.clerk.password);
  await shot(page, '30-clerk-home');
  await page.goto('/#/orders/new');
  await expect(page.locator(tid('order-title'))).toContainText('新建订单');
  await pickInSelect(page, '[data-testid="order-customer"]', '恒通');
  await expect(page.locator(tid('credit-panel'))).toContainText('信用额度');

  // line 1 entirely from the keyboard: code → Enter, qty → Enter, price → Enter, discount → Enter (new line)
  await page.locator('#line-0-0').click();
  await page.keyboard.type('CJX2');
  await page.locator('.ant-select-item-option:visible').filter({ hasText: 'CJX2-2510' }).first().waitFor();
  await page.keyboard.press('Enter');
  await expect(page.locator('#line-0-1')).toBeFocused();
  await page.keyboard.type('30');
  await page.keyboard.press('Enter');
  await expect(page.locator('#line-0-2')).toBeFocused();
  await expect(page.locator('#line-0-2')).toHaveValue('128.50'); // the list price (no earlier price for this customer)
  await page.keyboard.press('Enter');
  await expect(page.locator('#line-0-3')).toBeFocused();
  await page.keyboard.press('Enter');
  // a new line appeared with the focus in its product cell
  await expect(page.locator('#line-1-0')).toBeFocused();
  await page.keyboard.type('DZ47');
  await page.locator('.ant-select-item-option:visible').filter({ hasText: 'DZ47-C32' }).first().waitFor();
  await page.keyboard.press('Enter');
  await expect(page.locator('#line-1-1')).toBeFocused();
  await page.keyboard.type('12');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(page.locator('#line-2-0')).toBeFocused();

  // totals: 30 × 128.50 + 12 × 35.50 = 3,855.00 + 426.00
  await expect(page.locator(tid('order-total'))).toHaveText('¥4,281.00');
  await expect(page.locator(tid('order-totals'))).toContainText('肆仟贰佰捌拾壹元整');
  // the credit panel follows: limit ¥5,000, this order ¥4,281 → 86 %
  await expect(page.locator(tid('credit-outcome'))).toHaveText('预警');
  await shot(page, '31-order-entry');

  // a third line pushes it over the limit
  await page.keyboard.type('CJX2');
  await page.locator('.ant-select-item-option:visible').filter({ hasText: 'CJX2-2510' }).first().waitFor();
  await page.keyboard.press('Enter');
  await expect(page.locator('#line-2-1')).toBeFocused();
  await page.keyboard.type('10');
  await expect(page.locator(tid('order-total'))).toHaveText('¥5,566.00');
  await expect(page.locator(tid('credit-outcome'))).toHaveText('将冻结');
  await expect(page.locator(tid('credit-exposure'))).toHaveText('¥5,566.00');
  await expect(page.locator(tid('credit-available'))).toHaveText('¥-566.00');
  await shot(page, '32-order-credit-panel');

  // Ctrl+Enter saves and submits
  await page.keyboard.press('Control+Enter');
  await expect(page.locator(tid('status-tag')).first()).toHaveText('信用冻结');
  await expect(page.locator(tid('hold-alert'))).toContainText('超出信用额度');
  await expect(page.locator(tid('order-title'))).toContainText('草稿 #');
  await shot(page, '33-order-on-hold');

  await page.goto('/#/orders');
  await expect(page.locator(tid('order-grid')).locator('.ag-row')).toHaveCount(1);
  await shot(page, '34-orders-list');
});

test('finance releases the held order', async ({ page }) => {
  await login(page, s.finance.login, s.finance.password);
  await expect(page.locator(tid('card-held_orders'))).toContainText('1');
  await shot(page, '35-finance-home');
  await page.goto('/#/credit/holds');
  const grid = page.locator(tid('hold-grid'));
  await grid.locator('.ag-row').first().click();
  await expect(page.locator(tid('hold-detail'))).toContainText('广州恒通机电设备有限公司');
  await expect(page.locator(tid('hold-detail'))).toContainText('超出信用额度');
  await page.locator(tid('release-reason')).fill('老客户，承诺 12 月 5 日前回款');
  await shot(page, '36-credit-hold-queue');
  await page.locator(tid('release-ok')).click();
  await expect(page.locator('.ant-message-notice-title').filter({ hasText: '已放行' }).last()).toContainText(
    'SO',
  );
  await expect(grid.locator('.ag-row')).toHaveCount(0);
});

test('the warehouse ships part of the order', async ({ page }) => {
  await login(page, s.keeper.login, s.keeper.password);
  await expect(page.locator(tid('card-to_ship_today'))).toBeVisible();
  await page.goto('/#/shipping');
  const queue = page.locator(tid('ship-queue'));
  await expect(queue.locator('.ag-row')).toHaveCount(3);
  await shot(page, '37-ship-queue');
  // tick the first line (the 30 contactors) and create the shipment
  const row = queue.locator('.ag-row').filter({ hasText: 'CJX2-2510' }).first();
  await row.locator('.ag-checkbox-input').first().check();
  await page.locator(tid('ship-create')).click();
  await page.locator(tid('ship-qty-0')).fill('20');
  await page.locator(tid('ship-carrier')).fill('德邦物流');
  await page.locator(tid('ship-waybill')).fill('DPK2026112000123');
  await shot(page, '38-shipment-form');
  await page.locator(tid('ship-approve')).click();
  await expect(page.locator('.ant-message-notice-title').filter({ hasText: '已发货' }).last()).toContainText(
    'SH',
  );
  await expect(page.locator('.ant-drawer-title')).toContainText('SH');
  await shot(page, '39-shipment-approved');
  await page.locator('.ant-drawer-footer').getByRole('button', { name: '关闭' }).click();
  // what is left of that line: 20 of 30 shipped → 10 remain
  await expect(queue.locator('.ag-row').filter({ hasText: 'CJX2-2510' }).first()).toContainText('10');
  await page.getByRole('tab', { name: '今日已发' }).click();
  await expect(page.locator(tid('shipment-grid')).locator('.ag-row')).toHaveCount(1);
  await shot(page, '40-shipped-today');
  await page.goto('/#/stock');
  await expect(
    page.locator(tid('stock-grid')).locator('.ag-row').filter({ hasText: 'CJX2-2510' }),
  ).toContainText('180');
  await shot(page, '41-stock');
});

test('the clerk sees the order partly delivered with its document trail', async ({ page }) => {
  await login(page, s.clerk.login, s.clerk.password);
  await page.goto('/#/orders');
  await page.locator(tid('order-grid')).locator('.ag-row').first().locator('.ag-cell').nth(2).dblclick();
  await expect(page.locator(tid('order-title'))).toContainText('SO');
  await expect(page.locator(tid('status-tag')).first()).toHaveText('已审核');
  await expect(page.getByText('单据流')).toBeVisible();
  await shot(page, '42-order-detail-trail');
});

test('a quotation below the floor price waits for the manager, then becomes an order', async ({
  page,
  request,
}) => {
  const mgr = await createUser(request, 'e2e_mgr', '李经理', ['sales_manager']);
  await rpc(request, 'users.update', {
    id: (
      await rpc<{ rows: { id: number; version: number }[] }>(request, 'users.list', {
        filters: [{ field: 'login', op: 'equals', value: s.clerk.login }],
      })
    ).rows[0]!.id,
    version: (
      await rpc<{ rows: { id: number; version: number }[] }>(request, 'users.list', {
        filters: [{ field: 'login', op: 'equals', value: s.clerk.login }],
      })
    ).rows[0]!.version,
    login: s.clerk.login,
    name: '王小丽',
    roles: ['salesperson'],
    manager_id: mgr.id,
  });
  await login(page, s.clerk.login, s.clerk.password);
  await page.goto('/#/quotations/new');
  await pickInSelect(page, '[data-testid="quotation-customer"]', '恒通');
  await page.locator('#line-0-0').click();
  await page.keyboard.type('DZ47');
  await page.locator('.ant-select-item-option:visible').filter({ hasText: 'DZ47-C32' }).first().waitFor();
  await page.keyboard.press('Enter');
  await expect(page.locator('#line-0-1')).toBeFocused();
  await page.keyboard.type('100');
  await page.keyboard.press('Enter');
  await page.keyboard.type('28'); // below the ¥30.00 floor
  await page.locator(tid('quotation-submit')).click();
  await expect(page.locator(tid('status-tag')).first()).toHaveText('待审批');
  await expect(page.getByText('低于最低限价')).toBeVisible();
  await shot(page, '43-quotation-awaiting-approval');

  await login(page, mgr.login, mgr.password);
  await expect(page.locator(tid('card-awaiting_approval'))).toContainText('1');
  await page.goto('/#/quotations');
  await page.locator(tid('quotation-grid')).locator('.ag-row').first().locator('.ag-cell').nth(3).dblclick();
  await page.getByRole('button', { name: '审核' }).click();
  await expect(page.locator(tid('status-tag')).first()).toHaveText('已审核');
  await page.locator(tid('quotation-convert')).click();
  await shot(page, '44-quotation-convert');
  await page.locator(tid('convert-ok')).click();
  await expect(page.locator(tid('order-title'))).toContainText('草稿');
  await expect(page.locator(tid('order-total'))).toHaveText('¥2,800.00');
  await shot(page, '45-order-from-quotation');
});
