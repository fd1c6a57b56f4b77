import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { providerCatalog } from '@switchboard/core';
import { afterAll, describe, expect, it } from 'vitest';
import { parseOptionFlags } from '../../src/config/parse-option-flags.js';
import { resolveMessengerConfig } from '../../src/config/resolve-messenger-config.js';

const folder = mkdtempSync(join(tmpdir(), 'switchboard-config-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const greenApiSpecs = providerCatalog['green-api'].options;

describe('parseOptionFlags', () => {
  it("converts values to the option spec's type", () => {
    expect(
      parseOptionFlags(greenApiSpecs, ['idInstance=1101000001', 'timeoutMilliseconds=5000', 'extra=a=b']),
    ).toEqual({
      idInstance: '1101000001',
      timeoutMilliseconds: 5000,
      extra: 'a=b',
    });
    expect(() => parseOptionFlags(greenApiSpecs, ['timeoutMilliseconds=soon'])).toThrow(
      '--option timeoutMilliseconds must be a number',
    );
  });
});

describe('resolveMessengerConfig', () => {
  it('layers the file, then the environment, then the flags', async () => {
    writeFileSync(
      join(folder, 'switchboard.config.json'),
      JSON.stringify({
        provider: 'whatsgate',
        options: { apiKey: 'from-file', whatsappId: 'file-session', baseUrl: 'http://127.0.0.1:1/api/v1' },
      }),
    );
    const config = await resolveMessengerConfig(
      { option: ['whatsappId=flag-session'] },
      { WHATSGATE_API_KEY: 'from-environment', WHATSGATE_WHATSAPP_ID: 'environment-session' },
      folder,
    );
    expect(config).toEqual({
      provider: 'whatsgate',
      options: {
        apiKey: 'from-environment',
        whatsappId: 'flag-session',
        baseUrl: 'http://127.0.0.1:1/api/v1',
      },
    });
  });

  it('starts over when a flag names another provider than the file', async () => {
    const config = await resolveMessengerConfig(
      { provider: 'green-api' },
      { GREEN_API_NETWORK: 'max' },
      folder,
    );
    expect(config).toEqual({ provider: 'green-api', options: { network: 'max' } });
  });

  it('names the file when --config points nowhere', async () => {
    await expect(resolveMessengerConfig({ config: 'absent.json' }, {}, folder)).rejects.toThrow(
      `Cannot read messenger config file ${join(folder, 'absent.json')} (ENOENT)`,
    );
  });
});

describe('a third-party provider named by its module', () => {
  const moduleFolder = mkdtempSync(join(tmpdir(), 'switchboard-module-'));
  afterAll(() => rmSync(moduleFolder, { recursive: true, force: true }));
  const acme = join(moduleFolder, 'acme.mjs');
  writeFileSync(
    acme,
    `export const provider = {
      name: 'acme',
      specificationVersion: 'v1',
      options: [
        { name: 'apiKey', description: 'key', type: 'string', environmentVariable: 'ACME_API_KEY', secret: true, required: true },
        { name: 'pollMilliseconds', description: 'poll', type: 'number', environmentVariable: 'ACME_POLL_MILLISECONDS' },
      ],
      createMessenger: () => { throw new Error('not used'); },
    };`,
  );
  const module = pathToFileURL(acme).href;

  it('reads its variables from the environment and types its flags, from the specs its module declares', async () => {
    const config = await resolveMessengerConfig(
      { option: ['pollMilliseconds=15000', 'timeoutMilliseconds=5000'] },
      {
        SWITCHBOARD_PROVIDER: 'acme',
        SWITCHBOARD_PROVIDER_MODULE: module,
        ACME_API_KEY: 'from-the-environment',
      },
      moduleFolder,
    );
    expect(config).toEqual({
      provider: 'acme',
      module,
      options: { apiKey: 'from-the-environment', pollMilliseconds: 15000, timeoutMilliseconds: 5000 },
    });
  });
});
