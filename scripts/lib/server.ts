// Minimal static server for tests and benchmarks: serves a built dist/ under a base path on
// 127.0.0.1 only, resolves files on every request (rebuilds are picked up), and logs the
// bytes it sends so payload budgets are measured on the wire, not guessed. With `headers`, it
// also sends the site's _headers file (security and cache headers) as a static host would.
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { normalizeBase } from '../../src/lib/url.ts';
import { headersFor, parseHeaders } from '../../src/lib/headers.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest|javascript)|image\/svg)/;

export interface LoggedRequest {
  url: string;
  status: number;
  bytes: number;
  type: string;
}
export interface StaticServer {
  url: string;
  origin: string;
  log: LoggedRequest[];
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Base path the site was built for (BASE_PATH). */
  base?: string;
  /** gzip text responses (level 9) for clients that accept it. */
  gzip?: boolean;
  /** Send the headers of `<root>/_headers` (copied there from public/_headers by the build). */
  headers?: boolean;
}

export async function serveDist(root: string, opts: ServeOptions = {}): Promise<StaticServer> {
  const base = normalizeBase(opts.base);
  const headerFile = path.join(root, '_headers');
  if (opts.headers && !existsSync(headerFile)) throw new Error(`${headerFile} is missing`);
  const rules = opts.headers ? parseHeaders(readFileSync(headerFile, 'utf8')) : [];
  const log: LoggedRequest[] = [];
  const send = (
    res: import('node:http').ServerResponse,
    url: string,
    status: number,
    body: Buffer,
    type: string,
    acceptGzip: boolean,
  ) => {
    let out = body;
    const headers: Record<string, string> = { 'Content-Type': type, 'Cache-Control': 'no-store' };
    const sitePath = url.startsWith(base) ? url.slice(base.length - 1) : url;
    for (const [name, value] of headersFor(rules, sitePath)) headers[name] = value;
    // Pagefind's own index files are already compressed; send them as they are.
    if (opts.gzip && acceptGzip && COMPRESSIBLE.test(type)) {
      out = gzipSync(body, { level: 9 });
      headers['Content-Encoding'] = 'gzip';
    }
    headers['Content-Length'] = String(out.length);
    res.writeHead(status, headers);
    res.end(out);
    log.push({ url, status, bytes: out.length, type });
  };
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const acceptGzip = /gzip/.test(String(req.headers['accept-encoding'] ?? ''));
    let pathname = decodeURIComponent(url.pathname);
    const notFound = async () => {
      const body = await readFile(path.join(root, '404.html')).catch(() => Buffer.from('Not found'));
      send(res, url.pathname, 404, body, TYPES['.html']!, acceptGzip);
    };
    if (!pathname.startsWith(base)) return notFound();
    pathname = pathname.slice(base.length - 1);
    let file = path.join(root, pathname);
    if (!file.startsWith(path.resolve(root))) return notFound();
    try {
      const s = await stat(file);
      if (s.isDirectory()) {
        if (!pathname.endsWith('/')) {
          res.writeHead(301, { Location: `${url.pathname}/` });
          res.end();
          log.push({ url: url.pathname, status: 301, bytes: 0, type: '' });
          return;
        }
        file = path.join(file, 'index.html');
      }
      const body = await readFile(file);
      send(res, url.pathname, 200, body, TYPES[path.extname(file)] ?? 'application/octet-stream', acceptGzip);
    } catch {
      await notFound();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const addr = server.address() as import('node:net').AddressInfo;
  const origin = `http://127.0.0.1:${addr.port}`;
  return {
    origin,
    url: origin + base,
    log,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
