import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { CHANNELS } from '../../core/contract';
import { dispatch } from '../../core/service/dispatch';
import type { Handlers } from '../../core/service/handlers';
import { fail } from '../../core/result';

/** The only user of ipcMain: one handler per contract channel, each sender-checked and validated. */
export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: Handlers,
  isTrustedSender: (event: IpcMainInvokeEvent) => boolean,
): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event, payload: unknown) => {
      // Only our own top frame may call (VS Code's ipcMain wrapper does the same).
      if (!isTrustedSender(event)) {
        return fail({
          code: 'FORBIDDEN',
          message: 'Yêu cầu không đến từ cửa sổ của ứng dụng.',
          issues: [],
        });
      }
      return dispatch(handlers, channel, payload);
    });
  }
}
