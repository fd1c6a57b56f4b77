import { describe, expect, it } from 'vitest';
import { startGreenApiEmulator } from '../../../src/emulators/green-api/index.js';
import { useGreenApiEmulator } from '../../support/green-api-emulator-suite.js';
import { call, fastTimings } from './green-api-test-client.js';

describe('GREEN-API emulator routing', () => {
  const { emulator, instance } = useGreenApiEmulator({ timings: fastTimings, seed: 7 });

  it('creates one notAuthorized instance per messenger with realistic credentials', async () => {
    const [whatsapp, telegram, max] = emulator.instances;
    expect(String(whatsapp?.idInstance)).toMatch(/^1101\d{6}$/);
    expect(String(telegram?.idInstance)).toMatch(/^4100\d{6}$/);
    expect(String(max?.idInstance)).toMatch(/^3100\d{6}$/);
    expect(whatsapp?.apiTokenInstance).toMatch(/^[0-9a-f]{50}$/);
    expect([whatsapp?.typeInstance, telegram?.typeInstance, max?.typeInstance]).toEqual([
      'whatsapp',
      'telegram',
      'v3',
    ]);
    expect(max?.apiUrl).toBe(`${emulator.url}/v3`);
    expect(whatsapp?.mediaUrl).toBe(emulator.mediaUrl);
    expect(emulator.mediaUrl).not.toBe(emulator.url);
    for (const each of emulator.instances) {
      expect(await call(each, 'getStateInstance')).toMatchObject({
        status: 200,
        json: { stateInstance: 'notAuthorized' },
      });
    }
  });

  it('matches method names case-insensitively and accepts the optional /v3 prefix', async () => {
    expect((await call(instance(0), 'GetStateInstance')).status).toBe(200);
    expect((await call(instance(0), 'GETSTATEINSTANCE')).status).toBe(200);
    expect((await call(instance(2), 'getStateInstance', { base: emulator.url })).status).toBe(200);
    expect((await call(instance(0), 'getStateInstance', { base: `${emulator.url}/v3` })).status).toBe(200);
  });

  it('answers 403 for an unknown instance and 401 for a wrong token', async () => {
    const unknown = { ...instance(0), idInstance: 1101999999 };
    expect(await call(unknown, 'getStateInstance')).toMatchObject({ status: 403, text: 'Forbidden' });
    const wrongToken = await call(instance(0), 'getStateInstance', { token: 'f'.repeat(50) });
    expect(wrongToken).toMatchObject({ status: 401, text: 'Unauthorized' });
  });

  it('answers 403 for the token of another instance (reference §4.1)', async () => {
    const otherToken = await call(instance(0), 'getStateInstance', { token: instance(1).apiTokenInstance });
    expect(otherToken).toMatchObject({ status: 403, text: 'Forbidden' });
  });

  it('answers 401 to a token that is not valid percent-encoding', async () => {
    const malformed = await call(instance(0), 'getStateInstance', { token: '%E0%A4%A' });
    expect(malformed).toMatchObject({ status: 401, text: 'Unauthorized' });
  });

  it('answers 404 for unknown methods, wrong verbs and extra path segments', async () => {
    expect((await call(instance(0), 'noSuchMethod')).status).toBe(404);
    expect((await call(instance(0), 'getStateInstance', { verb: 'POST', body: {} })).status).toBe(404);
    expect((await call(instance(0), 'sendMessage', { verb: 'GET' })).status).toBe(404);
    expect((await call(instance(0), 'getStateInstance', { receiptId: 5 })).status).toBe(404);
    expect((await fetch(`${emulator.url}/nothing/here`)).status).toBe(404);
  });

  it('answers OPTIONS with 204 and CORS headers', async () => {
    const response = await fetch(
      `${emulator.url}/waInstance${instance(0).idInstance}/sendMessage/${instance(0).apiTokenInstance}`,
      { method: 'OPTIONS' },
    );
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('answers 404 for methods the messenger lacks', async () => {
    const body = { chatId: '20000000', message: 'Q?', options: [{ optionName: 'A' }, { optionName: 'B' }] };
    expect((await call(instance(2), 'sendPoll', { body })).status).toBe(404);
    expect((await call(instance(1), 'sendPoll', { body })).status).not.toBe(404);
    expect((await call(instance(2), 'forwardMessages', { body: {} })).status).toBe(404);
    expect((await call(instance(2), 'editMessage', { body: {} })).status).toBe(404);
    expect((await call(instance(2), 'deleteMessage', { body: {} })).status).toBe(404);
    expect((await call(instance(2), 'sendTyping', { body: {} })).status).toBe(404);
    expect((await call(instance(1), 'getWaSettings')).status).toBe(404);
    expect((await call(instance(0), 'getAccountSettings')).status).toBe(404);
    expect((await call(instance(0), 'checkAccount', { body: {} })).status).toBe(404);
    expect((await call(instance(1), 'checkWhatsapp', { body: {} })).status).toBe(404);
  });

  it('serves uploads only on the media host', async () => {
    const bytes = new Uint8Array([1, 2, 3]);
    const onApi = await call(instance(0), 'uploadFile', { base: emulator.url, body: bytes });
    expect(onApi.status).toBe(404);
    const onMedia = await call(instance(0), 'uploadFile', { base: emulator.mediaUrl, body: bytes });
    expect(onMedia.status).toBe(200);
    expect((await call(instance(0), 'getStateInstance', { base: emulator.mediaUrl })).status).toBe(404);
  });

  it('answers malformed JSON and non-object bodies with 400', async () => {
    const malformed = await call(instance(0), 'sendMessage', { body: '{"chatId":' });
    expect(malformed.status).toBe(400);
    expect(malformed.json).toMatchObject({
      statusCode: 400,
      message: expect.stringMatching(/JSON|Unexpected/),
    });
    const array = await call(instance(0), 'sendMessage', { body: '[1]' });
    expect(array.status).toBe(400);
  });

  it('answers validation errors with the JSON error body', async () => {
    const missing = await call(instance(0), 'sendMessage', { body: { message: 'x' } });
    expect(missing.status).toBe(400);
    expect(missing.json).toMatchObject({
      statusCode: 400,
      path: expect.stringContaining('/sendMessage/'),
      message: "Validation failed. Details: 'chatId' is required",
      timestamp: expect.any(String),
    });
  });
});

describe('GREEN-API emulator on one port', () => {
  it('serves media methods on the API port when separateMediaServer is false', async () => {
    const emulator = await startGreenApiEmulator({ separateMediaServer: false, instances: [{}] });
    try {
      expect(emulator.mediaUrl).toBe(emulator.url);
      const [instance] = emulator.instances;
      const upload = await call(instance!, 'uploadFile', {
        body: new Uint8Array([9]),
        headers: { 'GA-Filename': 'a.bin' },
      });
      expect(upload.status).toBe(200);
    } finally {
      await emulator.close();
    }
  });
});
