/** Errors the service raises on purpose; everything crosses the boundary as a Result, never thrown. */
export const ERROR_CODES = [
  'UNKNOWN_CHANNEL',
  'INVALID_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'DATA_CORRUPT',
  'IMPORT_FAILED',
  /** A file could not be written to the user's folder (no permission, disk full, missing drive…). */
  'WRITE_FAILED',
  'FORBIDDEN',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly issues: string[];

  constructor(code: ErrorCode, message: string, issues: string[] = []) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.issues = issues;
  }
}

/** Refuses bad input with one clear message, which is also its only issue. */
export function refuseInput(message: string): never {
  throw new AppError('INVALID_INPUT', message, [message]);
}
