import type { Handlers } from '../../core/service/handlers';
import { createAppService } from '../../core/service/createAppService';
import type { AppInfo, WorkspaceStorage } from '../../core/service/ports';
import { newId } from '../../core/domain/ids';
import { createFileStorage } from './createFileStorage';
import type { OpenJsonFile } from './jsonFile';
import { openConfFile } from './openConfFile';
import { readRosterGrid } from './readRosterGrid';
import { documentBuilder } from './documentBuilder';
import { createFolderAccess, type FolderAccessOptions } from './createFolderAccess';
import { createAttachmentStore } from './createAttachmentStore';
import { createFileFormats } from './createFileFormats';

export const APP_VERSION = '0.1.0';
export const HELP_PATH = 'huong-dan/README.md';

export interface NodeService {
  handlers: Handlers;
  storage: WorkspaceStorage;
}

/** The service wired to real files: shared by Electron main, the browser-mode host and the tests. */
export function createNodeService(options: {
  dataDir: string;
  mode: AppInfo['mode'];
  openFile?: OpenJsonFile;
  now?: () => Date;
  /** Random UUIDs unless given: the sample builder numbers its ids so a rebuild diffs cleanly. */
  newId?: () => string;
  /** Desktop adds the folder dialog and Electron's shell; tests record "open folder" calls. */
  folders?: FolderAccessOptions;
}): NodeService {
  const now = options.now ?? (() => new Date());
  const storage = createFileStorage({
    dataDir: options.dataDir,
    openFile: options.openFile ?? openConfFile,
    now,
  });
  const handlers = createAppService({
    storage,
    clock: { now },
    newId: options.newId ?? newId,
    info: { version: APP_VERSION, mode: options.mode, helpUrl: HELP_PATH },
    documents: documentBuilder,
    folders: createFolderAccess(options.folders),
    attachments: createAttachmentStore(options.dataDir),
    formats: createFileFormats(),
    roster: {
      readRosterGrid: (base64, fileName) =>
        readRosterGrid(new Uint8Array(Buffer.from(base64, 'base64')), fileName),
    },
  });
  return { handlers, storage };
}
