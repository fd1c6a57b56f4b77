import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const probe =
  "const messenger = kit.defineMessenger({ provider: 'p', network: 'whatsapp', instanceId: '1', raw: null, capabilities: {} });" +
  "process.stdout.write(JSON.stringify([core.specificationVersion, typeof kit.createHttpTransport, core.isMessengerError(new core.MessengerError('x', { code: 'auth' })), messenger.supports('send.text')]));";

function runNode(args: string[]): unknown {
  return JSON.parse(execFileSync(process.execPath, args, { cwd: packageRoot, encoding: 'utf8' }));
}

// The consumers are spawned with Node's own flags, so this runs under Node only (not under Deno or Bun).
const isNode = !('Deno' in globalThis) && !('Bun' in globalThis);

describe.skipIf(!isNode)('the built package', () => {
  it('has been built', () => {
    expect(existsSync(resolve(packageRoot, 'dist/index.mjs'))).toBe(true);
    expect(existsSync(resolve(packageRoot, 'dist/index.d.mts'))).toBe(true);
  });

  it('loads with import from an ES module', () => {
    const result = runNode([
      '--input-type=module',
      '-e',
      `import * as core from '@switchboard/core'; import * as kit from '@switchboard/core/adapter'; ${probe}`,
    ]);
    expect(result).toEqual(['v1', 'function', true, false]);
  });

  it('loads with require from a CommonJS module', () => {
    const result = runNode([
      '--input-type=commonjs',
      '-e',
      `const core = require('@switchboard/core'); const kit = require('@switchboard/core/adapter'); ${probe}`,
    ]);
    expect(result).toEqual(['v1', 'function', true, false]);
  });
});
