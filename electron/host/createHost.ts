import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { dispatch } from '../../core/service/dispatch';
import type { Handlers } from '../../core/service/handlers';
import { fail } from '../../core/result';

export const TOKEN_COOKIE = 'hn_token';
const MAX_BODY_BYTES = 50 * 1024 * 1024;

/** Same policy as the desktop window: nothing but our own files, no remote content. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // Ant Design writes its CSS-in-JS into <style> elements at run time.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export interface HostOptions {
  handlers: Handlers;
  staticDir: string;
  port?: number;
  token?: string;
}

export interface RunningHost {
  url: string;
  /** The address to open: carries the per-launch token once, then the cookie takes over. */
  launchUrl: string;
  token: string;
  close(): Promise<void>;
}

/**
 * Browser mode: a loopback-only HTTP host over the same service and validation as ipcMain. A random
 * per-launch token (handed over in the URL, then kept in an HttpOnly SameSite=Strict cookie) and
 * Host/Origin checks keep other local programs and web pages out — the way Jupyter protects its server.
 */
export async function createHost(options: HostOptions): Promise<RunningHost> {
  const token = options.token ?? crypto.randomBytes(24).toString('base64url');
  let origin = '';
  const allowedHosts = new Set<string>();
  let closing = false;

  const server = http.createServer((req, res) => {
    // Once closing, each answer ends its connection: server.close() waits for connections in use,
    // and the page's save-status poll (every second) would keep one in use for ever.
    if (closing) res.setHeader('Connection', 'close');
    void handle(req, res).catch((error: unknown) => {
      send(
        res,
        500,
        'text/plain; charset=utf-8',
        `Lỗi máy chủ: ${error instanceof Error ? error.message : String(error)}`,
      );
    });
  });

  const handle = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    // DNS-rebinding and cross-site requests: only our own loopback host name, only our own origin.
    if (!allowedHosts.has(req.headers.host ?? ''))
      return send(res, 403, 'text/plain; charset=utf-8', 'Host không được phép.');
    const requestOrigin = req.headers.origin;
    if (requestOrigin !== undefined && !allowedHosts.has(requestOrigin.replace(/^http:\/\//, ''))) {
      return send(res, 403, 'text/plain; charset=utf-8', 'Nguồn gọi không được phép.');
    }
    const url = new URL(req.url ?? '/', origin);
    const cookieToken = parseCookies(req.headers.cookie)[TOKEN_COOKIE];
    const queryToken = url.searchParams.get('token');

    if (req.method === 'GET' && queryToken !== null) {
      if (!safeEqual(queryToken, token))
        return send(res, 403, 'text/html; charset=utf-8', forbiddenPage());
      res.writeHead(303, {
        'Set-Cookie': `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`,
        Location: url.pathname,
        'Cache-Control': 'no-store',
      });
      return res.end();
    }
    if (cookieToken === undefined || !safeEqual(cookieToken, token)) {
      if (url.pathname.startsWith('/api/')) {
        return sendJson(
          res,
          401,
          fail({
            code: 'FORBIDDEN',
            message:
              'Phiên làm việc không hợp lệ: hãy mở lại ứng dụng bằng đường dẫn được in ra khi khởi động.',
            issues: [],
          }),
        );
      }
      return send(res, 403, 'text/html; charset=utf-8', forbiddenPage());
    }

    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST')
        return send(res, 405, 'text/plain; charset=utf-8', 'Chỉ nhận POST.');
      const channel = decodeURIComponent(url.pathname.slice('/api/'.length));
      let payload: unknown;
      try {
        payload = JSON.parse((await readBody(req)) || '{}');
      } catch (error) {
        const message =
          error instanceof BodyTooLarge
            ? 'Dữ liệu gửi lên quá lớn.'
            : 'Dữ liệu gửi lên không phải JSON hợp lệ.';
        return sendJson(res, 400, fail({ code: 'INVALID_INPUT', message, issues: [] }));
      }
      return sendJson(res, 200, await dispatch(options.handlers, channel, payload));
    }
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return send(res, 405, 'text/plain; charset=utf-8', 'Không hỗ trợ.');
    return serveStatic(res, url.pathname);
  };

  const serveStatic = (res: http.ServerResponse, pathname: string) => {
    const root = options.staticDir;
    const relative = decodeURIComponent(pathname);
    const file = path.resolve(root, `.${path.posix.normalize(`/${relative}`)}`);
    if (!file.startsWith(path.resolve(root)))
      return send(res, 403, 'text/plain; charset=utf-8', 'Không được phép.');
    // Unknown paths get the app (hash routes live in the page); a missing build gets a plain 404.
    const target =
      fs.existsSync(file) && fs.statSync(file).isFile()
        ? file
        : path.join(options.staticDir, 'index.html');
    if (!fs.existsSync(target))
      return send(res, 404, 'text/plain; charset=utf-8', 'Không tìm thấy.');
    const type = MIME[path.extname(target)] ?? 'application/octet-stream';
    res.writeHead(200, {
      'Content-Type': type,
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': target.endsWith('index.html') ? 'no-store' : 'max-age=3600',
    });
    fs.createReadStream(target)
      .on('error', () => res.destroy())
      .pipe(res);
  };

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  origin = `http://127.0.0.1:${port}`;
  allowedHosts.add(`127.0.0.1:${port}`).add(`localhost:${port}`);
  return {
    url: origin,
    launchUrl: `${origin}/?token=${token}`,
    token,
    close: () =>
      new Promise((resolve) => {
        closing = true;
        server.close(() => resolve());
      }),
  };
}

class BodyTooLarge extends Error {}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new BodyTooLarge());
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parseCookies(header: string | undefined): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name) cookies[name] = rest.join('=');
  }
  return cookies;
}

function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && crypto.timingSafeEqual(left, right);
}

function send(res: http.ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'Content-Type': type, 'X-Content-Type-Options': 'nosniff' });
  res.end(body);
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  res.end(JSON.stringify(body));
}

function forbiddenPage(): string {
  return '<!doctype html><meta charset="utf-8"><title>Hội nghị CBCCVC</title><p>Không có quyền truy cập. Hãy mở ứng dụng bằng đường dẫn được in ra khi chạy <code>npm start</code>.</p>';
}
