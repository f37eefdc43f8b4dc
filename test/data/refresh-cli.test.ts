import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScript } from './run-script.ts';

const CLI = join(import.meta.dirname, '..', '..', 'data', 'scripts', 'refresh.ts');

/** `npm run data:refresh -- args`: exit code and output. */
const refreshCli = (...args: string[]) => runScript(CLI, args);

// The pipeline itself rewrites the repository's data, so .ci/run runs it (`--no-fetch`, then git diff), not a test.
describe('npm run data:refresh', () => {
  it('--help names every step in order, the command behind it, and the exit codes', async () => {
    const { code, stdout } = await refreshCli('--help');
    expect(code).toBe(0);
    const order = ['data:fetch', 'ingest', 'data:reference', 'data:build', 'data:check', 'publish:data'].map((s) =>
      stdout.indexOf(`npm run ${s}`),
    );
    expect(order.every((at, i) => at >= 0 && (i === 0 || at > (order[i - 1] ?? 0)))).toBe(true);
    expect(stdout).toMatch(/Exit status: 0 done; 1 .*2 bad usage; 3 /s);
  });

  it('refuses an unknown option with exit 2 and one line', async () => {
    const { code, stderr } = await refreshCli('--fetch-everything');
    expect(code).toBe(2);
    expect(stderr).toContain("Unknown option '--fetch-everything'");
  });
});
