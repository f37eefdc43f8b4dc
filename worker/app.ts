// The Hono app: middleware around every response, the API sub-apps, static assets, and one error handler.
import { Hono } from 'hono';
import { methodNotAllowed } from 'hono/method-not-allowed';
import type { AppEnv } from './env.ts';
import { handleError } from './handle-error.ts';
import { ALLOWED_METHODS, publicCors } from './middleware/cors.ts';
import { securityHeaders } from './middleware/security-headers.ts';
import { serverTiming } from './middleware/server-timing.ts';
import { ProblemException } from './problem.ts';
import { serveAsset } from './routes/assets.ts';
import { countries } from './routes/countries.ts';
import { health } from './routes/health.ts';
import { openapi } from './routes/openapi.ts';
import { problems } from './routes/problems.ts';
import { relations } from './routes/relations.ts';

/** Builds the app. Storage is reached through `c.env`, so one app serves any bindings it is given. */
export function createApp(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  // Outermost first, so they see the final answer, errors included: security headers, CORS, Server-Timing.
  app.use(
    securityHeaders(),
    publicCors(),
    serverTiming(),
    methodNotAllowed({
      app,
      // Every route is GET (so HEAD), and OPTIONS is answered for every path by publicCors.
      onMethodNotAllowed: () => {
        throw new ProblemException('method-not-allowed', `This resource answers ${ALLOWED_METHODS}.`, {
          allow: ALLOWED_METHODS,
        });
      },
    }),
  );

  app.route('/v1/relations', relations);
  app.route('/v1/countries', countries);
  app.route('/openapi.json', openapi);
  app.route('/healthz', health);
  app.route('/problems', problems);

  app.notFound(serveAsset);
  app.onError(handleError);
  return app;
}
