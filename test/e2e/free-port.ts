// Free TCP ports on loopback, so end-to-end runs never collide with `npm start`, and the small sites served on them.
import type { Server } from 'node:http';
import { createServer } from 'node:net';

/** A port on 127.0.0.1 that was free a moment ago. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** A running site: its origin, and how to stop it. */
export interface LocalSite {
  origin: string;
  stop(): Promise<void>;
}

/**
 * Serves `server` on a free port of 127.0.0.1, under an origin that names `hostname`: `localhost` makes it another
 * site than the worker's `127.0.0.1`, not only another port.
 */
export async function serveLocally(server: Server, hostname: 'localhost' | '127.0.0.1'): Promise<LocalSite> {
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    origin: `http://${hostname}:${port}`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
