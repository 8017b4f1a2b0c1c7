import http from 'node:http';
import net from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { startService } from '../../../support/service';
import { startTestHost } from '../../../support/host';

const hostPromise = startTestHost(startService().handlers);
afterAll(async () => (await hostPromise).close());

/** fetch() will not send a foreign Host header; a raw request can, as a DNS-rebinding page would. */
function rawRequest(
  url: string,
  headers: Record<string, string>,
  method = 'POST',
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, headers }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end(method === 'POST' ? '{}' : undefined);
  });
}

describe('browser-mode host security', () => {
  it('refuses API calls without the per-launch token', async () => {
    const host = await hostPromise;
    const response = await fetch(`${host.url}/api/workspace:load`, { method: 'POST', body: '{}' });
    expect(response.status).toBe(401);
    const body = (await response.json()) as { ok: boolean; error: { code: string } };
    expect(body.error.code).toBe('FORBIDDEN');
  });

  it('refuses a wrong token, in the cookie or in the URL', async () => {
    const host = await hostPromise;
    const cookie = await fetch(`${host.url}/api/workspace:load`, {
      method: 'POST',
      body: '{}',
      headers: { Cookie: 'hn_token=guess' },
    });
    expect(cookie.status).toBe(401);
    const url = await fetch(`${host.url}/?token=guess`, { redirect: 'manual' });
    expect(url.status).toBe(403);
  });

  it('trades the launch token for an HttpOnly SameSite=Strict cookie and drops it from the address', async () => {
    const host = await hostPromise;
    const response = await fetch(host.launchUrl, { redirect: 'manual' });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/');
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toContain(`hn_token=${host.token}`);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
  });

  it('refuses a foreign Host header even with the right token (DNS rebinding)', async () => {
    const host = await hostPromise;
    const { status } = await rawRequest(`${host.url}/api/workspace:load`, {
      Host: 'evil.example:80',
      Cookie: host.cookie,
      'Content-Type': 'application/json',
    });
    expect(status).toBe(403);
  });

  it('refuses a foreign Origin even with the right token (cross-site request)', async () => {
    const host = await hostPromise;
    const response = await host.post('workspace:load', {}, { Origin: 'http://evil.example' });
    expect(response.status).toBe(403);
    const ok = await host.post('workspace:load', {}, { Origin: host.url });
    expect(ok.status).toBe(200);
  });

  it('listens on the loopback address only', async () => {
    const host = await hostPromise;
    expect(new URL(host.url).hostname).toBe('127.0.0.1');
  });

  it('serves pages with a strict Content-Security-Policy and never outside its folder', async () => {
    const host = await hostPromise;
    const page = await fetch(`${host.url}/`, { headers: { Cookie: host.cookie } });
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const traversal = await rawRequest(
      `${host.url}/../../../../etc/passwd`,
      { Cookie: host.cookie, Host: new URL(host.url).host },
      'GET',
    );
    expect(traversal.body).not.toContain('root:');
    const escaped = await fetch(`${host.url}/%2e%2e/%2e%2e/etc/passwd`, {
      headers: { Cookie: host.cookie },
    });
    expect(await escaped.text()).not.toContain('root:');
  });
});

describe('browser-mode host shutdown', () => {
  it('closes although the page keeps polling over a connection that was in use when closing began', async () => {
    const host = await startTestHost(startService().handlers);
    const { port, host: hostHeader } = new URL(host.url);
    const socket = net.connect(Number(port), '127.0.0.1');
    let answers = 0;
    socket.on(
      'data',
      (chunk: Buffer) => (answers += chunk.toString().split('HTTP/1.1 ').length - 1),
    );
    const ended = new Promise<void>((resolve) => socket.on('close', () => resolve()));
    const head = `POST /api/data:status HTTP/1.1\r\nHost: ${hostHeader}\r\nCookie: ${host.cookie}\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n`;
    // The request is in flight (its body not sent yet) when closing begins.
    socket.write(head);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const closed = host.close();
    socket.write('{}');
    // The save-status poll goes on over the same keep-alive connection.
    const poll = setInterval(() => socket.writable && socket.write(`${head}{}`), 100);
    try {
      await closed;
      await ended;
    } finally {
      clearInterval(poll);
      socket.destroy();
    }
    expect(answers).toBeGreaterThanOrEqual(1);
  });
});
