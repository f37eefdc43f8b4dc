// What the data scripts share: the repository's root, and a command line read with one clear line for bad usage.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ParseArgsConfig, parseArgs } from 'node:util';

/** The repository's root folder. */
export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * The command line (process.argv) read with `config`. An unknown option or a missing value goes to `usage` as the
 * first line of parseArgs' message; with `help` given, `--help` prints it and exits 0.
 */
export function commandLine<const T extends ParseArgsConfig>(
  config: T,
  usage: (message: string) => never,
  help?: string,
): ReturnType<typeof parseArgs<T>> {
  let parsed: ReturnType<typeof parseArgs<T>>;
  try {
    parsed = parseArgs(config);
  } catch (error) {
    usage((error as Error).message.split('\n')[0] ?? 'bad options');
  }
  if (help !== undefined && (parsed.values as { help?: boolean }).help) {
    console.log(help);
    process.exit(0);
  }
  return parsed;
}
