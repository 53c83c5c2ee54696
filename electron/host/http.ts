import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Core } from '../core/app';
import { HTTP_STATUS, RPC_HTTP_PREFIX, type RpcEnvelope, type RpcErrorBody } from '../../shared/contract';
import { MESSAGES } from '../../shared/messages';
import { MIME, SECURITY_HEADERS } from '../csp';

/**
 * The dispatcher over HTTP: `POST /rpc/<method>` with a JSON body, a session cookie (browsers) or a
 * bearer token (other clients); plus the built renderer as static files. Binds 127.0.0.1 unless the
 * user chooses a LAN address, and every non-public method needs a login either way.
 */
export const SESSION_COOKIE = 'xst_session';
const MAX_BODY = 20 * 1024 * 1024;

export interface HttpHostOptions {
  core: Core;
  /** Folder of the built renderer (dist/renderer); null serves the API only. */
  staticDir: string | null;
  host?: string;
  port?: number;
  /** Mark the cookie Secure (only behind HTTPS). */
  secureCookie?: boolean;
}

export interface HttpHost {
  server: http.Server;
  url: string;
  close(): Promise<void>;
}

function parseCookies(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!header) return out;
  for (const part of header.split(';')) {
    const i = part.indexOf('=');
    if (i < 0) continue;
    try {
      out[part.slice(0, i).trim()] = decodeURIComponent(part.slice(i + 1).trim());
    } catch {
      // A malformed cookie (%ff) is ignored, not a 500 (found by the 401 test in http-host.test.ts).
    }
  }
  return out;
}

function send(
  res: http.ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(json);
}

function errorBody(code: RpcErrorBody['code'], zh: string, en: string): RpcEnvelope {
  return { ok: false, error: { code, message_zh: zh, message_en: en } };
}

function readBody(req: http.IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooBig = false;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        tooBig = true;
        chunks.length = 0;
        return;
      }
      if (!tooBig) chunks.push(c);
    });
    req.on('end', () => resolve(tooBig ? null : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** Browsers send Origin on cross-site POSTs: it must name this host (CSRF defence with SameSite=Strict). */
function sameOrigin(req: http.IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (!origin) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

async function handleRpc(
  opts: HttpHostOptions,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  method: string,
) {
  const { core } = opts;
  if (!sameOrigin(req)) {
    return send(res, 403, errorBody('FORBIDDEN', '跨站请求被拒绝', 'Cross-site request refused'));
  }
  const type = String(req.headers['content-type'] ?? '');
  if (!type.toLowerCase().startsWith('application/json')) {
    return send(res, 415, errorBody('VALIDATION', '请求必须是 JSON', 'The request body must be JSON'));
  }
  const raw = await readBody(req);
  if (raw === null) {
    return send(
      res,
      413,
      errorBody('PAYLOAD_TOO_LARGE', MESSAGES.payload_too_large.zh, MESSAGES.payload_too_large.en),
    );
  }
  let input: unknown = {};
  if (raw.length > 0) {
    try {
      input = JSON.parse(raw.toString('utf8'));
    } catch {
      return send(
        res,
        400,
        errorBody('VALIDATION', '请求不是有效的 JSON', 'The request body is not valid JSON'),
      );
    }
  }
  const auth = String(req.headers.authorization ?? '');
  const bearer = auth.toLowerCase().startsWith('bearer ') ? auth.slice(7).trim() : null;
  const token = bearer || parseCookies(req.headers.cookie)[SESSION_COOKIE] || null;
  const envelope = await core.call(method, input, {
    token,
    transport: 'http',
    remote: req.socket.remoteAddress ?? undefined,
  });
  const headers: Record<string, string> = {};
  const secure = opts.secureCookie ? '; Secure' : '';
  if (envelope.ok && method === 'auth.login') {
    const data = envelope.data as { token: string };
    headers['Set-Cookie'] =
      `${SESSION_COOKIE}=${encodeURIComponent(data.token)}; HttpOnly; SameSite=Strict; Path=/${secure}`;
    // Browsers keep the session in the HttpOnly cookie only; API clients ask for the token explicitly.
    if (req.headers['x-want-token'] !== '1') envelope.data = { ...data, token: '' };
  }
  if (method === 'auth.logout') {
    headers['Set-Cookie'] = `${SESSION_COOKIE}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0${secure}`;
  }
  const status = envelope.ok ? 200 : HTTP_STATUS[envelope.error.code];
  send(res, status, envelope, headers);
}

function serveStatic(staticDir: string, req: http.IncomingMessage, res: http.ServerResponse): void {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  } catch {
    res.writeHead(400, SECURITY_HEADERS).end();
    return;
  }
  const root = path.resolve(staticDir);
  let file = path.resolve(root, `.${pathname}`);
  if (!file.startsWith(root + path.sep) && file !== root) {
    res.writeHead(403, SECURITY_HEADERS).end();
    return;
  }
  if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) {
    // Single-page app: unknown paths without an extension get index.html.
    if (path.extname(pathname)) {
      res.writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    file = path.join(root, 'index.html');
  }
  if (!fs.existsSync(file)) {
    res.writeHead(503, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('renderer not built: run `npm run build`');
    return;
  }
  const ext = path.extname(file).toLowerCase();
  const immutable = pathname.startsWith('/assets/');
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': MIME[ext] ?? 'application/octet-stream',
    'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  fs.createReadStream(file).pipe(res);
}

export async function startHttpHost(opts: HttpHostOptions): Promise<HttpHost> {
  const server = http.createServer((req, res) => {
    const url = req.url ?? '/';
    if (url.startsWith(RPC_HTTP_PREFIX)) {
      if (req.method !== 'POST') {
        send(res, 405, errorBody('VALIDATION', '只接受 POST', 'Only POST is accepted'), { Allow: 'POST' });
        return;
      }
      const method = decodeURIComponent(url.slice(RPC_HTTP_PREFIX.length).split('?')[0] ?? '');
      handleRpc(opts, req, res, method).catch((e) => {
        opts.core.log.error(`http rpc ${method}: ${(e as Error).stack ?? String(e)}`);
        if (!res.headersSent) send(res, 500, errorBody('INTERNAL', '系统内部错误', 'Internal error'));
      });
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...SECURITY_HEADERS, Allow: 'GET, HEAD' }).end();
      return;
    }
    if (!opts.staticDir) {
      res.writeHead(404, SECURITY_HEADERS).end();
      return;
    }
    serveStatic(opts.staticDir, req, res);
  });
  server.requestTimeout = 5 * 60 * 1000;
  const host = opts.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => resolve());
  });
  const addr = server.address() as AddressInfo;
  const shownHost = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
  return {
    server,
    url: `http://${shownHost}:${addr.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
