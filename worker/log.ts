// Anomalies as one structured JSON line each; ordinary requests are logged by Workers observability, not here.

/** Fields of a log line; never put a stack trace or a stored value in them that a user could have sent. */
export type LogFields = Record<string, string | number | boolean | string[] | undefined>;

/** Writes one JSON line such as `{"level":"error","event":"corrupt-record","key":"relations:AL-DK"}`. */
export function logEvent(level: 'warn' | 'error', event: string, fields: LogFields = {}): void {
  const line = JSON.stringify({ level, event, ...fields });
  if (level === 'error') console.error(line);
  else console.warn(line);
}
