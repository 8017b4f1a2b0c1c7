import type { Channel, ChannelInput, ChannelOutput } from '../../../core/contract';
import type { AppErrorPayload, Result } from '../../../core/result';

/** What the Electron preload exposes (electron/preload/index.ts). */
interface DesktopBridge {
  invoke(channel: string, payload: unknown): Promise<unknown>;
}

declare global {
  interface Window {
    api?: DesktopBridge;
  }
}

/** Browser mode: the loopback host; the session cookie authenticates (set when the app was opened). */
async function viaHttp(channel: string, payload: unknown): Promise<unknown> {
  try {
    const response = await fetch(`api/${encodeURIComponent(channel)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(payload ?? {}),
      credentials: 'same-origin',
    });
    return await response.json();
  } catch {
    return {
      ok: false,
      error: {
        code: 'INTERNAL',
        message: 'Không kết nối được tới ứng dụng. Cửa sổ dòng lệnh chạy ứng dụng có còn mở không?',
        issues: [],
      },
    };
  }
}

/** The renderer's only way to the service: the same contract over IPC or over HTTP. */
export async function call<C extends Channel>(
  channel: C,
  input: ChannelInput<C>,
): Promise<Result<ChannelOutput<C>>> {
  const raw = window.api ? await window.api.invoke(channel, input) : await viaHttp(channel, input);
  return raw as Result<ChannelOutput<C>>;
}

/** A failed call as an Error that carries the Vietnamese message and the issue lines. */
export class ApiError extends Error {
  readonly payload: AppErrorPayload;

  constructor(payload: AppErrorPayload) {
    super(payload.message);
    this.payload = payload;
  }
}

/** What to tell the user when a request failed: the service's message, or that it is unreachable. */
export function errorText(error: unknown): string {
  return error instanceof ApiError ? error.payload.message : 'Không kết nối được tới ứng dụng.';
}

/** For places where failure is shown by a surrounding handler: returns data or throws ApiError. */
export async function request<C extends Channel>(
  channel: C,
  input: ChannelInput<C>,
): Promise<ChannelOutput<C>> {
  const result = await call(channel, input);
  if (!result.ok) throw new ApiError(result.error);
  return result.data;
}
