// The wrangler KV commands the publisher runs, each a child process whose output is read as little as possible.
import { spawnSync } from 'node:child_process';
import { offlineEnv, root, wranglerBin } from '../wrangler-env.ts';

/** Which namespace: wrangler's local state (`npm start`) or the one on Cloudflare (`npm run deploy`). */
export interface KvTarget {
  remote: boolean;
  /** A local state folder other than wrangler's `.wrangler/state` (tests, measurements). */
  persistTo?: string;
  /** The binding in wrangler.toml. @default 'RELATIONS' */
  binding?: string;
}

const targetArgs = (target: KvTarget): string[] => [
  '--binding',
  target.binding ?? 'RELATIONS',
  target.remote ? '--remote' : '--local',
  ...(target.persistTo && !target.remote ? ['--persist-to', target.persistTo] : []),
];

function run(args: string[]) {
  const result = spawnSync(process.execPath, [wranglerBin, ...args], {
    cwd: root,
    env: offlineEnv,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
}

function runOrThrow(args: string[]): string {
  const result = run(args);
  if (result.status !== 0) {
    const output = `${result.stderr}\n${result.stdout}`.trim();
    throw new Error(`wrangler ${args.slice(0, 3).join(' ')} failed (exit ${result.status}):\n${output}`);
  }
  return result.stdout;
}

/** The KV commands a publish needs; `wranglerKv` runs them, tests may pass a namespace in memory. */
export interface KvCommands {
  /** The value of `key` as text, or null where the namespace has none. */
  getText(key: string): string | null;
  /** Every key of the namespace. */
  listKeys(): string[];
  /** Writes a bulk file: a JSON array of `{ key, value }`. */
  bulkPut(file: string): void;
  /** Deletes the keys of a bulk file: a JSON array of keys. */
  bulkDelete(file: string): void;
  /** Writes one key from a file. */
  putFile(key: string, file: string): void;
}

/** The commands run by wrangler against `target`: one child process each, failures thrown with its output. */
export function wranglerKv(target: KvTarget): KvCommands {
  const where = targetArgs(target);
  return {
    getText(key) {
      const result = run(['kv', 'key', 'get', key, '--text', ...where]);
      if (result.status === 0) {
        // Locally a missing key prints this line and exits 0; the values read here are JSON, so never this text.
        if (result.stdout.trim() === 'Value not found') return null;
        return result.stdout.endsWith('\n') ? result.stdout.slice(0, -1) : result.stdout;
      }
      // Remotely a missing key is the API's 404.
      if (/\b404\b/.test(result.stderr + result.stdout)) return null;
      throw new Error(`wrangler kv key get ${key} failed (exit ${result.status}):\n${result.stderr.trim()}`);
    },
    listKeys() {
      // wrangler follows the list's pages and prints one JSON array.
      const stdout = runOrThrow(['kv', 'key', 'list', ...where]);
      const listed = JSON.parse(stdout.slice(stdout.indexOf('['))) as { name: string }[];
      return listed.map((key) => key.name);
    },
    bulkPut(file) {
      runOrThrow(['kv', 'bulk', 'put', file, ...where]);
    },
    bulkDelete(file) {
      runOrThrow(['kv', 'bulk', 'delete', file, '--force', ...where]);
    },
    putFile(key, file) {
      runOrThrow(['kv', 'key', 'put', key, '--path', file, ...where]);
    },
  };
}
