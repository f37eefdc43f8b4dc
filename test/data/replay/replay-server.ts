// A local HTTP server that answers with recorded exchanges, so the fetchers are tested without the network.
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One recorded answer and the requests it answers. */
export interface Exchange {
  /** Query or form parameters the request must carry (all of them, with these values). */
  when: Record<string, string>;
  /** Only requests with this path (e.g. /w/api.php). @default any */
  path?: string;
  status?: number;
  headers?: Record<string, string>;
  /** A string is sent as it is; anything else as JSON. */
  body: unknown;
  /** Answer one request only, then step aside for the next exchange that matches. */
  once?: boolean;
}

/** A request as the server saw it. */
export interface SeenRequest {
  method: string;
  path: string;
  params: Record<string, string>;
  headers: IncomingHttpHeaders;
}

/** The server: its origin, every request seen in order, and close(). */
export interface ReplayServer {
  origin: string;
  requests: SeenRequest[];
  close(): Promise<void>;
}

/** Starts a server on a free localhost port; an unmatched request is a 599 naming the request, so a test fails loudly. */
export async function replayServer(exchanges: readonly Exchange[]): Promise<ReplayServer> {
  const used = new Set<number>();
  const requests: SeenRequest[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
    });
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const params = Object.fromEntries(url.searchParams);
      if (req.method === 'POST') Object.assign(params, Object.fromEntries(new URLSearchParams(body)));
      requests.push({ method: req.method ?? 'GET', path: url.pathname, params, headers: req.headers });
      const index = exchanges.findIndex(
        (exchange, i) =>
          !used.has(i) &&
          (exchange.path === undefined || exchange.path === url.pathname) &&
          Object.entries(exchange.when).every(([key, value]) => params[key] === value),
      );
      const exchange = exchanges[index];
      if (!exchange) {
        res.writeHead(599, { 'content-type': 'text/plain' });
        res.end(`no recorded exchange for ${req.method} ${url.pathname} ${JSON.stringify(params)}`);
        return;
      }
      if (exchange.once) used.add(index);
      const text = typeof exchange.body === 'string' ? exchange.body : JSON.stringify(exchange.body);
      res.writeHead(exchange.status ?? 200, {
        'content-type': typeof exchange.body === 'string' ? 'text/plain' : 'application/json; charset=utf-8',
        ...exchange.headers,
      });
      res.end(text);
    });
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
