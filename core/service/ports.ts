import type { Backup, SaveStatus } from '../contract';
import type { ConferenceDoc, MainDoc } from '../domain/workspace';
import type { DocumentContext, DocumentId, DocumentScope } from '../documents/documentContext';
import type { CalendarEvent } from '../domain/followUpCalendar';
import type { SheetTable } from '../domain/followUpSheet';

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
  /** Write-behind like writeMain, unless `durable` (see WriteOptions). */
  writeConference(id: string, doc: ConferenceDoc, options?: WriteOptions): void;
  removeConference(id: string): void;
  flush(): Promise<SaveStatus>;
  status(): SaveStatus;
  listBackups(): Backup[];
  /** A snapshot of every data file, taken before anything risky (import, restore, migration). */
  createBackup(reason: string): Backup;
  restoreBackup(id: string): void;
}

export interface WriteOptions {
  /**
   * The change must survive a crash or a closed window before the caller answers (the secretary's
   * typing, ballot entry): it is on the disk when the call returns, not only queued — a couple of
   * milliseconds, whatever the conference's size. Throws a Vietnamese AppError (WRITE_FAILED) when it
   * cannot be made durable; the change is then not kept.
   */
  durable?: boolean;
}

export interface RosterReader {
  readRosterGrid(base64: string, fileName: string): Promise<string[][]>;
}

/** Builds and packs official documents (templates + docx live outside core). */
export interface DocumentBuilder {
  /** Every document of this version; with a context, those that apply to its conference. */
  available(ctx?: DocumentScope): { id: DocumentId; name: string }[];
  build(ctx: DocumentContext, ids: readonly DocumentId[]): Promise<BuiltDocument[]>;
  /** All files in one .zip, base64-encoded. */
  zip(files: readonly BuiltDocument[]): Promise<string>;
  /** The name `build` gives the document's file, known before building (to ask about clashes). */
  fileName(id: DocumentId, year: number): string | undefined;
}

/** A packed file, base64-encoded: the form both transports (IPC and HTTP JSON) carry. */
export interface BuiltDocument {
  id: DocumentId;
  fileName: string;
  base64: string;
}

/** What to do when a file of the same name is already in the folder: never decided silently. */
export type OnExisting = 'refuse' | 'overwrite' | 'keepBoth';

/**
 * The user's folders, for "Xuất ra thư mục": written by the Node side in both modes. Desktop adds the
 * native folder dialog and opens folders with Electron's shell; browser mode (the host runs on the
 * user's own machine) has no dialog — the path is typed — and opens folders with the OS opener.
 */
export interface FolderAccess {
  /** The user's Documents folder joined with these names (e.g. "Hội nghị CBCCVC", "2026"). */
  defaultFolder(subfolders: readonly string[]): string;
  /** The native "choose a folder" dialog; undefined where there is none (browser mode). */
  pickFolder?: (startAt: string) => Promise<string | undefined>;
  /**
   * The folder as an absolute, normalised path. Throws a Vietnamese AppError for a relative path or
   * one with NUL: a path is only ever taken as the user wrote it, never resolved against a cwd.
   */
  resolveFolder(dir: string): string;
  /** Which of these file names are already taken in the folder (none when it does not exist yet). */
  existingNames(dir: string, names: readonly string[]): Promise<string[]>;
  /**
   * Writes the whole file or nothing (a temporary name in the folder, then a rename), creating the
   * folder when missing. Returns the name written: `name`, or "name (2).docx" with keepBoth.
   */
  writeFile(dir: string, name: string, base64: string, onExisting: OnExisting): Promise<string>;
  /** Shows the folder in the system's file manager. */
  openFolder(dir: string): Promise<void>;
}

/**
 * Evidence files of the follow-up (issue 7), kept in the data folder beside the conference's data.
 * The store picks a safe name for each file and never reads or writes outside its own folder.
 */
export interface AttachmentStore {
  /** Keeps the file; refuses one over MAX_ATTACHMENT_BYTES (followUp.ts) with a Vietnamese error. */
  save(
    conferenceId: string,
    fileName: string,
    base64: string,
  ): Promise<{ storedName: string; sizeBytes: number }>;
  /** The file's bytes, base64; NOT_FOUND in Vietnamese when it is gone. */
  read(conferenceId: string, storedName: string): Promise<string>;
  /** Deletes the file; nothing happens when it is already gone. */
  remove(conferenceId: string, storedName: string): Promise<void>;
}

/** Files written with libraries that need Node (exceljs, ics): laid out at the edge. */
export interface FileFormats {
  /** An .xlsx of one table, base64. */
  workbook(table: SheetTable): Promise<string>;
  /** An iCalendar (.ics) text of all-day events. */
  calendar(events: readonly CalendarEvent[], calendarName: string): Promise<string>;
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
  folders: FolderAccess;
  attachments: AttachmentStore;
  formats: FileFormats;
  clock: Clock;
  info: AppInfo;
  newId: () => string;
}
