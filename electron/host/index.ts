/**
 * Browser mode entry (`npm run web`, and `npm start` where Electron is absent): the loopback host,
 * then an app window in a Chromium when one is found and a display exists.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createNodeService } from '../node/createNodeService';
import { lockDataDir, lockedMessage } from '../node/dataDirLock';
import { resolveDataDir } from '../node/dataDir';
import { findChromium } from '../node/findChromium';
import { FOLDER_OPENER_ENV, openFolderWithSystem } from '../node/openFolderWithSystem';
import { createHost } from './createHost';

const here = path.dirname(fileURLToPath(import.meta.url));

function argValue(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

/**
 * The port browser mode listens on unless told: the same one every time, so the page keeps its
 * origin — and with it the typing journal kept in the browser (renderer/src/state/journalSync.ts)
 * that brings back what was typed before a crash. Taken by another program: any free port.
 */
const DEFAULT_PORT = 47310;

function listenOn(options: Parameters<typeof createHost>[0]) {
  return createHost(options).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || options.port !== DEFAULT_PORT)
      throw error;
    console.log(
      `Cổng ${DEFAULT_PORT} đang được chương trình khác dùng: ứng dụng chạy ở một cổng khác lần này.`,
    );
    return createHost({ ...options, port: 0 });
  });
}

function openWindow(launchUrl: string, dataDir: string): boolean {
  const wantsWindow =
    !process.argv.includes('--no-open') &&
    !process.env.CI &&
    (process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY));
  const chromium = wantsWindow ? findChromium() : undefined;
  if (chromium) {
    const profile = path.join(dataDir, 'browser-profile');
    spawn(
      chromium,
      [
        `--app=${launchUrl}`,
        `--user-data-dir=${profile}`,
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
      {
        stdio: 'ignore',
        detached: true,
      },
    ).unref();
    return true;
  }
  if (wantsWindow) {
    console.log('Không tìm thấy Chromium/Chrome/Edge: hãy mở đường dẫn trên trong trình duyệt.');
  }
  return false;
}

async function main(): Promise<void> {
  const dataDir = argValue('--data-dir') ?? resolveDataDir();
  const lock = await lockDataDir(dataDir, 'browser', {
    onLost: (error) => console.error(`Cảnh báo: mất khoá thư mục dữ liệu (${error.message}).`),
  });
  if (!lock.held) {
    // Started twice: the running one is reopened, nothing here touches the data.
    console.log(lockedMessage(dataDir, lock.owner));
    if (lock.owner?.launchUrl) {
      console.log(`Đang chạy tại: ${lock.owner.launchUrl}`);
      openWindow(lock.owner.launchUrl, dataDir);
    }
    process.exitCode = 3;
    return;
  }
  // The host runs on the user's own machine: "Mở thư mục" starts its file manager
  // (xdg-open / explorer / open), or the program named in HOINGHI_FOLDER_OPENER.
  const opener = process.env[FOLDER_OPENER_ENV];
  const { handlers, storage } = createNodeService({
    dataDir,
    mode: 'browser',
    folders: { openFolder: (dir) => openFolderWithSystem(dir, opener || undefined) },
  });
  if (fs.existsSync(path.join(dataDir, 'hoi-nghi.json'))) storage.createBackup('Khi mở ứng dụng');
  const host = await listenOn({
    handlers,
    staticDir: path.resolve(here, '../renderer'),
    port: Number(argValue('--port') ?? process.env.HOINGHI_PORT ?? DEFAULT_PORT),
  });
  lock.announce(host.launchUrl);
  // One line tests and scripts can read: the address carries this launch's token.
  console.log(`Chế độ trình duyệt: ${host.launchUrl}`);
  console.log(`Dữ liệu: ${dataDir}`);

  const shutdown = async () => {
    // What is pending goes to disk at once; requests still being answered may change more, so
    // they finish and the storage is flushed again before the process ends.
    await storage.flush();
    await host.close();
    await storage.flush();
    await lock.release();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown());
  process.on('SIGTERM', () => void shutdown());

  openWindow(host.launchUrl, dataDir);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
