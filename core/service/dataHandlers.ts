import type { Handlers } from './handlers';
import type { ServiceContext } from './serviceContext';

type DataChannels =
  'backup:list' | 'backup:create' | 'backup:restore' | 'data:status' | 'data:flush';

/** Snapshots, restore, and the save state the UI shows. */
export function dataHandlers(ctx: ServiceContext): Pick<Handlers, DataChannels> {
  const { storage, state } = ctx;
  return {
    'backup:list': () => storage.listBackups(),
    'backup:create': () => storage.createBackup('Sao lưu thủ công'),
    'backup:restore': async ({ id }) => {
      await storage.flush();
      storage.restoreBackup(id);
      state.reset();
      return { restored: true as const };
    },
    'data:status': () => storage.status(),
    'data:flush': () => storage.flush(),
  };
}
