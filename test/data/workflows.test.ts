// The GitHub workflows: every `npm run` they use exists, the refresh never deploys, and the deploy refuses
// curation conflicts before it publishes anything.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { root } from '../../worker/scripts/wrangler-env.ts';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  concurrency?: unknown;
  jobs: Record<string, { steps: Step[]; env?: Record<string, string> }>;
}

const read = (name: string) => readFileSync(join(root, '.github', 'workflows', name), 'utf8');
const workflow = (name: string) => parse(read(name)) as Workflow;
const steps = (w: Workflow) => Object.values(w.jobs).flatMap((job) => job.steps);
const scripts = Object.keys(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts);
const runs = (w: Workflow) => steps(w).flatMap((s) => (s.run ? [s.run] : []));
const npmScripts = (w: Workflow) =>
  runs(w).flatMap((run) => [...run.matchAll(/\bnpm run ([\w:-]+)/g)].map((m) => m[1]));

describe.each(['refresh.yml', 'deploy.yml'])('%s', (name) => {
  const w = workflow(name);

  it('runs only npm scripts that package.json has', () => {
    expect(npmScripts(w).length).toBeGreaterThan(0);
    for (const script of npmScripts(w)) expect(scripts, `npm run ${script}`).toContain(script);
  });

  it('pins every action to a version and runs one at a time', () => {
    for (const step of steps(w)) if (step.uses) expect(step.uses).toMatch(/^[\w.-]+\/[\w./-]+@v\d+/);
    expect(w.concurrency).toBeTruthy();
    expect(w.on.workflow_dispatch).not.toBeUndefined();
  });
});

describe('the refresh workflow', () => {
  const w = workflow('refresh.yml');

  it('runs weekly and by hand', () => {
    expect(w.on.schedule).toEqual([{ cron: expect.stringMatching(/^\S+ \S+ \* \* [0-6]$/) }]);
  });

  it('never deploys: no wrangler, no publish, no Cloudflare secrets', () => {
    const text = read('refresh.yml');
    for (const run of runs(w)) expect(run).not.toMatch(/wrangler|npm run (deploy|publish:data)|\bdeploy\b/);
    expect(text).not.toMatch(/CLOUDFLARE_API_TOKEN|CLOUDFLARE_ACCOUNT_ID/);
  });

  it('refreshes, tests and diffs against main before it opens the pull request on a fixed branch', () => {
    const order = ['npm ci', 'npm run data:refresh', 'npm test', 'npm run data:diff -- --base origin/main'];
    const all = runs(w).join('\n');
    const at = order.map((command) => all.indexOf(command));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((x, y) => x - y)).toEqual(at);
    const pr = steps(w).find((s) => s.uses?.startsWith('peter-evans/create-pull-request@'));
    expect(pr?.with).toMatchObject({ branch: 'data-refresh', 'body-path': 'diff.md' });
    expect(String(pr?.with?.labels)).toMatch(/data-refresh[\s\S]*curation-conflict/);
    expect(String(pr?.with?.['add-paths'])).toMatch(/data\/relations[\s\S]*data\/reference[\s\S]*data\/sources.json/);
  });

  it('keeps fetched articles in the actions cache and names a contact for Wikimedia', () => {
    expect(
      steps(w)
        .filter((s) => s.uses?.startsWith('actions/cache/'))
        .map((s) => s.with?.path),
    ).toEqual(['data/articles', 'data/articles']);
    expect(Object.values(w.jobs)[0]?.env?.RELATIONS_FETCH_CONTACT).toMatch(/RELATIONS_FETCH_CONTACT/);
  });
});

describe('the deploy workflow', () => {
  const w = workflow('deploy.yml');

  it('deploys main after tests, the data check and the conflicts gate, with read-only repository access', () => {
    expect(w.on.push).toEqual({ branches: ['main'] });
    expect(w.permissions).toEqual({ contents: 'read' });
    const all = runs(w).join('\n');
    const order = ['npm test', 'npm run data:check', '--fail-on-conflicts', 'npm run publish:data', 'wrangler deploy'];
    const at = order.map((command) => all.indexOf(command));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((x, y) => x - y)).toEqual(at);
  });

  it('gives the Cloudflare secrets only to the steps that talk to Cloudflare', () => {
    for (const step of steps(w)) {
      const talks = /publish:data|wrangler deploy/.test(step.run ?? '');
      expect(Boolean(step.env?.CLOUDFLARE_API_TOKEN), step.name ?? step.run).toBe(talks);
    }
  });
});
