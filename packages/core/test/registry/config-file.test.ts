import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isMessengerError } from '../../src/errors/messenger-error.js';
import { createMessenger } from '../../src/registry/create-messenger.js';
import { parseMessengerConfigFile } from '../../src/registry/messenger-config-file.js';
import { loadMessengerConfigFile } from '../../src/registry/node/load-messenger-config-file.js';
import { rejectionOf } from './rejection-of.js';

let folder: string;

async function writeConfig(name: string, content: unknown): Promise<string> {
  const path = join(folder, name);
  await writeFile(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return path;
}

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'switchboard-registry-'));
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('loadMessengerConfigFile', () => {
  it('loads a single messenger', async () => {
    const config = { provider: 'whatsgate', options: { apiKey: 'key', whatsappId: '67506a033c2f8' } };
    const path = await writeConfig('single.json', config);
    const file = await loadMessengerConfigFile(path);
    expect(file).toEqual({ kind: 'single', path, config });
  });

  it('loads several messengers by name', async () => {
    const shop = {
      provider: 'sdkwa',
      options: { network: 'whatsapp', idInstance: '1', apiTokenInstance: 't' },
    };
    const support = { provider: 'acme', module: 'switchboard-acme' };
    const path = await writeConfig('tenants.json', { messengers: { shop, support } });
    const file = await loadMessengerConfigFile(path);
    expect(file).toEqual({ kind: 'multiple', path, messengers: { shop, support } });
  });

  it('resolves a relative module against the file, so that createMessenger can import it', async () => {
    await mkdir(join(folder, 'config'), { recursive: true });
    await writeFile(
      join(folder, 'relative-provider.mjs'),
      `export const provider = {
        name: 'relative',
        specificationVersion: 'v1',
        createMessenger: (options) => ({ specificationVersion: 'v1', provider: 'relative', raw: options }),
      };`,
    );
    const path = await writeConfig(join('config', 'relative.json'), {
      messengers: {
        main: { provider: 'relative', module: '../relative-provider.mjs', options: { apiKey: 'k' } },
      },
    });
    const file = await loadMessengerConfigFile(path);
    if (file.kind !== 'multiple') throw new Error('expected several messengers');
    const config = file.messengers.main;
    expect(config?.module).toBe(pathToFileURL(join(folder, 'relative-provider.mjs')).href);
    const messenger = await createMessenger(config ?? { provider: 'none' });
    expect(messenger.provider).toBe('relative');
    expect(messenger.raw).toEqual({ apiKey: 'k' });
  });

  it('names the file and the position of invalid JSON without quoting it', async () => {
    const path = await writeConfig(
      'broken.json',
      '{\n  "provider": "whatsgate",\n  "options": { "apiKey": "secret-9876" ,, }\n}',
    );
    const error = await rejectionOf(loadMessengerConfigFile(path));
    // Node and Deno say where JSON.parse stopped; Bun does not, and then no position is given.
    const position = 'Bun' in globalThis ? '' : ' (line 3, column 41)';
    expect(error.message).toBe(`Messenger config file ${path} is not valid JSON${position}`);
    expect(error.message).not.toContain('secret-9876');
  });

  it('names a file that cannot be read', async () => {
    const path = join(folder, 'absent.json');
    const error = await rejectionOf(loadMessengerConfigFile(path));
    expect(isMessengerError(error, 'invalid-request')).toBe(true);
    expect(error.message).toBe(`Cannot read messenger config file ${path} (ENOENT)`);
  });

  it('names the file and the field of a bad config', async () => {
    const path = await writeConfig('bad.json', {
      messengers: { shop: { options: { apiKey: 'secret-key-1234' } }, '': { provider: 'sdkwa' }, extra: 1 },
    });
    const error = await rejectionOf(loadMessengerConfigFile(path));
    expect(isMessengerError(error, 'invalid-request')).toBe(true);
    expect(error.message).toBe(
      `Invalid messenger config file in ${path}: messengers.shop.provider is missing; messengers."" is not a valid messenger name; messengers.extra must be an object`,
    );
  });

  it('refuses a file that names no messenger', async () => {
    const path = await writeConfig('empty.json', { messengers: {} });
    await expect(loadMessengerConfigFile(path)).rejects.toThrow(
      `Invalid messenger config file in ${path}: messengers must name at least one messenger`,
    );
  });
});

describe('parseMessengerConfigFile', () => {
  it('works on JSON from anywhere, without Node', () => {
    expect(parseMessengerConfigFile({ provider: 'sdkwa' })).toEqual({
      kind: 'single',
      config: { provider: 'sdkwa' },
    });
    expect(() =>
      parseMessengerConfigFile({ messengers: { a: { provider: 'x' } }, provider: 'x' }, 'KV'),
    ).toThrow('Invalid messenger config file in KV: provider is not a known field');
  });
});
