// What `npm start` was asked for: the port (`--port N`, else $PORT, else 8787) and the host.
import { parseArgs } from 'node:util';

/** Where `npm start` serves the worker. */
export interface StartOptions {
  port: number;
  host: string;
}

/** Reads `--port`/`-p` and `--host` from argv and `PORT` from env; throws a message a person can act on. */
export function startOptions(argv: string[], env: NodeJS.ProcessEnv): StartOptions {
  const { values } = parseArgs({
    args: argv,
    options: { port: { type: 'string', short: 'p' }, host: { type: 'string' } },
    allowPositionals: false,
  });
  const given = values.port ?? env.PORT ?? '8787';
  const port = Number(given);
  if (!/^\d+$/.test(given) || port < 1 || port > 65535) {
    throw new Error(`--port must be a number from 1 to 65535 (got "${given}")`);
  }
  return { port, host: values.host ?? '127.0.0.1' };
}
