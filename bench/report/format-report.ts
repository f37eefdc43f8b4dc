// The run's figures as the terminal shows them, and as the README's Markdown table.
import type { ScenarioResult } from '../api/load-scenario.ts';
import type { BenchResults } from './bench-results.ts';
import { textTable } from './text-table.ts';

const n = (value: number | null | undefined, digits = 0) =>
  value === null || value === undefined
    ? '-'
    : value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const ms = (value: number | null) => (value === null ? '-' : value < 100 ? value.toFixed(1) : value.toFixed(0));
const kb = (bytes: number | null) => (bytes === null ? '-' : `${(bytes / 1024).toFixed(1)} KB`);
const bodyBytes = (s: ScenarioResult) => (s.bodyBytes === null ? '-' : `${s.paths ? '~' : ''}${n(s.bodyBytes)}`);
const coldLabel = (s: ScenarioResult) =>
  s.paths ? `GET ${n(s.paths)} reference-only pairs in turn (cold)` : 'GET reference-only pairs in turn (cold)';
const verdict = (pass: boolean | null) => (pass === null ? 'not measured' : pass ? 'pass' : 'FAIL');

function apiRows(results: BenchResults): string[][] {
  const { api } = results;
  const ratioToBare = (s: ScenarioResult) => (s.rps !== null && api.bare.rps ? s.rps / api.bare.rps : null);
  const row = (label: string, s: ScenarioResult, ratio: number | null) => [
    label,
    bodyBytes(s),
    n(s.rps),
    ms(s.p50Ms),
    ms(s.p99Ms),
    ratio === null ? '-' : ratio.toFixed(3),
    n(s.cpuUsPerRequest),
    s.cpuUsPerRequest && api.bare.cpuUsPerRequest ? (api.bare.cpuUsPerRequest / s.cpuUsPerRequest).toFixed(2) : '-',
    s.note ?? '',
  ];
  return [
    row('bare worker (constant JSON)', api.bare, api.bare.rps ? 1 : null),
    row(`GET ${api.relations.path} (article)`, api.relations, api.ratio),
    row(`GET ${api.reference.path} (reference)`, api.reference, api.referenceRatio),
    row(`GET ${api.notModified.path} -> 304`, api.notModified, api.notModifiedRatio),
    row(`GET ${api.index.path}`, api.index, api.indexRatio),
    row(coldLabel(api.coldPair), api.coldPair, api.coldPairRatio),
    ...(api.replica ? [row('copy of the 200 from a constant worker', api.replica, ratioToBare(api.replica))] : []),
    ...(api.replicaNotModified
      ? [row('copy of the 304 from a constant worker', api.replicaNotModified, ratioToBare(api.replicaNotModified))]
      : []),
  ];
}

/** The API table; the notes column only when some scenario has a note. */
function apiTable(results: BenchResults): string {
  const rows = apiRows(results);
  const noted = rows.some((row) => row[8]);
  const header = [
    'scenario',
    'body B',
    'req/s',
    'p50 ms',
    'p99 ms',
    'x bare',
    'CPU µs/req',
    'x bare',
    ...(noted ? ['note'] : []),
  ];
  return textTable(header, noted ? rows : rows.map((row) => row.slice(0, 8)));
}

/** `812 with 0, 188 with 2`: requests by the number of KV reads they made. */
const histogram = (counts: Record<string, number>) =>
  Object.entries(counts)
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([reads, requests]) => `${n(requests)} with ${reads}`)
    .join(', ');

/** The readable report printed at the end of a run. */
export function formatReport(results: BenchResults): string {
  const { api, widget, ingest, machine, settings } = results;
  const kvLine = Object.entries(api.kvReads)
    .map(([route, count]) => {
      const reported = count.reported === null ? 'no Server-Timing' : `${n(count.reported, 2)} in Server-Timing`;
      return `${route} ${n(count.counted, 2)} counted (${reported})`;
    })
    .join('; ');
  const cold = api.coldKvReads ?? {};
  const coldLine = [
    ...Object.entries(cold).map(([route, reads]) => `${route} ${n(reads)}`),
    ...(api.coldPairKvReads
      ? [
          `cold pairs ${n(api.coldPairKvReads.counted, 2)} on average over the first ${n(api.coldPairKvReads.sampled)} of the cycle (${histogram(api.coldPairKvReads.histogram)})`,
        ]
      : []),
  ].join('; ');
  return [
    `relations-card benchmark, ${results.date}, commit ${settings.commit}`,
    `${machine.cores} cores ${machine.cpuModel}, ${machine.memoryGiB} GiB, Node ${machine.node}, load ${machine.loadAverage} at start${settings.quick ? ', --quick' : ''}`,
    '',
    `API: Miniflare, ${settings.generator}, ${settings.connections} connections, best of ${settings.rounds} interleaved rounds of ${settings.roundSeconds} s after ${settings.warmupSeconds} s warm-up`,
    apiTable(results),
    "x bare: req/s over the bare worker's (the targets); CPU µs/req: workerd's CPU time per request, least of the rounds, and bare's over it",
    `KV reads per warm request, ${settings.kvSamples} sampled per route: ${kvLine}`,
    `KV reads per cold request (first for its pair in a fresh isolate): ${coldLine || 'not measured'}`,
    '',
    'Widget',
    textTable(
      ['bundle', 'raw', 'gzip', 'brotli'],
      [
        [widget.file, kb(widget.rawBytes), kb(widget.gzipBytes), kb(widget.brotliBytes)],
        ['lit alone (export * from "lit")', kb(widget.litRawBytes), kb(widget.litGzipBytes), '-'],
      ],
    ),
    ...(widget.note ? [`  ${widget.note}`] : []),
    '',
    'Ingest (one core)',
    textTable(
      ['corpus', 'articles/s', 'with record', 'with errors'],
      [
        [
          `${n(ingest.articles)} generated articles, ${n(ingest.meanArticleBytes)} B mean`,
          n(ingest.articlesPerSecond),
          n(ingest.withRecord),
          n(ingest.withErrors),
        ],
        ...(ingest.real
          ? [
              [
                `${n(ingest.real.articles)} real-length articles (${ingest.real.distinct} distinct: seed and fixtures), ${n(ingest.real.meanArticleBytes)} B mean`,
                n(ingest.real.articlesPerSecond),
                '-',
                '-',
              ],
            ]
          : []),
      ],
    ),
    ...(ingest.hostile
      ? [
          `Hostile shapes at ${n(ingest.hostile.bytes)} B, seconds per MB (linear: about the same at any size)`,
          textTable(
            ['shape', 's/MB'],
            ingest.hostile.shapes.map((s) => [s.name, n(s.secondsPerMegabyte, 2)]),
          ),
        ]
      : []),
    ...(ingest.note ? [`  not measured: ${ingest.note}`] : []),
    '',
    'Targets',
    textTable(
      ['target', 'bound', 'measured', 'verdict'],
      results.targets.map((t) => [
        t.name,
        t.target,
        n(t.value, t.value !== null && t.value < 10 ? 3 : 0),
        verdict(t.pass),
      ]),
    ),
  ].join('\n');
}

/** The same figures as Markdown tables, ready for the README's Benchmarks section. */
export function formatMarkdown(results: BenchResults): string {
  const { api, widget, ingest, machine, settings } = results;
  const target = (name: string) => {
    const t = results.targets.find((x) => x.name === name);
    return t ? `${t.target.replace('>=', '≥').replace('<=', '≤')}: ${verdict(t.pass)}` : '';
  };
  const ratio = (s: ScenarioResult) => (s.rps !== null && api.bare.rps ? (s.rps / api.bare.rps).toFixed(3) : '-');
  const row = (label: string, s: ScenarioResult, targetName?: string) =>
    `| ${label} | ${bodyBytes(s)} | ${n(s.rps)} | ${ms(s.p50Ms)} | ${ms(s.p99Ms)} | ${ratio(s)} | ${n(s.cpuUsPerRequest)} | ${targetName ? target(targetName) : ''} |`;
  return [
    `Measured ${results.date.slice(0, 16).replace('T', ' ')} UTC on ${machine.cores} cores (${machine.cpuModel}), ${machine.memoryGiB} GiB, Node ${machine.node}, commit ${settings.commit}. The worker runs in Miniflare; ${settings.generator}, ${settings.connections} connections on 127.0.0.1, best of ${settings.rounds} interleaved ${settings.roundSeconds} s rounds after a ${settings.warmupSeconds} s warm-up.`,
    '',
    '| request | body B | req/s | p50 ms | p99 ms | × bare | CPU µs/req | target |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    row('bare worker, constant JSON (the runtime’s limit)', api.bare),
    row(`\`GET ${api.relations.path}\` (article pair, warm)`, api.relations, 'relations rps / bare rps'),
    row(`\`GET ${api.reference.path}\` (reference pair, warm)`, api.reference, 'reference pair rps / bare rps'),
    row(`\`GET ${api.notModified.path}\` → 304`, api.notModified, '304 rps / bare rps'),
    row(`\`GET ${api.index.path}\``, api.index),
    row(coldLabel(api.coldPair).replace('GET ', ''), api.coldPair),
    ...(api.replica ? [row('copy of the 200 from a constant worker', api.replica)] : []),
    ...(api.replicaNotModified ? [row('copy of the 304 from a constant worker', api.replicaNotModified)] : []),
    '',
    '| measure | figure | target |',
    '| --- | --- | --- |',
    `| KV reads per warm request | ${n(api.kvReadsPerRequest, 2)} (most of any route, ${settings.kvSamples} requests sampled per route) | ${target('KV reads per warm request')} |`,
    `| KV reads per cold request | ${Object.entries(api.coldKvReads ?? {})
      .map(([route, reads]) => `${n(reads)} (${route === 'relations' ? api.relations.path : api.reference.path})`)
      .join(', ')} on the first request in a fresh isolate | ${target('KV reads per cold request')} |`,
    ...(api.coldPairKvReads
      ? [
          `| KV reads per cold pair | ${n(api.coldPairKvReads.counted, 2)} on average over the first ${n(api.coldPairKvReads.sampled)} pairs of the cycle in a fresh isolate (${histogram(api.coldPairKvReads.histogram)}) | |`,
        ]
      : []),
    `| widget \`relations-card.js\` | ${kb(widget.rawBytes)} raw, ${kb(widget.gzipBytes)} gzip, ${kb(widget.brotliBytes)} brotli | ≤ 15 KB gzip: ${verdict(results.targets.find((t) => t.name === 'widget gzip bytes')?.pass ?? null)} |`,
    `| Lit alone, for comparison | ${kb(widget.litRawBytes)} raw, ${kb(widget.litGzipBytes)} gzip | |`,
    `| ingest | ${n(ingest.articlesPerSecond)} articles/s on one core (${n(ingest.articles)} generated articles, ${n(ingest.meanArticleBytes)} B mean) | ≥ 1,000/s |`,
    ...(ingest.real
      ? [
          `| ingest, real-length | ${n(ingest.real.articlesPerSecond)} articles/s on one core (seed and ${ingest.real.distinct - 1} fixtures, ${n(ingest.real.meanArticleBytes)} B mean) | ≥ 1,000/s |`,
        ]
      : []),
    ...(ingest.hostile
      ? [
          `| ingest, hostile shapes | ${n(Math.max(...ingest.hostile.shapes.map((s) => s.secondsPerMegabyte)), 2)} s/MB at worst (${ingest.hostile.shapes.length} shapes at ${n(ingest.hostile.bytes)} B) | linear |`,
        ]
      : []),
  ].join('\n');
}
