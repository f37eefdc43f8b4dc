// Where the shared seed article lives (beside the repository), and whether this machine has it.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** `../shared/seeds/albania-denmark.txt`, relative to the repository root. */
export const SEED_PATH = fileURLToPath(new URL('../../../shared/seeds/albania-denmark.txt', import.meta.url));

/** Whether the seed is absent: tests that need it skip, since it is shared outside the repository. */
export const NO_SEED = !existsSync(SEED_PATH);

/** The seed text, or '' where it is absent. */
export const seedText = (): string => (NO_SEED ? '' : readFileSync(SEED_PATH, 'utf8'));
