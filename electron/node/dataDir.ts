import os from 'node:os';
import path from 'node:path';

/** Power users and tests choose where data lives with this variable (or --data-dir). */
export const DATA_DIR_ENV = 'HOINGHI_DATA_DIR';
const FOLDER = 'hoi-nghi-cbccvc';

/**
 * The same folder for the desktop app and browser mode, so a unit can switch between them:
 * %APPDATA% on Windows, Application Support on macOS, $XDG_CONFIG_HOME (~/.config) on Linux.
 */
export function resolveDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform = process.platform,
  home = os.homedir(),
): string {
  const override = env[DATA_DIR_ENV];
  if (override) return path.resolve(override);
  if (platform === 'win32')
    return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), FOLDER);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', FOLDER);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), FOLDER);
}
