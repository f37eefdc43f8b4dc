// The bare worker: a constant JSON response, the most this runtime can serve through the same harness.

/** Module source of a worker that answers every request with the same small JSON body and does nothing else. */
export const BARE_WORKER_SOURCE = `
const body = JSON.stringify({ ok: true });
export default {
  fetch() {
    return new Response(body, { headers: { 'content-type': 'application/json; charset=utf-8' } });
  },
};
`;
