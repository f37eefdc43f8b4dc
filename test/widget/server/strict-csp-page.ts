// A vite plugin for the widget tests: a page served with a strict CSP that loads the CDN bundle from another origin.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Plugin } from 'vite';
import { bundleOptions } from '../../../widget/scripts/bundle-options.ts';
import { alDk } from '../fixtures/al-dk.ts';

const widgetDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'widget');
const LOOPBACK_ORIGIN = /^http:\/\/(localhost|127\.0\.0\.1):\d+$/;

// Runs inside the CSP page: reports what rendered and every CSP violation to the test page that framed it.
const PAGE_SCRIPT = `
const violations = [];
document.addEventListener('securitypolicyviolation', (e) => violations.push({ directive: e.effectiveDirective, blocked: e.blockedURI }));
const card = document.querySelector('relations-card');
const report = (event) => setTimeout(() => {
  const root = card.shadowRoot;
  const part = root.querySelector('[part="card"]');
  parent.postMessage({
    event: event.type,
    text: root.textContent.replace(/\\s+/g, ' ').trim(),
    sheets: root.adoptedStyleSheets.length,
    styleElements: root.querySelectorAll('style').length,
    background: part && getComputedStyle(part).backgroundColor,
    borderRadius: part && getComputedStyle(part).borderTopLeftRadius,
    flagsShown: [...root.querySelectorAll('img')].filter((img) => !img.hidden).length,
    violations,
  }, '*');
}, 300);
card.addEventListener('relations-card-load', report);
card.addEventListener('relations-card-error', report);
`;

/** Serves `/__csp/page.html?script=<origin>` (strict CSP), `/__csp/relations-card.js`, and the API and flags at `/`. */
export function strictCspPage(): Plugin {
  let bundle: Promise<Uint8Array> | undefined;
  const bundleBytes = () => {
    bundle ??= build(bundleOptions(widgetDir)).then((r) => r.outputFiles?.[0]?.contents ?? new Uint8Array());
    return bundle;
  };
  return {
    name: 'relations-card-strict-csp-page',
    configureServer(server) {
      server.middlewares.use(async (req, res, next) => {
        const url = new URL(req.url ?? '/', 'http://x');
        const send = (
          status: number,
          type: string,
          body: string | Uint8Array,
          headers: Record<string, string> = {},
        ) => {
          res.writeHead(status, { 'content-type': type, 'access-control-allow-origin': '*', ...headers });
          res.end(body);
        };
        if (url.pathname === '/__csp/page.html') {
          const scriptOrigin = url.searchParams.get('script') ?? '';
          if (!LOOPBACK_ORIGIN.test(scriptOrigin)) return send(400, 'text/plain', 'script must be a loopback origin');
          const csp = `default-src 'none'; script-src 'self' ${scriptOrigin}; style-src 'self'; img-src 'self'; connect-src ${scriptOrigin}`;
          const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>strict CSP</title>
<script type="module" src="${scriptOrigin}/__csp/relations-card.js"></script></head>
<body><relations-card countries="AL DK"></relations-card><script type="module" src="/__csp/page.js"></script></body></html>`;
          return send(200, 'text/html; charset=utf-8', html, { 'content-security-policy': csp });
        }
        if (url.pathname === '/__csp/page.js') return send(200, 'text/javascript', PAGE_SCRIPT);
        if (url.pathname === '/__csp/relations-card.js') return send(200, 'text/javascript', await bundleBytes());
        if (url.pathname === '/v1/relations/AL/DK') return send(200, 'application/json', JSON.stringify(alDk));
        if (/^\/flags\/[a-z]{2}\.svg$/.test(url.pathname)) {
          return send(200, 'image/svg+xml', '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 3"/>');
        }
        next();
      });
    },
  };
}
