import { describe, expect, it } from 'vitest';
import { startSdkwaEmulator } from '../../../src/emulators/sdkwa/index.js';
import { useStartedResource } from '../../support/suite-value.js';
import { fastOptions, instanceApi, send } from './sdkwa-test-client.js';

describe('SDKWA emulator routing and authentication', () => {
  const emulator = useStartedResource(() => startSdkwaEmulator({ ...fastOptions }));

  it('starts with a WhatsApp and a Telegram instance in the documented formats', () => {
    expect(emulator.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(emulator.instances.map((instance) => instance.network)).toEqual(['whatsapp', 'telegram']);
    const [first] = emulator.instances;
    expect(String(first?.idInstance)).toMatch(/^1101\d{6}$/);
    expect(first?.apiTokenInstance).toMatch(/^[0-9a-f]{50}$/);
  });

  it('answers the current scheme with a Bearer token, case-insensitively and with a trailing slash', async () => {
    const api = instanceApi(emulator);
    expect((await api.get('getStateInstance')).json).toEqual({ stateInstance: 'authorized' });
    expect((await api.get('GETSTATEINSTANCE/')).json).toEqual({ stateInstance: 'authorized' });
  });

  it('answers 401 without or with an unknown token, 403 with another instance token', async () => {
    const api = instanceApi(emulator);
    const missing = await send(`${api.base}/getStateInstance`, 'GET');
    expect(missing.status).toBe(401);
    expect(missing.json).toMatchObject({ statusCode: 401, message: 'Unauthorized' });
    const wrong = await send(`${api.base}/getStateInstance`, 'GET', undefined, {
      authorization: 'Bearer nope',
    });
    expect(wrong.status).toBe(401);
    const other = emulator.instances[1]!.apiTokenInstance;
    const foreign = await send(`${api.base}/getStateInstance`, 'GET', undefined, {
      authorization: `Bearer ${other}`,
    });
    expect(foreign.status).toBe(403);
  });

  it('answers 404 for an unknown instance or a messenger that does not match it', async () => {
    const api = instanceApi(emulator);
    const unknown = await send(
      `${emulator.url}/whatsapp/1101999999/getStateInstance`,
      'GET',
      undefined,
      api.auth,
    );
    expect(unknown.status).toBe(404);
    const mismatch = await send(
      `${emulator.url}/telegram/${api.instance.idInstance}/getStateInstance`,
      'GET',
      undefined,
      api.auth,
    );
    expect(mismatch.status).toBe(404);
  });

  it('answers NestJS 404 for an unknown method, a wrong verb and Telegram-only methods on WhatsApp', async () => {
    const api = instanceApi(emulator);
    const unknown = await api.get('noSuchMethod');
    expect(unknown.status).toBe(404);
    expect(unknown.json).toMatchObject({
      statusCode: 404,
      message: `Cannot GET /whatsapp/${api.instance.idInstance}/noSuchMethod`,
    });
    expect((await api.get('sendMessage')).status).toBe(404);
    expect((await api.post('getStateInstance')).status).toBe(404);
    expect(
      (await api.post('createApp', { title: 'a', shortName: 'b', url: 'c', description: 'd' })).status,
    ).toBe(404);
    expect((await api.get('getStateInstance/extra')).status).toBe(404);
  });

  it('accepts the legacy waInstance scheme with the token in the path', async () => {
    const { idInstance, apiTokenInstance } = emulator.instances[0]!;
    const legacy = await send(
      `${emulator.url}/waInstance${idInstance}/getStateInstance/${apiTokenInstance}`,
      'GET',
    );
    expect(legacy.json).toEqual({ stateInstance: 'authorized' });
    expect((await send(`${emulator.url}/waInstance${idInstance}/getStateInstance/wrong`, 'GET')).status).toBe(
      401,
    );
    expect((await send(`${emulator.url}/waInstance${idInstance}/getStateInstance`, 'GET')).status).toBe(401);
  });

  it('sends and deletes notifications over the legacy scheme', async () => {
    const { idInstance, apiTokenInstance } = emulator.instances[0]!;
    const legacy = `${emulator.url}/waInstance${idInstance}`;
    await instanceApi(emulator).drain();
    const sent = await send(`${legacy}/sendMessage/${apiTokenInstance}`, 'POST', {
      chatId: '79001234567@c.us',
      message: 'old',
    });
    expect(sent.json).toMatchObject({ idMessage: expect.stringMatching(/^3EB0/) });
    const entry = (await send(`${legacy}/receiveNotification/${apiTokenInstance}`, 'GET')).json as {
      receiptId: number;
    };
    const deleted = await send(
      `${legacy}/deleteNotification/${apiTokenInstance}/${entry.receiptId}`,
      'DELETE',
    );
    expect(deleted.json).toEqual({ result: true });
  });

  it('accepts the Postman typo /whatsapp{idInstance}/{method}', async () => {
    const api = instanceApi(emulator);
    const answer = await send(
      `${emulator.url}/whatsapp${api.instance.idInstance}/getStateInstance`,
      'GET',
      undefined,
      api.auth,
    );
    expect(answer.json).toEqual({ stateInstance: 'authorized' });
  });

  it('answers malformed JSON with 400 and validation problems with the documented body', async () => {
    const api = instanceApi(emulator);
    const malformed = await send(`${api.base}/sendMessage`, 'POST', undefined, {
      ...api.auth,
      'content-type': 'application/json',
    });
    expect(malformed.status).toBe(400);
    const broken = await fetch(`${api.base}/sendMessage`, {
      method: 'POST',
      headers: { ...api.auth, 'content-type': 'application/json' },
      body: '{"chatId":',
    });
    expect(broken.status).toBe(400);
    const invalid = await api.post('sendMessage', { chatId: 'not-a-chat', message: 'x' });
    expect(invalid.status).toBe(400);
    expect(invalid.json).toMatchObject({
      statusCode: 400,
      path: `/${api.instance.idInstance}/sendMessage`,
      message: expect.stringMatching(/^Validation failed\. Details: /),
    });
    expect((invalid.json as { timestamp: string }).timestamp).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('answers getInstance without auth and serves unknown paths with 404', async () => {
    const answer = await send(`${emulator.url}/whatsapp/getInstance`, 'POST');
    expect(answer.json).toEqual({
      result: true,
      data: { instanceId: String(emulator.instances[0]!.idInstance) },
    });
    expect((await send(`${emulator.url}/nothing/here`, 'GET')).status).toBe(404);
    expect((await send(`${emulator.url}/media/unknown/file.png`, 'GET')).status).toBe(404);
  });

  it('answers CORS preflights', async () => {
    const answer = await send(`${instanceApi(emulator).base}/sendMessage`, 'OPTIONS');
    expect(answer.status).toBe(204);
    expect(answer.headers.get('access-control-allow-origin')).toBe('*');
  });
});
