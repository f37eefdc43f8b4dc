// The performance targets of issue 6, checked against a run's figures.

/** One target: what is measured, the bound, the figure, and whether it holds (null: not measured). */
export type TargetCheck = { name: string; target: string; value: number | null; pass: boolean | null };

type Figures = {
  ratio: number | null;
  referenceRatio: number | null;
  notModifiedRatio: number | null;
  kvReadsPerRequest: number | null;
  coldKvReadsPerRequest: number | null;
  widgetGzipBytes: number | null;
};

const check = (name: string, target: string, value: number | null, holds: (v: number) => boolean) => ({
  name,
  target,
  value,
  pass: value === null ? null : holds(value),
});

/**
 * Checks the targets: both record routes >= 0.8 x bare, 304 >= 0.9 x bare, no KV read on a warm request and at most
 * 3 on the first request for a pair in an isolate (issue 9: zero warm, a small fixed number cold), widget <= 15 KB
 * gzip.
 */
export function checkTargets(figures: Figures): TargetCheck[] {
  return [
    check('relations rps / bare rps', '>= 0.80', figures.ratio, (v) => v >= 0.8),
    check('reference pair rps / bare rps', '>= 0.80', figures.referenceRatio, (v) => v >= 0.8),
    check('304 rps / bare rps', '>= 0.90', figures.notModifiedRatio, (v) => v >= 0.9),
    check('KV reads per warm request', '= 0', figures.kvReadsPerRequest, (v) => v <= 0),
    check('KV reads per cold request', '<= 3', figures.coldKvReadsPerRequest, (v) => v <= 3),
    check('widget gzip bytes', '<= 15360', figures.widgetGzipBytes, (v) => v <= 15 * 1024),
  ];
}
