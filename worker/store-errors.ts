// What can go wrong reading the store, as errors the app's error handler turns into 5xx problem details.

/** KV failed or timed out and no earlier copy was at hand. */
export class StorageUnavailableError extends Error {
  readonly key: string;
  /** Milliseconds spent on the failed read. */
  readonly kvMs: number;
  constructor(key: string, kvMs: number, cause: unknown) {
    super(`KV read of ${key} failed`, { cause });
    this.name = 'StorageUnavailableError';
    this.key = key;
    this.kvMs = kvMs;
  }
}

/** The stored value failed validation and no earlier good copy was at hand. */
export class CorruptRecordError extends Error {
  readonly key: string;
  /** Milliseconds spent reading KV, or undefined when the verdict came from memory. */
  readonly kvMs: number | undefined;
  constructor(key: string, kvMs?: number) {
    super(`stored value under ${key} is invalid`);
    this.name = 'CorruptRecordError';
    this.key = key;
    this.kvMs = kvMs;
  }
}
