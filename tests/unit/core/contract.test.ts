import type { IpcMainInvokeEvent } from 'electron';
import { afterAll, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../../core/contract';
import { registerIpc } from '../../../electron/main/registerIpc';
import type { Result } from '../../../core/result';
import { startService } from '../../support/service';
import { startTestHost } from '../../support/host';

type Listener = (event: IpcMainInvokeEvent, payload: unknown) => Promise<unknown>;

/** Records what registerIpc hands to ipcMain.handle; the real Electron binary is not on our machines. */
function recordingIpcMain() {
  const listeners = new Map<string, Listener>();
  return {
    listeners,
    handle: (channel: string, listener: Listener) => void listeners.set(channel, listener),
  };
}

const app = startService();
const hostPromise = startTestHost(app.handlers);
afterAll(async () => (await hostPromise).close());

// Payloads of the wrong shape every channel must refuse with a clear Vietnamese error.
const MALFORMED: unknown[] = [
  42,
  'text',
  [1, 2],
  { unexpected: true, id: 7, conferenceId: [], grid: 'x' },
];

describe('contract', () => {
  it('has a service handler for every channel', () => {
    expect(Object.keys(app.handlers).sort()).toEqual([...CHANNELS].sort());
  });

  it('registers every channel on ipcMain, each behind the sender check', async () => {
    const ipc = recordingIpcMain();
    registerIpc(ipc, app.handlers, () => false);
    expect([...ipc.listeners.keys()].sort()).toEqual([...CHANNELS].sort());
    const refused = (await ipc.listeners.get('workspace:load')?.(
      {} as IpcMainInvokeEvent,
      {},
    )) as Result<unknown>;
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.error.code).toBe('FORBIDDEN');
  });

  it('answers every channel over IPC and HTTP alike, malformed payloads with INVALID_INPUT and never a crash', async () => {
    const host = await hostPromise;
    const ipc = recordingIpcMain();
    registerIpc(ipc, app.handlers, () => true);
    for (const channel of CHANNELS) {
      for (const payload of MALFORMED) {
        const viaIpc = (await ipc.listeners.get(channel)?.(
          {} as IpcMainInvokeEvent,
          payload,
        )) as Result<unknown>;
        const response = await host.post(channel, JSON.stringify(payload));
        expect(response.status).toBe(200);
        const viaHttp = (await response.json()) as Result<unknown>;
        expect(viaHttp).toEqual(viaIpc);
        expect(viaIpc.ok).toBe(false);
        if (!viaIpc.ok) {
          expect(viaIpc.error.code).toBe('INVALID_INPUT');
          expect(viaIpc.error.message).toMatch(/không đúng định dạng/);
        }
      }
    }
  });

  it('names the field at fault in Vietnamese', async () => {
    const host = await hostPromise;
    const result = (await (
      await host.post('people:save', { fullName: 12 })
    ).json()) as Result<unknown>;
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.issues.join(' ')).toMatch(/^fullName: .*(chuỗi|Đầu vào)/);
  });

  it('refuses an unknown channel with a clear error on both transports', async () => {
    const host = await hostPromise;
    const result = (await (
      await host.post('fs:readFile', { path: '/etc/passwd' })
    ).json()) as Result<unknown>;
    expect(!result.ok && result.error.code).toBe('UNKNOWN_CHANNEL');
  });

  it('answers a body that is not JSON with a clear error', async () => {
    const host = await hostPromise;
    const response = await host.post('workspace:load', '{not json');
    expect(response.status).toBe(400);
    const result = (await response.json()) as Result<unknown>;
    expect(!result.ok && result.error.message).toBe('Dữ liệu gửi lên không phải JSON hợp lệ.');
  });
});
