/**
 * The main data file (`hoi-nghi.json`): a JSON document behind conf (browser mode, command line,
 * tests) or electron-store (desktop) — the same file format, written atomically. Conference files
 * are written by ConferenceStore (conferenceStore.ts): the same JSON, plus a journal of the changes
 * acknowledged since.
 */
export interface JsonFile {
  readonly path: string;
  /** Parsed content; throws on invalid JSON (clearInvalidConfig stays off: never silently cleared). */
  read(): unknown;
  write(value: unknown): void;
}

export type OpenJsonFile = (dir: string, name: string) => JsonFile;
