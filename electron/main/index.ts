/** Electron wiring only: window, protocol, IPC, lifecycle. The work is done by the shared service. */
import { app, BrowserWindow, dialog, ipcMain, net, protocol, session, shell } from 'electron';
import type { OpenDialogOptions } from 'electron';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { AppError } from '../../core/domain/appError';
import { createNodeService } from '../node/createNodeService';
import { resolveDataDir } from '../node/dataDir';
import { lockDataDir, lockedMessage } from '../node/dataDirLock';
import { openElectronStoreFile } from './openElectronStoreFile';
import { registerIpc } from './registerIpc';

const rendererDir = path.join(__dirname, '../renderer');
/** The page is served from our own privileged scheme, not file://, so it can read nothing else on disk. */
const APP_ORIGIN = 'app://bundle';
const dataDir = resolveDataDir();
app.setPath('userData', dataDir);

protocol.registerSchemesAsPrivileged([
  { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

let window: BrowserWindow | undefined;

// Started a second time: the first instance comes to the front and this one ends (the data folder
// lock below also keeps browser mode off the same folder).
if (!app.requestSingleInstanceLock()) app.quit();
app.on('second-instance', () => {
  if (window?.isMinimized()) window.restore();
  window?.focus();
});

function createWindow(): void {
  window = new BrowserWindow({
    width: 1360,
    height: 860,
    minWidth: 1024,
    minHeight: 640,
    title: 'Hội nghị CBCCVC',
    show: false,
    webPreferences: {
      preload: path.join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
    },
  });
  window.once('ready-to-show', () => window?.show());
  // No navigation away from our own page, no new windows.
  window.webContents.on('will-navigate', (event, url) => {
    if (!url.startsWith(`${APP_ORIGIN}/`)) event.preventDefault();
  });
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  void window.loadURL(`${APP_ORIGIN}/index.html`);
}

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-attach-webview', (event) => event.preventDefault());
});

void app.whenReady().then(async () => {
  const lock = await lockDataDir(dataDir, 'desktop', {
    onLost: (error) => console.error(`Lost the data folder lock: ${error.message}`),
  });
  if (!lock.held) {
    dialog.showErrorBox('Hội nghị CBCCVC', lockedMessage(dataDir, lock.owner));
    app.quit();
    return;
  }
  app.on('will-quit', () => void lock.release());
  protocol.handle('app', (request) => {
    const file = path.normalize(
      path.join(rendererDir, decodeURIComponent(new URL(request.url).pathname)),
    );
    if (!file.startsWith(rendererDir + path.sep)) return new Response('', { status: 403 });
    return net.fetch(pathToFileURL(file).href);
  });
  // Same policy as renderer/index.html's meta tag and the browser-mode host: our own files only.
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [
          "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
        ],
      },
    });
  });
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) =>
    callback(false),
  );
  session.defaultSession.setPermissionCheckHandler(() => false);

  const { handlers, storage } = createNodeService({
    dataDir,
    mode: 'desktop',
    openFile: openElectronStoreFile,
    folders: {
      documentsDir: app.getPath('documents'),
      // "Xuất ra thư mục…": the system's own folder dialog, attached to our window.
      pickFolder: async (startAt) => {
        const options: OpenDialogOptions = {
          title: 'Chọn thư mục để xuất văn bản',
          buttonLabel: 'Chọn thư mục này',
          properties: ['openDirectory', 'createDirectory', 'promptToCreate'],
          ...(startAt ? { defaultPath: startAt } : {}),
        };
        const picked = await (window
          ? dialog.showOpenDialog(window, options)
          : dialog.showOpenDialog(options));
        return picked.canceled ? undefined : picked.filePaths[0];
      },
      // Only folders the service has written to reach here (core/service/exportHandlers.ts).
      openFolder: async (dir) => {
        const problem = await shell.openPath(dir);
        if (problem) {
          throw new AppError(
            'INTERNAL',
            `Không mở được thư mục "${dir}". Hãy mở nó bằng trình quản lý tệp.`,
            [problem],
          );
        }
      },
    },
  });
  storage.createBackup('Khi mở ứng dụng');
  registerIpc(
    ipcMain,
    handlers,
    (event) =>
      event.senderFrame?.url.startsWith(`${APP_ORIGIN}/`) === true &&
      event.senderFrame === window?.webContents.mainFrame,
  );
  app.on('before-quit', (event) => {
    if (storage.status().pendingWrites === 0) return;
    event.preventDefault();
    void storage.flush().then(() => app.quit());
  });
  createWindow();
});

app.on('window-all-closed', () => app.quit());
