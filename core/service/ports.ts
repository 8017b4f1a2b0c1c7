import type { Backup, SaveStatus } from '../contract';
import type { ConferenceDoc, MainDoc } from '../domain/workspace';
import type { DocumentContext, DocumentId } from '../documents/documentContext';

/**
 * What the service needs from the outside world. The Node adapters (electron/node) implement it
 * over conf/electron-store files; tests use the same adapters on temp dirs.
 */
export interface WorkspaceStorage {
  readonly dataDir: string;
  /** The raw stored main document; undefined when none exists yet. Throws when unreadable. */
  readMain(): unknown;
  /** Write-behind: returns at once, the file is written within a second and on flush. */
  writeMain(doc: MainDoc): void;
  listConferenceIds(): string[];
  readConference(id: string): unknown;
  writeConference(id: string, doc: ConferenceDoc): void;
  removeConference(id: string): void;
  flush(): Promise<SaveStatus>;
  status(): SaveStatus;
  listBackups(): Backup[];
  /** A snapshot of every data file, taken before anything risky (import, restore, migration). */
  createBackup(reason: string): Backup;
  restoreBackup(id: string): void;
}

export interface RosterReader {
  readRosterGrid(base64: string, fileName: string): Promise<string[][]>;
}

/** Builds and packs official documents (templates + docx live outside core). */
export interface DocumentBuilder {
  available(): { id: DocumentId; name: string }[];
  build(ctx: DocumentContext, ids: readonly DocumentId[]): Promise<BuiltDocument[]>;
  /** All files in one .zip, base64-encoded. */
  zip(files: readonly BuiltDocument[]): Promise<string>;
}

/** A packed file, base64-encoded: the form both transports (IPC and HTTP JSON) carry. */
export interface BuiltDocument {
  id: DocumentId;
  fileName: string;
  base64: string;
}

export interface Clock {
  now(): Date;
}

export interface AppInfo {
  version: string;
  mode: 'desktop' | 'browser';
  helpUrl: string;
}

export interface ServicePorts {
  storage: WorkspaceStorage;
  roster: RosterReader;
  documents: DocumentBuilder;
  clock: Clock;
  info: AppInfo;
  newId: () => string;
}
