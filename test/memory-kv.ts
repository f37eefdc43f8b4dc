// Publishing's test doubles, for the Node tests of kv-publish and publish:data: an upload file writer and a KV
// namespace in memory that records every call.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KvCommands } from '../worker/scripts/kv-publish/index.ts';

/** A function that writes a bulk put file of `{ key: value }` under `dir` and returns its path. */
export function uploadWriter(dir: string): (values: Record<string, string>) => string {
  let files = 0;
  return (values) => {
    const file = join(dir, `upload-${++files}.json`);
    writeFileSync(file, JSON.stringify(Object.entries(values).map(([key, value]) => ({ key, value }))));
    return file;
  };
}

/** A namespace in memory that records the calls made to it (`put 1`, `delete`, …); `state.failOn` makes that call throw. */
export function memoryKv(initial: Record<string, string> = {}) {
  const store = new Map(Object.entries(initial));
  const calls: string[] = [];
  const state = { failOn: '' };
  const call = (name: string) => {
    calls.push(name);
    if (name === state.failOn) throw new Error(`${name} failed`);
  };
  const commands: KvCommands = {
    getText(key) {
      call(`get ${key}`);
      return store.get(key) ?? null;
    },
    listKeys() {
      call('list');
      return [...store.keys()];
    },
    bulkPut(file) {
      call(`put ${calls.filter((c) => /^put \d/.test(c)).length + 1}`);
      for (const { key, value } of JSON.parse(readFileSync(file, 'utf8'))) store.set(key, value);
    },
    bulkDelete(file) {
      call('delete');
      for (const key of JSON.parse(readFileSync(file, 'utf8'))) store.delete(key);
    },
    putFile(key, file) {
      call(`put ${key}`);
      store.set(key, readFileSync(file, 'utf8'));
    },
  };
  return { store, calls, state, commands };
}
