import { beforeAll, describe, expect, it } from 'vitest';
import { startWhatsgateEmulator, whatsgateErrorMessages } from '../../../src/emulators/whatsgate/index.js';
import { whatsgateFixtures } from '../../../src/fixtures/whatsgate-fixtures.js';
import { useStartedResource } from '../../support/suite-value.js';
import { callWhatsgate, fastTimings } from './whatsgate-test-helpers.js';

describe('Whatsgate emulator: transport, auth and Yii2 errors', () => {
  const emulator = useStartedResource(() => startWhatsgateEmulator({ ...fastTimings, apiKey: 'secret-key' }));
  let whatsappId: string;

  beforeAll(() => {
    whatsappId = emulator.sessions[0]?.whatsappId ?? '';
  });

  it('serves POST /api/v1/<command> with the configured key and one default READY session', async () => {
    expect(emulator.apiKey).toBe('secret-key');
    expect(emulator.apiUrl).toBe(`${emulator.url}/api/v1`);
    expect(emulator.sessions).toEqual([{ whatsappId, name: 'Switchboard', status: 'READY' }]);
    expect(whatsappId).toMatch(/^[0-9a-f]{13}$/);
    const { status, body } = await callWhatsgate(emulator, 'check', {
      WhatsappID: whatsappId,
      number: '79991112233',
    });
    expect(status).toBe(200);
    expect(body).toEqual(whatsgateFixtures.checkResponse);
  });

  it('answers a missing or wrong X-Api-Key with the 401 Yii2 body (header name case-insensitive)', async () => {
    const missing = await callWhatsgate(emulator, 'get-chats', { WhatsappID: whatsappId }, { apiKey: null });
    expect(missing.status).toBe(401);
    expect(missing.body).toEqual(whatsgateFixtures.unauthorizedError);
    const wrong = await callWhatsgate(emulator, 'get-chats', { WhatsappID: whatsappId }, { apiKey: 'nope' });
    expect(wrong.status).toBe(401);
    const response = await fetch(`${emulator.apiUrl}/get-chats`, {
      method: 'POST',
      headers: { 'x-api-key': 'secret-key', 'content-type': 'application/json' },
      body: JSON.stringify({ WhatsappID: whatsappId }),
    });
    expect(response.status).toBe(200);
  });

  it('rejects other verbs with 405 and Allow: POST, before checking the key', async () => {
    const result = await callWhatsgate(emulator, 'send', undefined, { method: 'GET', apiKey: null });
    expect(result.status).toBe(405);
    expect(result.headers.get('allow')).toBe('POST');
    expect(result.body).toEqual({
      name: 'Method Not Allowed',
      message: whatsgateErrorMessages.methodNotAllowed,
      code: 0,
      status: 405,
    });
  });

  it('answers unknown commands and paths with the Yii2 404', async () => {
    const result = await callWhatsgate(emulator, 'send-message', {});
    expect(result.status).toBe(404);
    expect(result.body).toEqual({ name: 'Not Found', message: 'Page not found.', code: 0, status: 404 });
    const other = await fetch(`${emulator.url}/v1/send`, { method: 'POST' });
    expect(other.status).toBe(404);
  });

  it('answers malformed JSON with 400', async () => {
    const result = await callWhatsgate(emulator, 'check', undefined, { rawBody: '{"WhatsappID":' });
    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({ name: 'Bad Request', message: whatsgateErrorMessages.invalidJson });
  });

  it('answers an unknown WhatsappID with 500', async () => {
    const result = await callWhatsgate(emulator, 'get-chats', { WhatsappID: 'ffffffffffff0' });
    expect(result.status).toBe(500);
    expect(result.body).toEqual({
      name: 'Internal Server Error',
      message: whatsgateErrorMessages.sessionNotFound,
      code: 0,
      status: 500,
    });
  });

  it('answers missing required fields with 500 naming the field', async () => {
    const noSession = await callWhatsgate(emulator, 'get-chats', {});
    expect(noSession.status).toBe(500);
    expect(noSession.body.message).toContain('WhatsappID');
    const noNumber = await callWhatsgate(emulator, 'check', { WhatsappID: whatsappId });
    expect(noNumber.status).toBe(500);
    expect(noNumber.body.message).toContain('number');
    const noMediaKey = await callWhatsgate(emulator, 'get-media', { WhatsappID: whatsappId });
    expect(noMediaKey.body.message).toContain('mediaKey');
    const noMessageId = await callWhatsgate(emulator, 'get-messagemedia', { WhatsappID: whatsappId });
    expect(noMessageId.body.message).toContain('MessageID');
  });

  it('reads JSON only with Content-Type: application/json (Yii2 parser), and form bodies too', async () => {
    const withoutType = await callWhatsgate(
      emulator,
      'check',
      { WhatsappID: whatsappId, number: '79991112233' },
      { contentType: null },
    );
    expect(withoutType.status).toBe(500);
    expect(withoutType.body.message).toContain('WhatsappID');
    const form = await callWhatsgate(emulator, 'check', undefined, {
      contentType: 'application/x-www-form-urlencoded',
      rawBody: new URLSearchParams({ WhatsappID: whatsappId, number: '79991112233' }).toString(),
    });
    expect(form.body).toEqual({ result: 'OK', data: true });
  });

  it('refuses session commands while the session is not READY', async () => {
    const created = emulator.control.createSession({ name: 'Waiting' });
    const result = await callWhatsgate(emulator, 'get-chats', { WhatsappID: created.unique_id });
    expect(result.status).toBe(500);
    expect(result.body.message).toBe(whatsgateErrorMessages.sessionNotReady);
  });

  it('generates a 32-hex API key by default and answers OPTIONS preflight', async () => {
    const other = await startWhatsgateEmulator({ sessions: [] });
    try {
      expect(other.apiKey).toMatch(/^[0-9a-f]{32}$/);
      expect(other.sessions).toEqual([]);
      const preflight = await fetch(`${other.apiUrl}/send`, { method: 'OPTIONS' });
      expect(preflight.status).toBe(204);
    } finally {
      await other.close();
    }
    await expect(fetch(`${other.apiUrl}/send`, { method: 'POST' })).rejects.toThrow();
  });
});
