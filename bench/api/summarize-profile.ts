// Where a worker's CPU time goes: self time by function and by source file, through the bundle's source map.
import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import type { CpuProfile } from './cpu-profile.ts';

/** Self time of one function or file, in milliseconds and as a share of the profile's busy time. */
export type SelfTime = { name: string; ms: number; share: number };

/** A profile reduced to what a reader acts on. */
export type ProfileSummary = {
  /** Sampled milliseconds in JavaScript, native calls and GC (everything but idle). */
  busyMs: number;
  idleMs: number;
  functions: SelfTime[];
  files: SelfTime[];
};

const IDLE = new Set(['(idle)']);

/**
 * Sums self time per function, and per original source file (node_modules/hono/…, worker/…) with native calls
 * charged to the script that made them.
 */
export function summarizeProfile(profile: CpuProfile, bundlePath: string, top = 15): ProfileSummary {
  const map = new SourceMap(JSON.parse(readFileSync(`${bundlePath}.map`, 'utf8')));
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  // Native work (Response, Headers, the runtime's own calls) is charged to the nearest script frame above it.
  const scriptFrameOf = (id: number) => {
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)?.callFrame;
      if (frame?.url.endsWith('.js')) return frame;
    }
    return undefined;
  };
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => {
    selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  const functions = new Map<string, number>();
  const files = new Map<string, number>();
  let busyUs = 0;
  let idleUs = 0;
  for (const [id, us] of selfUs) {
    const frame = byId.get(id)?.callFrame;
    if (!frame) continue;
    const name = frame.functionName || '(anonymous)';
    if (IDLE.has(name)) {
      idleUs += us;
      continue;
    }
    busyUs += us;
    const original = frame.url.endsWith('.js') ? originalPosition(map, frame.lineNumber, frame.columnNumber) : null;
    const caller = scriptFrameOf(id);
    const file = caller ? originalPosition(map, caller.lineNumber, caller.columnNumber).file : name;
    // A minified bundle's names say nothing: the original file and line do.
    const label = original ? `${original.name ?? name}  ${original.file}:${original.line}` : name;
    functions.set(label, (functions.get(label) ?? 0) + us);
    files.set(file, (files.get(file) ?? 0) + us);
  }
  const rank = (entries: Map<string, number>) =>
    [...entries]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => ({ name, ms: Math.round(us / 1000), share: Number((us / busyUs).toFixed(3)) }));
  return {
    busyMs: Math.round(busyUs / 1000),
    idleMs: Math.round(idleUs / 1000),
    functions: rank(functions),
    files: rank(files),
  };
}

/** The original file (shortened to the part a reader recognises), line and name of a bundle position. */
function originalPosition(map: SourceMap, line: number, column: number) {
  const entry = map.findEntry(line, column) as { originalSource?: string; originalLine?: number; name?: string };
  const source = entry.originalSource ?? '(bundle)';
  const at = source.search(/node_modules\/|worker\/|data\//);
  return {
    file: at >= 0 ? source.slice(at) : source,
    line: (entry.originalLine ?? 0) + 1,
    name: entry.name,
  };
}
