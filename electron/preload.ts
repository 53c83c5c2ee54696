import { contextBridge, ipcRenderer } from 'electron';
import { PRELOAD_GLOBAL, RPC_CHANNEL } from '../shared/contract/channel';

// Exactly one function crosses the bridge.
contextBridge.exposeInMainWorld(PRELOAD_GLOBAL, {
  call: (method: string, input: unknown): Promise<unknown> => ipcRenderer.invoke(RPC_CHANNEL, method, input),
});
