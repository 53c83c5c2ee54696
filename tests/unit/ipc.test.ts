import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Core } from '../../electron/core/app';
import { silentLogger } from '../../electron/core/log';
import { registerIpc, type IpcEventLike, type IpcMainLike } from '../../electron/ipc';
import { RPC_CHANNEL, type RpcEnvelope } from '../../shared/contract';

/** A fake ipcMain: records the one handler and lets the test invoke it as a renderer would. */
class FakeIpcMain implements IpcMainLike {
  handlers = new Map<string, (event: IpcEventLike, ...args: unknown[]) => Promise<unknown>>();
  handle(channel: string, listener: (event: IpcEventLike, ...args: unknown[]) => Promise<unknown>) {
    if (this.handlers.has(channel)) throw new Error('second handler');
    this.handlers.set(channel, listener);
  }
  removeHandler(channel: string) {
    this.handlers.delete(channel);
  }
  invoke(event: IpcEventLike, method: string, input: unknown): Promise<RpcEnvelope> {
    return this.handlers.get(RPC_CHANNEL)!(event, method, input) as Promise<RpcEnvelope>;
  }
}

function frameEvent(url: string, senderId = 1, sub = false): IpcEventLike {
  const mainFrame = { url };
  const destroyed: (() => void)[] = [];
  return {
    sender: { id: senderId, mainFrame, once: (_e: 'destroyed', fn: () => void) => destroyed.push(fn) },
    senderFrame: sub ? { url } : mainFrame,
  };
}

describe('IPC adapter', () => {
  let core: Core;
  let dir: string;
  const ipc = new FakeIpcMain();
  const trusted = (u: string) => u.startsWith('app://bundle/');
  let reg: ReturnType<typeof registerIpc>;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xst-ipc-'));
    core = await Core.open({
      dataDir: dir,
      db: { kind: 'sqlite', file: path.join(dir, 'ipc.db') },
      log: silentLogger,
    });
    reg = registerIpc(ipc, () => core, trusted);
  });
  afterAll(async () => {
    await core.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('registers exactly one handler on the rpc channel', () => {
    expect([...ipc.handlers.keys()]).toEqual([RPC_CHANNEL]);
  });

  it('forwards calls from the app frame to the dispatcher', async () => {
    const env = await ipc.invoke(frameEvent('app://bundle/index.html'), 'auth.setupStatus', {});
    expect(env).toEqual({ ok: true, data: { needs_setup: true, company_name: null } });
  });

  it('refuses calls from other origins and from sub-frames, without running them', async () => {
    for (const ev of [
      frameEvent('https://evil.example/'),
      frameEvent('file:///etc/passwd'),
      frameEvent('app://bundle/index.html', 1, true),
      { sender: { id: 9 }, senderFrame: null } as IpcEventLike,
    ]) {
      const env = await ipc.invoke(ev, 'auth.setup', {
        company_name: 'X',
        login: 'evil',
        name: 'x',
        password: 'Abcdefg123',
      });
      expect(env.ok).toBe(false);
      if (!env.ok) expect(env.error.code).toBe('FORBIDDEN');
    }
    const s = await ipc.invoke(frameEvent('app://bundle/index.html'), 'auth.setupStatus', {});
    expect(s.ok && (s.data as { needs_setup: boolean }).needs_setup).toBe(true);
  });

  it('keeps the session token in the main process, per window', async () => {
    const win1 = frameEvent('app://bundle/index.html', 1);
    const win2 = frameEvent('app://bundle/index.html', 2);
    await ipc.invoke(win1, 'auth.setup', {
      company_name: '测试公司',
      login: 'admin',
      name: '管理员',
      password: 'Admin12345',
    });
    const login = await ipc.invoke(win1, 'auth.login', { login: 'admin', password: 'Admin12345' });
    expect(login.ok).toBe(true);
    if (login.ok) expect((login.data as { token: string }).token).toBe(''); // never handed to the renderer
    expect(reg.tokens.get(1)).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    const me = await ipc.invoke(win1, 'auth.me', {});
    expect(me.ok).toBe(true);
    const other = await ipc.invoke(win2, 'auth.me', {});
    expect(other.ok).toBe(false);
    await ipc.invoke(win1, 'auth.logout', {});
    expect(reg.tokens.has(1)).toBe(false);
    const after = await ipc.invoke(win1, 'auth.me', {});
    expect(after.ok).toBe(false);
  });

  it('passes validation errors through as data (no thrown IPC errors)', async () => {
    const env = await ipc.invoke(frameEvent('app://bundle/index.html'), 'auth.login', {
      login: '',
      password: 1,
    });
    expect(env.ok).toBe(false);
    if (!env.ok) expect(env.error.code).toBe('VALIDATION');
  });
});
