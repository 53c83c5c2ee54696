import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Core } from '../../electron/core/app';
import { silentLogger } from '../../electron/core/log';
import { startHttpHost, type HttpHost } from '../../electron/host/http';
import { contract, METHOD_NAMES } from '../../shared/contract';

describe('HTTP host', () => {
  let core: Core;
  let host: HttpHost;
  let dir: string;

  const post = (method: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${host.url}/rpc/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xst-http-'));
    const web = path.join(dir, 'web');
    fs.mkdirSync(path.join(web, 'assets'), { recursive: true });
    fs.writeFileSync(path.join(web, 'index.html'), '<!doctype html><title>销售通</title>');
    fs.writeFileSync(path.join(web, 'assets', 'app.js'), 'console.log(1)');
    fs.writeFileSync(path.join(dir, 'secret.txt'), 'secret');
    core = await Core.open({
      dataDir: dir,
      db: { kind: 'sqlite', file: path.join(dir, 'h.db') },
      log: silentLogger,
    });
    host = await startHttpHost({ core, staticDir: web, host: '127.0.0.1', port: 0 });
    await core.call(
      'auth.setup',
      { company_name: '测试', login: 'admin', name: '管理员', password: 'Admin12345' },
      { transport: 'internal' },
    );
  });
  afterAll(async () => {
    await host.close();
    await core.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('binds 127.0.0.1 by default', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('answers 401 to every non-public method without a session', async () => {
    const nonPublic = METHOD_NAMES.filter((m) => contract[m].access !== 'public');
    expect(nonPublic.length).toBeGreaterThan(20);
    for (const m of nonPublic) {
      const r = await post(m, {});
      expect(r.status, m).toBe(401);
      const body = (await r.json()) as { ok: boolean; error: { code: string } };
      expect(body.error.code).toBe('UNAUTHENTICATED');
    }
    const pub = await post('auth.setupStatus', {});
    expect(pub.status).toBe(200);
  });

  it('answers 401 to every non-public method with a forged or ended session, whatever the body', async () => {
    const login = await post(
      'auth.login',
      { login: 'admin', password: 'Admin12345' },
      { 'X-Want-Token': '1' },
    );
    const ended = ((await login.json()) as { data: { token: string } }).data.token;
    await post('auth.logout', {}, { Authorization: `Bearer ${ended}` });
    const nonPublic = METHOD_NAMES.filter((m) => contract[m].access !== 'public');
    const credentials: Record<string, string>[] = [
      { Authorization: 'Bearer forged-token' },
      { Authorization: `Bearer ${ended}` },
      { Cookie: `xst_session=${ended}` },
      { Cookie: 'xst_session=%00%ff; other=1' },
      { Authorization: 'Basic YWRtaW46QWRtaW4xMjM0NQ==' },
    ];
    // Authorization comes before validation: a bad body must not reveal the schema either.
    const bodies = ['{}', '{"__proto__": {"x": 1}}', '[1,2]', '"text"', 'null'];
    for (const m of nonPublic) {
      for (const [i, headers] of credentials.entries()) {
        const r = await post(m, bodies[i % bodies.length]!, headers);
        expect(r.status, `${m} ${JSON.stringify(headers)}`).toBe(401);
        const body = (await r.json()) as { error: { code: string; fields?: unknown } };
        expect(body.error.code).toBe('UNAUTHENTICATED');
        expect(body.error.fields).toBeUndefined();
      }
    }
  });

  it('logs in with an HttpOnly SameSite=Strict cookie; the token is not in the body for browsers', async () => {
    const r = await post('auth.login', { login: 'admin', password: 'Admin12345' });
    expect(r.status).toBe(200);
    const cookie = r.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^xst_session=[^;]+; HttpOnly; SameSite=Strict; Path=\//);
    const body = (await r.json()) as { data: { token: string; me: { login: string } } };
    expect(body.data.token).toBe('');
    expect(body.data.me.login).toBe('admin');
    const sid = cookie.split(';')[0]!;
    const me = await post('auth.me', {}, { Cookie: sid });
    expect(me.status).toBe(200);
    const out = await post('auth.logout', {}, { Cookie: sid });
    expect(out.headers.get('set-cookie')).toContain('Max-Age=0');
    expect((await post('auth.me', {}, { Cookie: sid })).status).toBe(401);
  });

  it('API clients can ask for a bearer token', async () => {
    const r = await post('auth.login', { login: 'admin', password: 'Admin12345' }, { 'X-Want-Token': '1' });
    const body = (await r.json()) as { data: { token: string } };
    expect(body.data.token.length).toBeGreaterThan(20);
    const me = await post('auth.me', {}, { Authorization: `Bearer ${body.data.token}` });
    expect(me.status).toBe(200);
  });

  it('maps errors to HTTP status codes with the error body', async () => {
    const r = await post('auth.login', { login: 'admin' });
    expect(r.status).toBe(400);
    const b = (await r.json()) as { error: { code: string; fields: { path: string[] }[] } };
    expect(b.error.code).toBe('VALIDATION');
    expect(b.error.fields[0]!.path).toEqual(['password']);
    expect((await post('nope.nothing', {})).status).toBe(404);
  });

  it('refuses cross-site posts, non-JSON bodies, bad JSON, oversized bodies and GET on /rpc', async () => {
    const cross = await post(
      'auth.login',
      { login: 'admin', password: 'Admin12345' },
      { Origin: 'http://evil.example' },
    );
    expect(cross.status).toBe(403);
    expect(cross.headers.get('set-cookie')).toBeNull();
    const form = await fetch(`${host.url}/rpc/auth.setupStatus`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'a=1',
    });
    expect(form.status).toBe(415);
    expect((await post('auth.setupStatus', '{not json')).status).toBe(400);
    const big = await post('auth.setupStatus', JSON.stringify({ x: 'a'.repeat(21 * 1024 * 1024) }));
    expect(big.status).toBe(413);
    expect((await fetch(`${host.url}/rpc/auth.me`)).status).toBe(405);
  });

  it('serves the renderer with security headers, falls back to index.html, refuses traversal', async () => {
    const index = await fetch(`${host.url}/`);
    expect(index.status).toBe(200);
    expect(await index.text()).toContain('销售通');
    const csp = index.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(index.headers.get('x-frame-options')).toBe('DENY');
    expect((await fetch(`${host.url}/assets/app.js`)).headers.get('content-type')).toContain('javascript');
    expect(await (await fetch(`${host.url}/customers/123`)).text()).toContain('销售通');
    expect((await fetch(`${host.url}/assets/missing.js`)).status).toBe(404);
    const trav = await fetch(`${host.url}/..%2fsecret.txt`);
    expect(await trav.text()).not.toContain('secret');
  });
});
