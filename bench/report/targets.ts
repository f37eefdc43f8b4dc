// The performance targets of issue 6, checked against a run's figures.

/** One target: what is measured, the bound, the figure, and whether it holds (null: not measured). */
export type TargetCheck = { name: string; target: string; value: number | null; pass: boolean | null };

type Figures = {
  ratio: number | null;
  notModifiedRatio: number | null;
  kvReadsPerRequest: number | null;
  widgetGzipBytes: number | null;
};

const check = (name: string, target: string, value: number | null, holds: (v: number) => boolean) => ({
  name,
  target,
  value,
  pass: value === null ? null : holds(value),
});

/** Checks the four targets: relations >= 0.8 x bare, 304 >= 0.9 x bare, <= 1 KV read per warm request, widget <= 15 KB gzip. */
export function checkTargets(figures: Figures): TargetCheck[] {
  return [
    check('relations rps / bare rps', '>= 0.80', figures.ratio, (v) => v >= 0.8),
    check('304 rps / bare rps', '>= 0.90', figures.notModifiedRatio, (v) => v >= 0.9),
    check('KV reads per warm request', '<= 1', figures.kvReadsPerRequest, (v) => v <= 1),
    check('widget gzip bytes', '<= 15360', figures.widgetGzipBytes, (v) => v <= 15 * 1024),
  ];
}
