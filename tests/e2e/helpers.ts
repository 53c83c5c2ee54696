import fs from 'node:fs';
import path from 'node:path';
import type { APIRequestContext, Page } from '@playwright/test';

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

/** Logs in through the login screen (the database was set up by 01-foundation.spec.ts). */
export async function login(page: Page, loginId = ADMIN.login, password = ADMIN.password): Promise<void> {
  await page.context().clearCookies(); // whoever was logged in before
  await page.goto('/');
  await page.locator(tid('login-id')).fill(loginId);
  await page.locator(tid('login-password')).fill(password);
  await page.locator(tid('login-submit')).click();
  await page.locator(tid('user-menu')).waitFor();
}

/**
 * Calls the RPC endpoint as an API client (bearer token), for preparing data a test needs without clicking.
 * `as` logs in first; the token is cached per login.
 */
const tokens = new Map<string, string>();
export async function rpc<T = unknown>(
  request: APIRequestContext,
  method: string,
  input: unknown,
  as: { login: string; password: string } = ADMIN,
): Promise<T> {
  let token = tokens.get(as.login);
  if (!token) {
    const r = await request.post('/rpc/auth.login', {
      data: { login: as.login, password: as.password },
      headers: { 'X-Want-Token': '1' },
    });
    const body = (await r.json()) as { ok: boolean; data: { token: string }; error?: { message_en: string } };
    if (!body.ok) throw new Error(`login ${as.login}: ${body.error?.message_en}`);
    token = body.data.token;
    tokens.set(as.login, token);
  }
  const r = await request.post(`/rpc/${method}`, {
    data: input ?? {},
    headers: { Authorization: `Bearer ${token}` },
  });
  const body = (await r.json()) as { ok: boolean; data: T; error?: { message_en: string } };
  if (!body.ok) throw new Error(`${method}: ${body.error?.message_en}`);
  return body.data;
}

/** Creates an employee ready to log in (initial password already changed). Idempotent per login. */
export async function createUser(
  request: APIRequestContext,
  login: string,
  name: string,
  roles: string[],
  extra: { manager_id?: number | null; region_id?: number | null } = {},
): Promise<{ id: number; login: string; password: string }> {
  const password = 'Staff12345';
  const existing = await rpc<{ rows: { id: number; login: string }[] }>(request, 'users.list', {
    filters: [{ field: 'login', op: 'equals', value: login }],
    include_inactive: true,
  });
  if (existing.rows[0]) return { id: existing.rows[0].id, login, password };
  const u = await rpc<{ id: number }>(request, 'users.create', {
    login,
    name,
    roles,
    password: 'Initial123',
    manager_id: extra.manager_id ?? null,
    region_id: extra.region_id ?? null,
  });
  await rpc(
    request,
    'auth.changePassword',
    { old_password: 'Initial123', new_password: password },
    {
      login,
      password: 'Initial123',
    },
  );
  tokens.delete(login);
  return { id: u.id, login, password };
}

/** Forgets the cached API tokens (after something ended every session, such as restoring a backup). */
export function forgetTokens(): void {
  tokens.clear();
}

/**
 * Clicks a menu item in the side navigation. Menu groups start collapsed (only the current page's group is open),
 * so the group title is clicked first when the item is not showing.
 */
export async function navTo(page: Page, group: string | null, item: string): Promise<void> {
  const nav = page.locator(tid('nav'));
  const target = nav.locator('.ant-menu-item').filter({ hasText: new RegExp(`^${item}$`) });
  if (group && !(await target.first().isVisible())) {
    await nav
      .locator('.ant-menu-submenu-title')
      .filter({ hasText: new RegExp(`^${group}$`) })
      .click();
  }
  await target.first().click();
}

/** Where the e2e tests keep the files the app let them download. */
export const FILES = path.resolve('test-results/e2e-files');
fs.mkdirSync(FILES, { recursive: true });

/** Clicks something that downloads a file and saves the file under FILES as `name`; returns its path. */
export async function saved(page: Page, click: () => Promise<unknown>, name: string): Promise<string> {
  const [dl] = await Promise.all([page.waitForEvent('download'), click()]);
  const file = path.join(FILES, name);
  await dl.saveAs(file);
  return file;
}
