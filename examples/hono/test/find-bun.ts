import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

/** Where `node bench/portability.mjs --runtimes bun` installs Bun from npm. */
export const portabilityBun = join(tmpdir(), 'switchboard-portability', 'bun', 'node_modules', '.bin', 'bun');

/** The Bun binary to run the recipe with: `$BUN`, then `bun` on the PATH, then the portability install. */
export function findBun(): string | undefined {
  const candidates = [
    process.env.BUN,
    ...(process.env.PATH ?? '').split(delimiter).map((directory) => join(directory, 'bun')),
    portabilityBun,
  ];
  return candidates.find((candidate) => candidate !== undefined && candidate !== '' && existsSync(candidate));
}
