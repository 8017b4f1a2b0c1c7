import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * The user's "Documents" folder, for browser mode (Electron asks the system: app.getPath).
 * On Linux it follows xdg-user-dirs, which names it in the desktop's language — "Tài liệu" on a
 * Vietnamese desktop — through XDG_DOCUMENTS_DIR in ~/.config/user-dirs.dirs.
 */
export function userDocumentsDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home = os.homedir(),
): string {
  if (platform === 'win32') return path.win32.join(env.USERPROFILE ?? home, 'Documents');
  if (platform === 'darwin') return path.posix.join(home, 'Documents');
  const fallback = path.posix.join(home, 'Documents');
  const configured = env.XDG_DOCUMENTS_DIR ?? readXdgDocumentsDir(env, home);
  if (!configured) return fallback;
  const expanded = configured.replace(/^\$HOME(?=\/|$)/, home);
  // xdg-user-dirs points a disabled folder at $HOME itself; a relative value is not valid there.
  if (!path.posix.isAbsolute(expanded) || path.posix.resolve(expanded) === path.posix.resolve(home))
    return fallback;
  return path.posix.resolve(expanded);
}

function readXdgDocumentsDir(env: NodeJS.ProcessEnv, home: string): string | undefined {
  const config = env.XDG_CONFIG_HOME ?? path.posix.join(home, '.config');
  let text: string;
  try {
    text = fs.readFileSync(path.posix.join(config, 'user-dirs.dirs'), 'utf8');
  } catch {
    return undefined;
  }
  const match = /^\s*XDG_DOCUMENTS_DIR\s*=\s*"([^"]*)"/m.exec(text);
  return match?.[1];
}
