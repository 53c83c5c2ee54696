import fs from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The preload must expose exactly one function across the bridge: call(method, input). */
describe('preload', () => {
  it('exposes exactly one function through contextBridge', async () => {
    const exposed: Record<string, unknown> = {};
    const invoked: unknown[][] = [];
    const { vi } = await import('vitest');
    vi.doMock('electron', () => ({
      contextBridge: { exposeInMainWorld: (k: string, v: unknown) => (exposed[k] = v) },
      ipcRenderer: { invoke: (...a: unknown[]) => (invoked.push(a), Promise.resolve('ok')) },
    }));
    await import('../../electron/preload');
    expect(Object.keys(exposed)).toEqual(['xst']);
    const api = exposed.xst as Record<string, unknown>;
    expect(Object.keys(api)).toEqual(['call']);
    expect(typeof api.call).toBe('function');
    await (api.call as (m: string, i: unknown) => Promise<unknown>)('auth.me', {});
    expect(invoked).toEqual([['rpc', 'auth.me', {}]]);
    vi.doUnmock('electron');
  });

  it('the window is hardened in main.ts', () => {
    const src = fs.readFileSync('electron/main.ts', 'utf8');
    for (const s of [
      'contextIsolation: true',
      'sandbox: true',
      'nodeIntegration: false',
      'webSecurity: true',
      'setWindowOpenHandler',
      "'will-navigate'",
      'setPermissionRequestHandler',
    ]) {
      expect(src).toContain(s);
    }
  });
});
