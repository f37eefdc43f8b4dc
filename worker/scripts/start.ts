// `npm start`: builds, publishes what changed to local KV and runs the worker on localhost with the demo page.
import { join } from 'node:path';
import { publishKv } from './kv-publish/index.ts';
import { type StartOptions, startOptions } from './start-options.ts';
import { npmRun, root, wranglerSpawn } from './wrangler-env.ts';

let options: StartOptions;
try {
  options = startOptions(process.argv.slice(2), process.env);
} catch (error) {
  console.error(`npm start: ${(error as Error).message}`);
  process.exit(2);
}
const { port, host } = options;

console.log('1/3 building the data and the widget…');
npmRun('build');
console.log('2/3 publishing dist/kv/relations.json to local KV (.wrangler/state), only what changed…');
try {
  publishKv({ file: join(root, 'dist', 'kv', 'relations.json'), target: { remote: false } });
} catch (error) {
  console.error(`npm start: ${(error as Error).message}`);
  process.exit(1);
}
console.log('3/3 starting the worker…\n');
const base = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`;
console.log(`  demo page   ${base}/`);
console.log(`  API         ${base}/v1/relations/AL/DK  (any pair: ${base}/v1/relations/JP/KR)`);
console.log(`  card page   ${base}/v1/relations/AL/DK/card  (no JavaScript; oEmbed at ${base}/oembed?url=…)`);
console.log(`  OpenAPI     ${base}/openapi.json`);
console.log(`  widget      ${base}/relations-card.js`);
console.log('  stop with Ctrl+C\n');

// Problem type URIs on the local origin rather than the deployed one, so they lead to their description here.
const dev = wranglerSpawn([
  'dev',
  '--ip',
  host,
  '--port',
  String(port),
  '--var',
  `PUBLIC_ORIGIN:${base}`,
  '--show-interactive-dev-session=false',
]);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => dev.kill(signal));
dev.on('exit', (code) => process.exit(code ?? 0));
