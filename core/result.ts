import { z } from 'zod';
import { ERROR_CODES } from './domain/appError';

/** The envelope every channel answers with, on both transports (ARCHITECTURE.md). */
export const AppErrorPayloadSchema = z.object({
  code: z.enum(ERROR_CODES),
  /** A Vietnamese sentence fit to show a user as it is. */
  message: z.string(),
  /** One line per problem, "path: message". */
  issues: z.array(z.string()),
});
export type AppErrorPayload = z.infer<typeof AppErrorPayloadSchema>;

export type Result<T> = { ok: true; data: T } | { ok: false; error: AppErrorPayload };

export function ok<T>(data: T): Result<T> {
  return { ok: true, data };
}

export function fail<T = never>(error: AppErrorPayload): Result<T> {
  return { ok: false, error };
}
