import { z } from 'zod';
import { contract, isChannel } from '../contract';
import { AppError } from '../domain/appError';
import { fail, ok, type Result } from '../result';
import { formatIssues } from './formatIssues';
import type { Handlers } from './handlers';

// Validation messages in Vietnamese: they reach the user as they are.
z.config(z.locales.vi());

/**
 * The one door into the service, shared by ipcMain and the browser-mode host: unknown channel or
 * malformed payload → a clear Vietnamese error; a thrown error → an envelope, never a crash.
 */
export async function dispatch(
  handlers: Handlers,
  channelName: string,
  payload: unknown,
): Promise<Result<unknown>> {
  if (!isChannel(channelName)) {
    return fail({
      code: 'UNKNOWN_CHANNEL',
      message: `Yêu cầu không được hỗ trợ: "${channelName}".`,
      issues: [],
    });
  }
  const parsed = contract[channelName].input.safeParse(payload ?? {});
  if (!parsed.success) {
    return fail({
      code: 'INVALID_INPUT',
      message: 'Dữ liệu gửi lên không đúng định dạng.',
      issues: formatIssues(parsed.error),
    });
  }
  try {
    const handler = handlers[channelName] as (input: unknown) => unknown;
    return ok(await handler(parsed.data));
  } catch (error) {
    if (error instanceof AppError)
      return fail({ code: error.code, message: error.message, issues: error.issues });
    if (error instanceof z.ZodError) {
      return fail({
        code: 'INVALID_INPUT',
        message: 'Dữ liệu không hợp lệ.',
        issues: formatIssues(error),
      });
    }
    const detail = error instanceof Error ? error.message : String(error);
    return fail({
      code: 'INTERNAL',
      message: `Đã xảy ra lỗi không mong muốn: ${detail}`,
      issues: [],
    });
  }
}
