// A constant worker that answers with a copy of a real response (status, every header, body): it shows how much
// of a route's cost is the response itself (its size, its headers) and how much is the code that makes it.

/** The response to copy. */
export type RecordedResponse = { status: number; headers: [string, string][]; body: string };

/** Records `response` (consuming its body). */
export async function recordResponse(response: Response): Promise<RecordedResponse> {
  return { status: response.status, headers: [...response.headers], body: await response.text() };
}

/** Module source of a worker that returns `recorded` to every request; a 304 gets no body. */
export function replicaWorkerSource(recorded: RecordedResponse): string {
  // Miniflare's entry worker may re-encode the body; the copy should not claim an encoding it does not have.
  const headers = recorded.headers.filter(
    ([name]) => !['content-encoding', 'content-length', 'transfer-encoding'].includes(name),
  );
  const body = recorded.status === 304 ? null : recorded.body;
  return `
const init = { status: ${recorded.status}, headers: ${JSON.stringify(headers)} };
const body = ${JSON.stringify(body)};
export default {
  fetch() {
    return new Response(body, init);
  },
};
`;
}
