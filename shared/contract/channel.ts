/** The Electron IPC channel and the HTTP path prefix of the one RPC entry point. */
export const RPC_CHANNEL = 'rpc';
export const RPC_HTTP_PREFIX = '/rpc/';
/** The name under which the preload exposes its one function: window.xst.call(method, input). */
export const PRELOAD_GLOBAL = 'xst';
