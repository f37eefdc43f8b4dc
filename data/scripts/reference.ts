// `npm run data:reference [-- --from DIR]`: turns the maintained datasets into the committed data/reference files.
import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { importReference, type ReferenceReport } from '../reference/import/import-reference.ts';
import { hasDatasets, missionsFile, readDatasets } from '../reference/import/read-datasets.ts';
import { referenceDir } from '../reference/import/reference-dir.ts';
import { referenceFiles } from '../reference/import/reference-files.ts';
import { root } from './cli.ts';

const { values } = parseArgs({ options: { from: { type: 'string' }, quiet: { type: 'boolean', default: false } } });
const from = referenceDir(root, values.from);

if (!hasDatasets(root, from)) {
  console.error(`data:reference: no datasets at ${from} (give --from DIR or set RELATIONS_REFERENCE)`);
  process.exit(1);
}

const started = performance.now();
const log = (line: string) => {
  if (!values.quiet) console.log(line);
};
log(`data:reference: reading ${from}`);
let result: ReturnType<typeof importReference>;
try {
  log(`  missions from ${relative(root, missionsFile(root, from))}`);
  result = importReference(readDatasets(root, from));
} catch (error) {
  console.error(`data:reference: ${(error as Error).message}`);
  process.exit(1);
}

for (const [file, text] of Object.entries(referenceFiles(result.data))) {
  writeFileSync(join(root, file), text);
  log(`  ${file}  ${(Buffer.byteLength(text) / 1024).toFixed(0)} KiB`);
}
printReport(result.report);
log(
  `data:reference: ${result.data.countries.length} states, ${result.data.organizations.length} organisations, ` +
    `${result.data.missions.length} of ${result.report.missions.rows} missions in ${Math.round(performance.now() - started)} ms`,
);
if (result.report.problems.length) process.exit(1);

function printReport(report: ReferenceReport): void {
  for (const [reason, names] of Object.entries(report.missions.skipped)) {
    const total = Object.values(names).reduce((a, b) => a + b, 0);
    log(`  skipped ${total} (${reason}):`);
    for (const [name, count] of Object.entries(names).sort((a, b) => b[1] - a[1]))
      log(`    ${String(count).padStart(4)}  ${name}`);
  }
  const orgSkips = Object.entries(report.organizations.skipped);
  if (orgSkips.length) {
    log(`  organisation members left out (not states, or a standing a card does not show):`);
    for (const [what, count] of orgSkips) log(`    ${String(count).padStart(4)}  ${what}`);
  }
  for (const problem of report.problems) console.error(`data:reference: ${problem}`);
}
