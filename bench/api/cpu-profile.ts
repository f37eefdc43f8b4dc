// Takes a V8 CPU profile of a worker's isolate in workerd through the DevTools protocol Miniflare exposes.
import type { Miniflare } from 'miniflare';

/** The parts of a V8 CPU profile (`Profiler.stop`) read here. */
export type CpuProfile = {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
    children?: number[];
  }[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
};

/** Miniflare's name of the user worker's isolate, as the inspector lists it (the worker has no `name`). */
const USER_WORKER_TARGET = 'core:user:';

/** Profiles the user worker while `during` runs, sampling every `intervalUs` microseconds. */
export async function profileWorker(
  miniflare: Miniflare,
  during: () => Promise<void>,
  intervalUs = 100,
): Promise<CpuProfile> {
  const target = await miniflare.getInspectorURL();
  target.protocol = 'ws:';
  target.pathname = `/${USER_WORKER_TARGET}`;
  const socket = new WebSocket(target);
  await new Promise((resolve, reject) => {
    socket.addEventListener('open', resolve, { once: true });
    socket.addEventListener('error', reject, { once: true });
  });
  let nextId = 1;
  const pending = new Map<number, (result: unknown) => void>();
  socket.addEventListener('message', (event) => {
    const message = JSON.parse(String(event.data)) as { id?: number; result?: unknown };
    if (message.id !== undefined) pending.get(message.id)?.(message.result);
  });
  const send = (method: string, params: object = {}) =>
    new Promise<unknown>((resolve) => {
      const id = nextId++;
      pending.set(id, resolve);
      socket.send(JSON.stringify({ id, method, params }));
    });
  try {
    await send('Profiler.enable');
    await send('Profiler.setSamplingInterval', { interval: intervalUs });
    await send('Profiler.start');
    await during();
    const { profile } = (await send('Profiler.stop')) as { profile: CpuProfile };
    return profile;
  } finally {
    socket.close();
  }
}
