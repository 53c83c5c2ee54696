import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';

export const SHOTS = path.resolve('test-results/screens');
fs.mkdirSync(SHOTS, { recursive: true });

export async function shot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(250); // let antd animations settle
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: false });
}

export const ADMIN = {
  login: 'admin',
  password: 'Admin12345',
  name: '陈建国',
  company: '广州华南机电贸易有限公司',
};

/** Fields are found by their data-testid; antd puts it on the input element. */
export const tid = (id: string) => `[data-testid="${id}"]`;

export async function closeDrawer(page: Page): Promise<void> {
  await page.locator('.ant-drawer-footer').getByRole('button', { name: '关闭' }).click();
  await page.locator('.ant-drawer-content').waitFor({ state: 'detached' });
}
