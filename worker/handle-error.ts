// The app's one error handler: every thrown error becomes a problem+json response; unexpected ones are logged.
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { AppEnv } from './env.ts';
import { logEvent } from './log.ts';
import { timeStoreRead } from './middleware/server-timing.ts';
import { ProblemException, problemResponse, RETRY_AFTER_SECONDS } from './problem.ts';
import { CorruptRecordError, StorageUnavailableError } from './store-errors.ts';

/** For `app.onError`: problem details for every error, never a stack trace or a stored value. */
export function handleError(error: Error, c: Context<AppEnv>): Response {
  if (error instanceof ProblemException) return problemResponse(c, error.problemType, error.message, error.headers);
  if (error instanceof StorageUnavailableError) {
    timeStoreRead(c, { kvMs: error.kvMs, cache: 'miss' });
    return problemResponse(c, 'storage-unavailable', 'The record store did not answer; try again shortly.', {
      'retry-after': String(RETRY_AFTER_SECONDS),
    });
  }
  if (error instanceof CorruptRecordError) {
    // Logged with its key where it was found (record-store.ts); the key and the value stay out of the answer.
    timeStoreRead(c, { kvMs: error.kvMs, cache: error.kvMs === undefined ? 'hit' : 'miss' });
    return problemResponse(c, 'stored-record-invalid', 'The stored record failed validation.');
  }
  if (error instanceof HTTPException && error.status === 404) return problemResponse(c, 'not-found');
  logEvent('error', 'unhandled-error', { name: error.name, message: error.message, method: c.req.method });
  return problemResponse(c, 'internal-error');
}
