// The card page's Content-Security-Policy: no script at all, its two style sheets by hash, flags from the API's origin.

const hashes = new Map<string, string>();

async function sha256(text: string): Promise<string> {
  let hash = hashes.get(text);
  if (hash === undefined) {
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
    hash = `'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`;
    hashes.set(text, hash);
  }
  return hash;
}

/**
 * The policy of a page whose only styles are `styles` (each the text of one `<style>` element) and whose images
 * (the flags) come from `imageOrigin`.
 */
export async function cardPageCsp(styles: readonly string[], imageOrigin: string): Promise<string> {
  const allowed = await Promise.all(styles.map(sha256));
  return [
    "default-src 'none'",
    `style-src ${allowed.join(' ')}`,
    // data: only for the empty favicon, which keeps the browser from asking for /favicon.ico.
    `img-src ${imageOrigin} data:`,
    "base-uri 'none'",
    "form-action 'none'",
    // The point of the page: any site may frame it.
    'frame-ancestors *',
  ].join('; ');
}
