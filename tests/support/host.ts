import fs from 'node:fs';
import path from 'node:path';
import { createHost, type RunningHost } from '../../electron/host/createHost';
import type { Handlers } from '../../core/service/handlers';
import { tempDir } from './paths';

/** A host over real handlers, serving a tiny static dir; requests carry the session cookie. */
export async function startTestHost(handlers: Handlers): Promise<
  RunningHost & {
    cookie: string;
    post(channel: string, body: unknown, headers?: Record<string, string>): Promise<Response>;
  }
> {
  const staticDir = tempDir();
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>test</title>');
  const host = await createHost({ handlers, staticDir });
  const cookie = `hn_token=${host.token}`;
  return {
    ...host,
    cookie,
    post: (channel, body, headers = {}) =>
      fetch(`${host.url}/api/${channel}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Cookie: cookie, ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
  };
}
