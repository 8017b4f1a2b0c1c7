import path from 'node:path';
import Store from 'electron-store';
import type { OpenJsonFile } from '../node/jsonFile';

/**
 * electron-store 11 (same file format as conf 15), never clearing a file it cannot parse: a corrupt
 * file must reach the user as an error with a restore choice.
 */
export const openElectronStoreFile: OpenJsonFile = (dir, name) => {
  let store: Store<Record<string, unknown>> | undefined;
  const open = () =>
    (store ??= new Store<Record<string, unknown>>({
      cwd: dir,
      name,
      clearInvalidConfig: false,
      accessPropertiesByDotNotation: false,
      watch: false,
    }));
  return {
    path: path.join(dir, `${name}.json`),
    read: () => {
      const value = open().store;
      return Object.keys(value).length === 0 ? undefined : value;
    },
    write: (value) => {
      open().store = value as Record<string, unknown>;
    },
  };
};
