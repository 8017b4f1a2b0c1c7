/**
 * The one kind of file the app stores: a JSON document behind conf (browser mode, command line,
 * tests) or electron-store (desktop) — the same file format, written atomically.
 */
export interface JsonFile {
  readonly path: string;
  /** Parsed content; throws on invalid JSON (clearInvalidConfig stays off: never silently cleared). */
  read(): unknown;
  write(value: unknown): void;
}

export type OpenJsonFile = (dir: string, name: string) => JsonFile;
