// What the API benchmark loads: the bare worker, the worker's routes, and (with --diagnose) copies of its answers.
import { type RecordedResponse, recordResponse, replicaWorkerSource } from './replica-worker.ts';
import { type RunningWorker, startWorker } from './start-worker.ts';

/** The scenarios a run may load. */
export type ScenarioName = 'bare' | 'relations' | 'notModified' | 'index' | 'replica' | 'replicaNotModified';

/** One thing to load: a path of a running worker, with the request headers and the status it should answer. */
export type Scenario = {
  name: ScenarioName;
  worker: RunningWorker;
  path: string;
  headers: Record<string, string>;
  expectedStatus: number;
  /** Why it is not loaded (the route answered something else). */
  skip?: string;
};

/** Checks each route answers as expected before loading it; a route that does not is skipped with a note. */
export async function prepareScenarios(
  worker: RunningWorker,
  bare: RunningWorker,
  relationsPath: string,
): Promise<Scenario[]> {
  const relations = await fetch(new URL(relationsPath, worker.url));
  await relations.arrayBuffer();
  const etag = relations.headers.get('etag');
  const index = await fetch(new URL('/v1/relations', worker.url));
  await index.arrayBuffer();
  const scenarios: Scenario[] = [
    // The bare worker answers any path; loaded at the record's, the asset router in front of both workers does the
    // same work for each (at `/` it would serve the demo page itself, without running the worker).
    { name: 'bare', worker: bare, path: relationsPath, headers: {}, expectedStatus: 200 },
    { name: 'relations', worker, path: relationsPath, headers: {}, expectedStatus: 200 },
    {
      name: 'notModified',
      worker,
      path: relationsPath,
      headers: etag ? { 'If-None-Match': etag } : {},
      expectedStatus: 304,
    },
    { name: 'index', worker, path: '/v1/relations', headers: {}, expectedStatus: 200 },
  ];
  const skip = (name: ScenarioName, why: string) => {
    const scenario = scenarios.find((s) => s.name === name);
    if (scenario) scenario.skip = why;
  };
  if (relations.status !== 200) skip('relations', `${relationsPath} answered ${relations.status}`);
  if (!etag) skip('notModified', `${relationsPath} sends no ETag`);
  else {
    const revalidated = await fetch(new URL(relationsPath, worker.url), { headers: { 'If-None-Match': etag } });
    await revalidated.arrayBuffer();
    if (revalidated.status !== 304) skip('notModified', `If-None-Match with its ETag answered ${revalidated.status}`);
  }
  if (index.status !== 200) skip('index', `/v1/relations answered ${index.status}`);
  return scenarios;
}

/** Constant workers answering with copies of the relations route's 200 and 304. */
export async function replicaScenarios(
  worker: RunningWorker,
  path: string,
  started: RunningWorker[],
): Promise<Scenario[]> {
  const ok = await recordResponse(await fetch(new URL(path, worker.url)));
  const etag = ok.headers.find(([name]) => name === 'etag')?.[1];
  const copies: [ScenarioName, RecordedResponse][] = [['replica', ok]];
  if (etag) {
    const notModified = await fetch(new URL(path, worker.url), { headers: { 'If-None-Match': etag } });
    copies.push(['replicaNotModified', await recordResponse(notModified)]);
  }
  const scenarios: Scenario[] = [];
  for (const [name, recorded] of copies) {
    const replica = await startWorker({ script: replicaWorkerSource(recorded) });
    started.push(replica);
    scenarios.push({ name, worker: replica, path, headers: {}, expectedStatus: recorded.status });
  }
  return scenarios;
}
