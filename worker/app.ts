// The Hono app: middleware around every response, the API sub-apps, and one error and one not-found handler.
import { OpenAPIHono } from '@hono/zod-openapi';
import { methodNotAllowed } from 'hono/method-not-allowed';
import type { AppEnv } from './env.ts';
import { handleError } from './handle-error.ts';
import { ALLOWED_METHODS, publicCors } from './middleware/cors.ts';
import { securityHeaders } from './middleware/security-headers.ts';
import { serverTiming } from './middleware/server-timing.ts';
import { refuseInvalidParams } from './path-params.ts';
import { ProblemException, problemResponse } from './problem.ts';
import { countries } from './routes/countries.ts';
import { health } from './routes/health.ts';
import { openapi } from './routes/openapi.ts';
import { problems } from './routes/problems.ts';
import { relations } from './routes/relations.ts';

/** Builds the app. Storage is reached through `c.env`, so one app serves any bindings it is given. */
export function createApp(): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: refuseInvalidParams });

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

  // Each sub-app describes its routes (createRoute); mounting them gathers the descriptions into this app's document.
  app.route('/v1/relations', relations);
  app.route('/v1/countries', countries);
  app.route('/openapi.json', openapi(app));
  app.route('/healthz', health);
  app.route('/problems', problems);

  // Static assets never get here: the platform serves them, and sends the worker only its routes and paths that are
  // no asset (wrangler.toml). Returned, not thrown, so methodNotAllowed can still make a 405 of a known path.
  app.notFound((c) => problemResponse(c, 'not-found'));
  app.onError(handleError);
  return app;
}
