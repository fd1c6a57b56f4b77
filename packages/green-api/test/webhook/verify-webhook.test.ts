import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { greenApiFixtures } from '@switchboard/testing';
import { describe, expect, it } from 'vitest';
import { parseGreenApiWebhook, verifyGreenApiWebhook } from '../../src/webhook.js';

const body = JSON.stringify(greenApiFixtures.incomingTextMessage);
const request = (authorization?: string) =>
  new Request('https://example.com/green-api', {
    method: 'POST',
    headers: authorization === undefined ? {} : { authorization },
    body,
  });

describe('verifyGreenApiWebhook', () => {
  it('accepts the bearer token, case-insensitively on the scheme', () => {
    expect(() =>
      verifyGreenApiWebhook(request('Bearer s3cret'), { webhookUrlToken: 's3cret' }),
    ).not.toThrow();
    expect(() =>
      verifyGreenApiWebhook(request('bearer  s3cret '), { webhookUrlToken: 's3cret' }),
    ).not.toThrow();
  });

  it.each([undefined, '', 's3cret', 'Bearer', 'Bearer s3cre', 'Bearer s3cretX', 'Basic s3cret'])(
    'refuses %j with auth',
    (authorization) => {
      expect(() => verifyGreenApiWebhook(request(authorization), { webhookUrlToken: 's3cret' })).toThrow(
        expect.objectContaining({ code: 'auth', status: 401 }),
      );
    },
  );

  it('fails closed when no token is configured, unless allowed', () => {
    expect(() => verifyGreenApiWebhook(request('Bearer x'), {})).toThrow(
      expect.objectContaining({ code: 'auth' }),
    );
    expect(() => verifyGreenApiWebhook(request(), { allowUnauthenticatedWebhooks: true })).not.toThrow();
  });
});

describe('parseGreenApiWebhook', () => {
  it('verifies a Request, then parses it', async () => {
    await expect(
      parseGreenApiWebhook(request('Bearer s3cret'), { webhookUrlToken: 's3cret' }),
    ).resolves.toMatchObject([{ type: 'message-received' }]);
    await expect(
      parseGreenApiWebhook(request('Bearer wrong'), { webhookUrlToken: 's3cret' }),
    ).rejects.toMatchObject({
      code: 'auth',
    });
    await expect(parseGreenApiWebhook(request())).rejects.toMatchObject({ code: 'auth' });
  });

  it('parses bodies given as objects, JSON text or bytes, using the context', async () => {
    const { instanceData: _instanceData, ...withoutInstance } = greenApiFixtures.incomingTelegramTextMessage;
    const context = { idInstance: '4100000001', network: 'telegram' as const };
    for (const input of [
      withoutInstance,
      JSON.stringify(withoutInstance),
      new TextEncoder().encode(JSON.stringify(withoutInstance)),
    ]) {
      const [event] = await parseGreenApiWebhook(input, context);
      expect(event).toMatchObject({
        network: 'telegram',
        instanceId: '4100000001',
        type: 'message-received',
      });
    }
  });

  it('rejects text that is not JSON', async () => {
    await expect(parseGreenApiWebhook('{oops')).rejects.toMatchObject({ code: 'invalid-request' });
  });
});

it('the package source imports no node: module', () => {
  const root = join(import.meta.dirname, '../../src');
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) =>
    file.endsWith('.ts'),
  );
  expect(files.length).toBeGreaterThan(20);
  for (const file of files) expect(readFileSync(join(root, file), 'utf8')).not.toMatch(/from 'node:/);
});
