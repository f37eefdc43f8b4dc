// What `npm run publish:data` was asked for: --dry-run, --local, --help; anything else is refused.
import { parseArgs } from 'node:util';

/** The options of publish:data. */
export interface PublishDataOptions {
  dryRun: boolean;
  local: boolean;
  help: boolean;
}

/** The help text of publish:data. */
export const PUBLISH_DATA_USAGE = `Usage: npm run publish:data -- [--dry-run] [--local]

Publishes dist/kv/relations.json (written by npm run data:build) to the RELATIONS KV namespace, sending only
the keys whose value changed since the last publish (the manifest kept in the namespace says which).

Options:
  --dry-run   read the namespace's manifest (or list its keys) and print what would be added, changed and
              deleted, with bytes and the keys themselves; write nothing
  --local     the local namespace that npm start serves (.wrangler/state) instead of the one on Cloudflare
  -h, --help  this text

Exit codes: 0 done, 1 failed (no upload, placeholder namespace id, wrangler error), 2 bad options.`;

/** Reads argv; throws a message a person can act on when an option is unknown or takes no value. */
export function publishDataOptions(argv: string[]): PublishDataOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      'dry-run': { type: 'boolean', default: false },
      local: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: false,
    strict: true,
  });
  return { dryRun: values['dry-run'], local: values.local, help: values.help };
}
