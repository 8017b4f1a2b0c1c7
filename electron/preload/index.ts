/**
 * The one narrow surface the page gets: `window.api.invoke(channel, payload)` for contract channels
 * only. Bundled into one file because a sandboxed preload cannot load node_modules.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { isChannel } from '../../core/contract';

contextBridge.exposeInMainWorld('api', {
  invoke(channel: string, payload: unknown): Promise<unknown> {
    if (!isChannel(channel)) {
      return Promise.resolve({
        ok: false,
        error: {
          code: 'UNKNOWN_CHANNEL',
          message: `Yêu cầu không được hỗ trợ: "${channel}".`,
          issues: [],
        },
      });
    }
    return ipcRenderer.invoke(channel, payload);
  },
});
