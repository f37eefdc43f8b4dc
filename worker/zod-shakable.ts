// What `from 'zod'` resolves to in the worker bundle (wrangler.toml [alias]): all of zod's named exports, with `z` as
// the one member @hono/zod-openapi needs. That package passes zod's `z` namespace to `extendZodWithOpenApi(z)` as a
// value, which keeps every export of it in the bundle, 40-odd locales included (about 380 KB of 540). Everything
// else imports zod as `import * as z from 'zod'` and keeps only what it uses.
import { ZodType } from 'zod/v4';

export * from 'zod/v4';

/** What `extendZodWithOpenApi` reads: the base class whose prototype gets `.openapi()`. */
export const z = { ZodType };
