import { expect, test } from '@playwright/test';
import { forgetTokens, login, rpc, shot, tid } from './helpers';

/**
 * The administrator backs the database up, the office carries on, and the backup is restored from the
 * settings screen: what was entered after the backup is gone, the data before the restore is kept as a
 * "before restore" backup, and everyone logs in again.
 */
test.describe.configure({ mode: 'serial' });

test('backup, restore from the settings screen, log in again', async ({ page, request }) => {
  await rpc(request, 'customers.create', { legal_name: '佛山市备份演示机电有限公司', confirm_similar: true });
  await login(page);
  await page.goto('/#/system/backups');
  await expect(page.getByRole('heading', { name: '备份与恢复' })).toBeVisible();
  await expect(page.locator(tid('backup-folder'))).toContainText('backups');
  await shot(page, '08-backups');

  // Back up now, with a note.
  await page.locator(tid('backup-create')).click();
  await page.locator(tid('backup-note')).fill('月末结账前');
  await shot(page, '08-backup-create');
  await page.locator(tid('backup-create-ok')).click();
  await expect(page.locator('.ant-message-notice-title', { hasText: '备份完成' })).toBeVisible();
  const table = page.locator(tid('backup-table'));
  const row = table.locator('tr', { hasText: '月末结账前' });
  await expect(row).toContainText('手动');
  await expect(row).toContainText('客户');
  await shot(page, '08-backup-done');

  // The office carries on.
  await rpc(request, 'customers.create', { legal_name: '恢复后应消失的贸易有限公司', confirm_similar: true });

  // Restore: the button stays disabled until the administrator confirms.
  await row.getByRole('button', { name: '恢复' }).click();
  await expect(page.locator('.ant-modal-title', { hasText: '恢复备份？' })).toBeVisible();
  await expect(page.locator(tid('backup-restore-ok'))).toBeDisabled();
  await page.locator(tid('backup-restore-understood')).check();
  await shot(page, '08-restore-confirm');
  await page.locator(tid('backup-restore-ok')).click();
  await expect(page.locator('.ant-modal-confirm-title', { hasText: '恢复完成' })).toBeVisible({
    timeout: 30_000,
  });
  await shot(page, '08-restore-done');
  await page.getByRole('button', { name: '重新登录' }).click();
  await expect(page.locator(tid('login-submit'))).toBeVisible();
  forgetTokens();

  // Log in again: the later customer is gone, the earlier one is there.
  await login(page);
  const later = await rpc<{ total: number }>(request, 'customers.list', { q: '恢复后应消失' });
  expect(later.total).toBe(0);
  const earlier = await rpc<{ total: number }>(request, 'customers.list', { q: '备份演示机电' });
  expect(earlier.total).toBe(1);

  await page.goto('/#/system/backups');
  await expect(table.locator('tr', { hasText: '恢复前' })).toBeVisible();
  await shot(page, '08-backups-after-restore');

  // The audit log names who restored what.
  await page.goto('/#/system/audit');
  await expect(page.locator('.ag-row', { hasText: '恢复备份' })).toBeVisible();
  await shot(page, '08-audit-restore');
});

test('a folder that is not a full path is refused under the field', async ({ page }) => {
  await login(page);
  await page.goto('/#/system/backups');
  await page.locator(tid('backup-dir')).fill('相对路径/备份');
  await page.locator(tid('backup-save')).click();
  await expect(page.locator('.ant-form-item-explain-error')).toContainText('完整路径');
  await shot(page, '08-backup-dir-error');
  await page.locator(tid('backup-dir')).fill('');
  await page.locator(tid('backup-save')).click();
  await expect(page.locator('.ant-message-notice-title', { hasText: '已保存' })).toBeVisible();
});
