import Conf from 'conf';
import type { JsonFile, OpenJsonFile } from './jsonFile';

/** conf 15 (Node ≥ 20; conf 16 wants Node 22). Opened lazily so a corrupt file fails on read. */
export const openConfFile: OpenJsonFile = (dir, name) => {
  let conf: Conf<Record<string, unknown>> | undefined;
  const open = () =>
    (conf ??= new Conf<Record<string, unknown>>({
      cwd: dir,
      configName: name,
      clearInvalidConfig: false,
      accessPropertiesByDotNotation: false,
      watch: false,
      // Compact JSON: conf's default tab indentation puts every ballot mark of an election on its
      // own line (1.8 MB for 6,000 entries, ~100 ms a save); the data files are not meant for
      // hand-editing, and `*.hoinghi.json` exports stay indented for people who read them.
      serialize: (value) => JSON.stringify(value),
    }));
  const file: JsonFile = {
    path: `${dir}/${name}.json`,
    read: () => {
      const store = open().store;
      return Object.keys(store).length === 0 ? undefined : store;
    },
    write: (value) => {
      open().store = value as Record<string, unknown>;
    },
  };
  return file;
};
