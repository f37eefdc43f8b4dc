// The KV namespace id wrangler.toml ships with: nothing on Cloudflare has it, so a remote command must stop early.

/** The id in wrangler.toml until someone puts the real namespace's id there. */
export const PLACEHOLDER_NAMESPACE_ID = '00000000000000000000000000000000';

/** What to do about it, as printed by the scripts that would talk to the remote namespace. */
export const PLACEHOLDER_NAMESPACE_HINT =
  'wrangler.toml still has the placeholder KV namespace id.\n' +
  '  1. npx wrangler login\n' +
  '  2. npx wrangler kv namespace create RELATIONS\n' +
  '  3. put the printed id into [[kv_namespaces]] in wrangler.toml, then run the command again';

/** Whether the wrangler.toml text still names the placeholder namespace. */
export const hasPlaceholderNamespace = (config: string): boolean => config.includes(PLACEHOLDER_NAMESPACE_ID);
