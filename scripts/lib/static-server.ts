// A small static file server for the demo and the browser tests, bound to loopback only.
// A file `name.html.headers.json` beside a page adds response headers (e.g. a strict CSP).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** URL prefix → directory on disk. */
export type Mounts = Record<string, string>;

function locate(mounts: Mounts, pathname: string): string | null {
  for (const [prefix, dir] of Object.entries(mounts).sort((a, b) => b[0].length - a[0].length)) {
    if (!pathname.startsWith(prefix)) continue;
    const root = resolve(dir);
    const file = resolve(join(root, normalize(decodeURIComponent(pathname.slice(prefix.length)))));
    if (file !== root && !file.startsWith(root + sep)) return null;
    if (existsSync(file) && statSync(file).isDirectory()) return join(file, 'index.html');
    return file;
  }
  return null;
}

export function startStaticServer(mounts: Mounts, port: number, host = '127.0.0.1'): Promise<Server> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const file = locate(mounts, url.pathname);
    if (!file || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    const headersFile = `${file}.headers.json`;
    const extra: Record<string, string> = existsSync(headersFile)
      ? (JSON.parse(readFileSync(headersFile, 'utf8')) as Record<string, string>)
      : {};
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      ...extra,
    });
    res.end(readFileSync(file));
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => done(server));
  });
}
