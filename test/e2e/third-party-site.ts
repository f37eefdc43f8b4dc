// A "third-party" site on its own origin that embeds cards under a strict Content Security Policy.
import { createServer, type Server } from 'node:http';
import { type LocalSite, serveLocally } from './free-port.ts';

/** A running site: its origin, and how to stop it. */
export type ThirdPartySite = LocalSite;

/** The page's own stylesheet: it may only come from 'self', like any page with `style-src 'self'`. */
const PAGE_CSS = 'body { font-family: system-ui, sans-serif; margin: 24px; max-width: 480px; background: Canvas; }\n';

/** Options of startThirdPartySite. */
export interface ThirdPartySiteOptions {
  /** The tag that loads the widget. @default a module script from `<workerOrigin>/relations-card.js` */
  script?: string;
}

/**
 * Serves `body` as an HTML page whose CSP lets scripts, API calls and images come only from `workerOrigin` and styles
 * only from itself (no 'unsafe-inline'), as a careful publisher would.
 */
export async function startThirdPartySite(
  workerOrigin: string,
  body: string,
  options: ThirdPartySiteOptions = {},
): Promise<ThirdPartySite> {
  const script = options.script ?? `<script type="module" src="${workerOrigin}/relations-card.js"></script>`;
  const csp = [
    "default-src 'none'",
    `script-src ${workerOrigin}`,
    `connect-src ${workerOrigin}`,
    `img-src ${workerOrigin}`,
    `frame-src ${workerOrigin}`,
    "style-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const page = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>A page that embeds relations cards</title>
<link rel="stylesheet" href="/page.css">
${script}
</head>
<body>
<main>
<h1>Neighbours and partners</h1>
${body}
</main>
</body>
</html>
`;
  const server: Server = createServer((req, res) => {
    if (req.url === '/page.css') {
      res.writeHead(200, { 'content-type': 'text/css; charset=utf-8' }).end(PAGE_CSS);
    } else if (req.url === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': csp }).end(page);
    } else {
      res.writeHead(404).end();
    }
  });
  // `localhost` against the worker's `127.0.0.1`: another site altogether, not only another port.
  return serveLocally(server, 'localhost');
}
