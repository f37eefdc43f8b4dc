// Counts KV reads per request independently of the worker: an entry module that wraps the bundle's RELATIONS.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The response header the counting entry adds: how many KV reads the request made. */
export const KV_READS_HEADER = 'x-bench-kv-reads';

// The wrapped binding and env are made once per isolate, so a worker that caches per binding keeps its cache.
// Requests must be sent one at a time: the count is module-wide.
const ENTRY_SOURCE = `
import worker from './index.js';
export * from './index.js';
const READS = new Set(['get', 'getWithMetadata', 'list']);
let reads = 0;
const wrappedEnvs = new WeakMap();
function wrapEnv(env) {
  let wrapped = wrappedEnvs.get(env);
  if (!wrapped) {
    const kv = env.RELATIONS;
    const counted = new Proxy(kv, {
      get(target, property) {
        const value = Reflect.get(target, property);
        if (typeof value !== 'function') return value;
        return (...args) => {
          if (READS.has(property)) reads++;
          return value.apply(target, args);
        };
      },
    });
    wrapped = { ...env, RELATIONS: counted };
    wrappedEnvs.set(env, wrapped);
  }
  return wrapped;
}
export default {
  async fetch(request, env, ctx) {
    reads = 0;
    const response = await worker.fetch(request, wrapEnv(env), ctx);
    const counted = new Response(response.body, response);
    counted.headers.set('${KV_READS_HEADER}', String(reads));
    return counted;
  },
};
`;

/** Writes the counting entry beside the bundled `index.js` in `bundleDir` and returns its path. */
export function writeKvCountingEntry(bundleDir: string): string {
  const path = join(bundleDir, 'count-kv-reads.js');
  writeFileSync(path, ENTRY_SOURCE);
  return path;
}
