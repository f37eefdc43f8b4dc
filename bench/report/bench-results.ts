// The shape of bench/results.json: everything one run measured, with where and when.
import type { ApiResult } from '../api/measure-api.ts';
import type { IngestResult } from '../ingest/measure-ingest.ts';
import type { Machine } from '../machine.ts';
import type { WidgetSize } from '../widget/measure-widget-size.ts';
import type { TargetCheck } from './targets.ts';

/** How the run was made, so two results.json can be compared fairly. */
export type RunSettings = {
  quick: boolean;
  generator: string;
  connections: number;
  warmupSeconds: number;
  roundSeconds: number;
  rounds: number;
  kvSamples: number;
  /** Requests of the cold-pair cycle whose KV reads are counted. */
  coldKvSamples: number;
  corpusArticles: number;
  commit: string;
};

/** One run of `npm run bench`. */
export type BenchResults = {
  date: string;
  machine: Machine;
  settings: RunSettings;
  api: ApiResult;
  widget: WidgetSize;
  ingest: IngestResult;
  targets: TargetCheck[];
};
