import type { Core } from './core/app';
import { RPC_CHANNEL, type RpcEnvelope } from '../shared/contract';

/**
 * The one IPC handler: forwards (method, input) to the dispatcher. The session token stays in the main
 * process, keyed by the sending window; the renderer never sees it. Calls from any frame other than
 * the app's own main frame are refused.
 *
 * Typed against a minimal ipcMain shape so that it can be unit-tested with a fake.
 */
export interface IpcEventLike {
  sender: { id: number; mainFrame?: unknown; once?(event: 'destroyed', fn: () => void): void };
  senderFrame: { url: string } | null;
}
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcEventLike, ...args: unknown[]) => Promise<unknown>): void;
  removeHandler(channel: string): void;
}

export function registerIpc(
  ipcMain: IpcMainLike,
  getCore: () => Core,
  isTrustedUrl: (url: string) => boolean,
): { tokens: Map<number, string>; dispose(): void } {
  const tokens = new Map<number, string>();
  ipcMain.handle(RPC_CHANNEL, async (event, method, input): Promise<RpcEnvelope> => {
    const frame = event.senderFrame;
    const isMainFrame = event.sender.mainFrame === undefined || frame === event.sender.mainFrame;
    if (!frame || !isMainFrame || !isTrustedUrl(frame.url)) {
      return {
        ok: false,
        error: {
          code: 'FORBIDDEN',
          message_zh: '拒绝来自未知页面的调用',
          message_en: 'Call from an unknown frame refused',
        },
      };
    }
    const id = event.sender.id;
    if (!tokens.has(id)) event.sender.once?.('destroyed', () => tokens.delete(id));
    const envelope = await getCore().call(String(method), input, {
      token: tokens.get(id) ?? null,
      transport: 'ipc',
    });
    if (method === 'auth.login' && envelope.ok) {
      const data = envelope.data as { token: string };
      tokens.set(id, data.token);
      envelope.data = { ...data, token: '' };
    }
    if (method === 'auth.logout') tokens.delete(id);
    return envelope;
  });
  return { tokens, dispose: () => ipcMain.removeHandler(RPC_CHANNEL) };
}
