// Strong ETags from content, computed once per cached document rather than per request.

/** A strong ETag for a body: the first 128 bits of its SHA-256, in hex, quoted (`"3f2a…"`). */
export async function contentEtag(body: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(body)));
  let hex = '';
  for (let i = 0; i < 16; i++) hex += (digest[i] as number).toString(16).padStart(2, '0');
  return `"${hex}"`;
}
