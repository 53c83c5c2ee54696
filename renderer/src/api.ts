/**
 * The typed client. Method names, inputs and outputs come from shared/contract (types only: nothing
 * here is hand-written per method). Transport: the preload's one function when running in Electron,
 * HTTP `POST /rpc/<method>` with the session cookie otherwise.
 */
import type {
  Contract,
  InputOf,
  MethodName,
  OutputOf,
  RpcEnvelope,
  RpcErrorBody,
} from '../../shared/contract';
import { PRELOAD_GLOBAL, RPC_HTTP_PREFIX } from '../../shared/contract/channel';

export class ApiError extends Error {
  constructor(readonly body: RpcErrorBody) {
    super(body.message_en);
  }
  get code() {
    return this.body.code;
  }
}

type Transport = (method: string, input: unknown) => Promise<RpcEnvelope>;

interface Bridge {
  call(method: string, input: unknown): Promise<unknown>;
}

function httpTransport(): Transport {
  return async (method, input) => {
    let res: Response;
    try {
      res = await fetch(`${RPC_HTTP_PREFIX}${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(input ?? {}),
        credentials: 'same-origin',
      });
    } catch {
      return {
        ok: false,
        error: {
          code: 'UNAVAILABLE',
          message_zh: '无法连接服务器，请检查网络',
          message_en: 'Cannot reach the server',
        },
      };
    }
    try {
      return (await res.json()) as RpcEnvelope;
    } catch {
      return {
        ok: false,
        error: {
          code: 'INTERNAL',
          message_zh: `服务器返回异常（${res.status}）`,
          message_en: `Bad server response (${res.status})`,
        },
      };
    }
  };
}

function pickTransport(): Transport {
  const bridge = (globalThis as unknown as Record<string, Bridge | undefined>)[PRELOAD_GLOBAL];
  if (bridge && typeof bridge.call === 'function') {
    return async (method, input) => (await bridge.call(method, input)) as RpcEnvelope;
  }
  return httpTransport();
}

const transport = pickTransport();
export const transportKind: 'ipc' | 'http' = (globalThis as unknown as Record<string, unknown>)[
  PRELOAD_GLOBAL
]
  ? 'ipc'
  : 'http';

type Listener = (error: ApiError, method: string) => void;
const listeners = new Set<Listener>();
/** Observe failed calls (the session layer uses it to return to the login screen on UNAUTHENTICATED). */
export function onApiError(fn: Listener): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

export async function call<M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>> {
  const env = await transport(method, input);
  if (!env.ok) {
    const err = new ApiError(env.error);
    for (const l of listeners) l(err, method);
    throw err;
  }
  return env.data as OutputOf<M>;
}

/* ------------------------------------------------------------------ api.customers.create(...) */

type Namespaces = MethodName extends `${infer NS}.${string}` ? NS : never;
type Api = {
  [NS in Namespaces]: {
    [M in MethodName as M extends `${NS}.${infer Fn}` ? Fn : never]: (
      input: InputOf<M>,
    ) => Promise<OutputOf<M>>;
  };
};

export const api = new Proxy({} as Api, {
  get(_t, ns: string) {
    return new Proxy(
      {},
      {
        get(_t2, fn: string) {
          return (input: unknown) => call(`${ns}.${fn}` as MethodName, input as never);
        },
      },
    );
  },
});

export type { Contract };
