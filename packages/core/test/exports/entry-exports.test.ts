import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { listEntryExports } from './entry-exports.js';

let cachedExports: ReturnType<typeof listEntryExports> | undefined;
const entryExports = () => (cachedExports ??= listEntryExports());

const snapshotPath = resolve(dirname(fileURLToPath(import.meta.url)), 'entry-exports.json');
const updateVariable = 'SWITCHBOARD_UPDATE_EXPORTS';
const updateHint =
  `The exports of @switchboard/core changed. If the change is deliberate (a new public name is a promise to users), ` +
  `update the snapshot with \`${updateVariable}=1 pnpm --filter @switchboard/core exec vitest run test/exports\` and commit ` +
  `test/exports/entry-exports.json; otherwise stop exporting the name (internals stay unexported, the adapter kit ` +
  `belongs to @switchboard/core/adapter, Node-only helpers to @switchboard/core/node).`;

describe('the exports of each entry of @switchboard/core', () => {
  it('match the checked-in snapshot', { timeout: 120_000 }, () => {
    const actual = entryExports();
    if (process.env[updateVariable] === '1')
      writeFileSync(snapshotPath, `${JSON.stringify(actual, null, 2)}\n`);
    const expected = JSON.parse(readFileSync(snapshotPath, 'utf8')) as unknown;
    expect(actual, updateHint).toEqual(expected);
  });

  it('keep the adapter kit off the main entry', { timeout: 120_000 }, () => {
    const { '@switchboard/core': main, '@switchboard/core/adapter': kit } = entryExports();
    expect(main.filter((name) => kit.includes(name))).toEqual([]);
    for (const name of [
      'defineMessenger',
      'createHttpTransport',
      'Redactor',
      'createEventId',
      'omitUndefined',
    ]) {
      expect(main).not.toContain(name);
      expect(kit).toContain(name);
    }
  });

  it('export no internals', { timeout: 120_000 }, () => {
    const all = Object.values(entryExports()).flat();
    for (const name of [
      'RetryPolicy',
      'isNeverSentError',
      'findNetworkErrorCode',
      'sanitizeError',
      'parseProviderDefinition',
      'runtimeModuleImporter',
    ]) {
      expect(all).not.toContain(name);
    }
  });
});
