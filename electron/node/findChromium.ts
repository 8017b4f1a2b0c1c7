import fs from 'node:fs';
import path from 'node:path';

/** A Chromium-family browser to open browser mode in an app window; undefined when none is found. */
export function findChromium(
  env: NodeJS.ProcessEnv = process.env,
  platform = process.platform,
): string | undefined {
  const candidates =
    platform === 'win32'
      ? [
          path.join(
            env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)',
            'Microsoft\\Edge\\Application\\msedge.exe',
          ),
          path.join(
            env.PROGRAMFILES ?? 'C:\\Program Files',
            'Google\\Chrome\\Application\\chrome.exe',
          ),
          path.join(env.LOCALAPPDATA ?? '', 'Google\\Chrome\\Application\\chrome.exe'),
        ]
      : platform === 'darwin'
        ? [
            '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
            '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
          ]
        : [
            '/usr/bin/chromium',
            '/usr/bin/chromium-browser',
            '/usr/bin/google-chrome',
            '/usr/bin/microsoft-edge',
          ];
  return [env.CHROMIUM_PATH, ...candidates].find(
    (p): p is string => Boolean(p) && fs.existsSync(p as string),
  );
}
