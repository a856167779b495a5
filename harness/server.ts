import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import { createServer as createTcpServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { join, normalize } from 'node:path';
import { SHARED_PAGES_DIR } from './paths';
import { makeSelfSignedCert } from './tlsCert';

export interface PageServer {
  port: number;
  /**
   * Where the browser finds page NAME. On 127.0.0.1 (not a news site) over http; on a news host over https, because
   * several news hosts are HSTS-preloaded and the browser would upgrade http anyway. A news host reaches this server
   * only through the browser's host mapping (see chromium.ts and firefox.ts).
   */
  url(name: string, host?: string): string;
  /** Serves HTML that a test wrote itself at `/NAME`, next to the shared pages. */
  addFixture(name: string, html: string): void;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

const TLS_HANDSHAKE = 0x16;

/**
 * A page asked for with this query parameter is served cross-origin isolated (COOP and COEP), where the page's clock
 * reads to 5 microseconds instead of 100: for timing a few hundred microseconds of work in it (the benchmark's
 * baseline). Every request but ours is aborted in the tests anyway, so COEP blocks nothing that would have loaded.
 */
export const CROSS_ORIGIN_ISOLATED = 'cross-origin-isolated';
/** A query parameter that serves the page without `no-store`, so the browser may keep it in the back/forward cache. */
export const CACHEABLE = 'cacheable';

const ISOLATION_HEADERS = { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' };

/** `/delayed/N` answers (empty) after N ms: a page's image arriving late over a real network, holding up its load event. */
const DELAYED = /^delayed\/(\d{1,5})$/;

/**
 * Serves ../shared/pages and the fixtures tests add, on one random port of the loopback interface, speaking http and
 * https on it (the first byte of a connection tells which). Listens on 127.0.0.1 and, where the machine has it, on
 * ::1 too: Firefox's `network.dns.localDomains` resolves a host to "localhost", which may come out as ::1.
 * Nothing else is served: any other path is a 404, so a page never waits on the network.
 */
export async function startPageServer(pagesDir = SHARED_PAGES_DIR): Promise<PageServer> {
  const fixtures = new Map<string, string>();
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const path = normalize(decodeURIComponent(url.pathname)).replace(/^\/+/, '');
    const delayed = DELAYED.exec(path);
    if (delayed) {
      await new Promise((resolve) => setTimeout(resolve, Number(delayed[1])));
      res.writeHead(204).end();
      return;
    }
    const type = TYPES[path.split('.').pop() ?? ''];
    let body = fixtures.get(path);
    if (body === undefined && type && !path.includes('/') && !path.includes('\\')) {
      body = await readFile(join(pagesDir, path), 'utf8').catch(() => undefined);
    }
    if (body === undefined || !type) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const isolation = url.searchParams.has(CROSS_ORIGIN_ISOLATED) ? ISOLATION_HEADERS : {};
    const cache = url.searchParams.has(CACHEABLE) ? {} : { 'cache-control': 'no-store' };
    res.writeHead(200, { 'content-type': type, ...cache, ...isolation }).end(body);
  };
  const listener = (req: IncomingMessage, res: ServerResponse) => {
    handle(req, res).catch(() => res.writeHead(500).end());
  };
  const http = createServer(listener);
  const https = createTlsServer(makeSelfSignedCert(), listener);
  const sockets = new Set<Socket>();
  const dispatch = (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.once('data', (first: Buffer) => {
      socket.pause();
      socket.unshift(first);
      (first[0] === TLS_HANDSHAKE ? https : http).emit('connection', socket);
      process.nextTick(() => socket.resume());
    });
  };
  const listen = (server: Server, host: string, port: number) =>
    new Promise<number>((done, fail) => {
      server.once('error', fail);
      server.listen({ host, port, ipv6Only: true }, () => done((server.address() as AddressInfo).port));
    });

  const v4 = createTcpServer(dispatch);
  const port = await listen(v4, '127.0.0.1', 0);
  const servers = [v4];
  const v6 = createTcpServer(dispatch);
  try {
    await listen(v6, '::1', port);
    servers.push(v6);
  } catch {
    // No IPv6 loopback here, or the port is taken on it: localhost then resolves to 127.0.0.1 alone.
  }
  return {
    port,
    url: (name, host = '127.0.0.1') => `${host === '127.0.0.1' ? 'http' : 'https'}://${host}:${port}/${name}`,
    addFixture: (name, html) => void fixtures.set(name, html),
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await Promise.all(servers.map((s) => new Promise<void>((done) => s.close(() => done()))));
    },
  };
}
