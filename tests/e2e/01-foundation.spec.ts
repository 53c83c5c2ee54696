import { expect, test } from '@playwright/test';
import { ADMIN, closeDrawer, shot, tid } from './helpers';

/**
 * A first day in the office: the administrator sets the system up, creates a customer, is warned
 * about a similar name, finds the customer in the grid by a filter, edits it and logs out.
 */
test.describe.configure({ mode: 'serial' });

test('setup, customers with duplicate warning, grid filter, edit, logout', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByText('首次使用：创建系统管理员')).toBeVisible();
  await shot(page, '01-setup');

  await page.locator(tid('setup-company')).fill(ADMIN.company);
  await page.locator(tid('setup-login')).fill(ADMIN.login);
  await page.locator(tid('setup-name')).fill(ADMIN.name);
  await page.locator(tid('setup-password')).fill(ADMIN.password);
  await page.locator(tid('setup-confirm')).fill(ADMIN.password);
  await page.locator(tid('setup-submit')).click();

  await expect(page.getByText(`${ADMIN.name}，欢迎使用销售通`)).toBeVisible();
  await expect(page.locator('.app-company')).toHaveText(ADMIN.company);
  await shot(page, '02-dashboard');

  // Customers: empty grid first.
  await page.locator(tid('nav')).getByText('客户', { exact: true }).click();
  await expect(page.getByRole('heading', { name: '客户档案' })).toBeVisible();
  await shot(page, '03-customers-empty');

  // Create a customer with the keyboard: Enter moves on, Ctrl+S saves.
  await page.locator(tid('customer-new')).click();
  const legal = page.locator(tid('f-legal_name'));
  await legal.fill('广州市白云电器设备股份有限公司');
  await page.locator(tid('f-short_name')).fill('白云电器');
  await page.locator(tid('f-credit_code')).fill('91350100M000100Y43');
  await page.locator(tid('f-phone')).fill('020-86060000');
  await shot(page, '04-customer-form');
  await page.keyboard.press('Control+s');
  await expect(page.locator('.ant-message-notice-title', { hasText: '已保存' }).last()).toBeVisible();
  await expect(page.locator('.ant-drawer-title')).toContainText('客户：广州市白云电器设备股份有限公司');
  await closeDrawer(page);

  // Invalid credit code: the dispatcher's field error shows under the field.
  await page.locator(tid('customer-new')).click();
  await page.locator(tid('f-legal_name')).fill('测试校验有限公司');
  await page.locator(tid('f-credit_code')).fill('91350100M000100Y44');
  await page.locator(tid('customer-save')).click();
  await expect(page.locator('.ant-form-item-explain-error').filter({ hasText: '校验位' })).toBeVisible();
  await shot(page, '05-customer-field-error');

  // Similar name: warned on leaving the field, with the existing record and its owner.
  await page.locator(tid('f-credit_code')).fill('');
  await page.locator(tid('f-legal_name')).fill('白云电器设备有限公司');
  await page.locator(tid('f-short_name')).click();
  const notice = page.locator(tid('duplicate-notice'));
  await expect(notice).toContainText('发现名称相似的客户');
  await expect(notice).toContainText('广州市白云电器设备股份有限公司');
  await expect(notice).toContainText(ADMIN.name);
  await shot(page, '06-customer-similar-warning');
  // Saving asks for confirmation; cancel keeps the form open and nothing is saved.
  await page.locator(tid('customer-save')).click();
  await expect(page.locator('.ant-modal-confirm-title')).toHaveText('确认新建？');
  await shot(page, '07-customer-similar-confirm');
  await page.locator('.ant-modal-confirm').getByRole('button', { name: '取消' }).click();
  await closeDrawer(page);

  // A second, different customer so that the filter has something to exclude.
  await page.locator(tid('customer-new')).click();
  await page.locator(tid('f-legal_name')).fill('深圳市南山精密五金制品有限公司');
  await page.locator(tid('customer-save')).click();
  await expect(page.locator('.ant-message-notice-title', { hasText: '已保存' }).last()).toBeVisible();
  await closeDrawer(page);

  const grid = page.locator(tid('customer-grid'));
  await expect(grid.locator('.ag-row')).toHaveCount(2);
  await shot(page, '08-customers-grid');

  // Find the customer with the column filter (runs in SQL).
  const filterInput = grid.locator('.ag-floating-filter-input input').nth(1);
  await filterInput.fill('白云');
  await expect(grid.locator('.ag-row')).toHaveCount(1);
  await expect(grid.locator('.ag-row').first()).toContainText('广州市白云电器设备股份有限公司');
  await shot(page, '09-customers-filtered');

  // Edit: double-click opens the drawer; change the phone; Ctrl+S.
  await grid.locator('.ag-row').first().locator('.ag-cell').nth(1).dblclick();
  await expect(page.locator('.ant-drawer-title')).toContainText('白云电器');
  const phone = page.locator(tid('f-phone'));
  await expect(phone).toHaveValue('020-86060000');
  await phone.fill('020-86061234');
  await page.keyboard.press('Control+s');
  await expect(page.locator('.ant-message-notice-title', { hasText: '已保存' }).last()).toBeVisible();
  await shot(page, '10-customer-edited');
  await closeDrawer(page);
  await expect(grid.locator('.ag-row').first()).toContainText('020-86061234');

  // Log out.
  await page.locator(tid('user-menu')).click();
  await page.getByText('退出登录').click();
  await expect(page.locator(tid('login-submit'))).toBeVisible();
  await shot(page, '11-login');

  // Wrong password is refused with a clear message; the right one logs in.
  await page.locator(tid('login-id')).fill(ADMIN.login);
  await page.locator(tid('login-password')).fill('wrong-password1');
  await page.locator(tid('login-submit')).click();
  await expect(page.locator(tid('login-error'))).toContainText('工号或密码错误');
  await shot(page, '12-login-error');
  await page.locator(tid('login-password')).fill(ADMIN.password);
  await page.locator(tid('login-submit')).click();
  // back where the user was
  await expect(page.getByRole('heading', { name: '客户档案' })).toBeVisible();
  await expect(page.locator(tid('user-menu'))).toContainText(ADMIN.name);
});

test('English switch, other master-data screens', async ({ page }) => {
  await page.goto('/');
  await page.locator(tid('login-id')).fill(ADMIN.login);
  await page.locator(tid('login-password')).fill(ADMIN.password);
  await page.locator(tid('login-submit')).click();
  await expect(page.getByText(`${ADMIN.name}，欢迎使用销售通`)).toBeVisible();

  await page.goto('/#/products');
  await page.locator(tid('product-new')).click();
  await page.locator(tid('p-code')).fill('YJ-2001');
  await page.locator(tid('p-name')).fill('交流接触器 CJX2-2510');
  await page.locator(tid('p-list_price')).fill('128.50');
  await page.locator(tid('product-save')).click();
  await expect(page.locator('.ant-message-notice-title', { hasText: '已保存' }).last()).toBeVisible();
  await closeDrawer(page);
  await expect(page.locator(tid('product-grid')).locator('.ag-row').first()).toContainText('128.50');
  await shot(page, '13-products');

  await page.goto('/#/system/users');
  await expect(page.locator('.ag-row')).toHaveCount(1);
  await shot(page, '14-users');

  await page.goto('/#/system/database');
  await expect(page.locator(tid('db-info'))).toContainText('SQLite');
  await shot(page, '15-database');

  await page.goto('/#/customers');
  await page.getByText('English', { exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Customers' })).toBeVisible();
  await expect(page.locator('.ag-header-cell-text').filter({ hasText: 'Legal full name' })).toBeVisible();
  await shot(page, '16-customers-english');
  await page.getByText('中文', { exact: true }).click();
  await expect(page.getByRole('heading', { name: '客户档案' })).toBeVisible();
});
