import { describe, expect, it } from 'vitest';
import { greenApiFixtures } from '../../../src/fixtures/green-api-fixtures.js';
import { useGreenApiEmulator } from '../../support/green-api-emulator-suite.js';
import { call, drain, fastTimings, jane, shapeOf } from './green-api-test-client.js';

describe('GREEN-API emulator quota and faults', () => {
  const { emulator, instance } = useGreenApiEmulator({
    state: 'authorized',
    timings: fastTimings,
    instances: [{}, {}],
  });

  it('answers 466 over the method quota and notifies quotaExceeded even with webhooks off', async () => {
    const whatsapp = instance(0);
    emulator.control.setQuota(whatsapp.idInstance, { total: 1 });
    expect((await call(whatsapp, 'sendMessage', { body: { chatId: jane, message: '1' } })).status).toBe(200);
    const refused = await call(whatsapp, 'sendMessage', { body: { chatId: jane, message: '2' } });
    expect(refused.status).toBe(466);
    expect(shapeOf(refused.json)).toEqual(shapeOf(greenApiFixtures.quotaExceededResponse));
    expect(refused.json).toMatchObject({ invokeStatus: { status: 'QUOTE_EXCEEDED', total: 1 } });
    expect((await call(whatsapp, 'getStateInstance')).status).toBe(200);
    const bodies = await drain(whatsapp);
    expect(bodies).toHaveLength(1);
    expect(shapeOf(bodies[0])).toEqual(shapeOf(greenApiFixtures.quotaExceeded));
    expect(bodies[0]).toMatchObject({ quotaData: { method: 'sendMessage', status: 'QUOTE_EXCEEDED' } });
    emulator.control.setQuota(whatsapp.idInstance, undefined);
    expect((await call(whatsapp, 'sendMessage', { body: { chatId: jane, message: '3' } })).status).toBe(200);
  });

  it('limits distinct correspondents', async () => {
    const whatsapp = instance(1);
    emulator.control.setQuota(whatsapp.idInstance, { correspondentsTotal: 1 });
    expect((await call(whatsapp, 'sendMessage', { body: { chatId: jane, message: 'a' } })).status).toBe(200);
    expect((await call(whatsapp, 'sendMessage', { body: { chatId: jane, message: 'b' } })).status).toBe(200);
    const other = await call(whatsapp, 'sendMessage', { body: { chatId: '79005550000@c.us', message: 'c' } });
    expect(other.status).toBe(466);
    expect(other.json).toMatchObject({
      correspondentsStatus: { status: 'CORRESPONDENTS_QUOTE_EXCEEDED', total: 1 },
    });
    emulator.control.setQuota(whatsapp.idInstance, undefined);
  });

  it('charges neither a call nor a correspondent for a send rejected by validation', async () => {
    const whatsapp = instance(1);
    emulator.control.setQuota(whatsapp.idInstance, { correspondentsTotal: 1 });
    const typo = await call(whatsapp, 'sendMessage', { body: { chatId: '79001234567', message: 'typo' } });
    expect(typo.status).toBe(400);
    expect((await call(whatsapp, 'sendMessage', { body: { chatId: jane, message: 'hi' } })).status).toBe(200);
    emulator.control.setQuota(whatsapp.idInstance, { total: 1 });
    expect((await call(whatsapp, 'sendMessage', { body: { chatId: jane } })).status).toBe(400);
    expect((await call(whatsapp, 'sendMessage', { body: { chatId: jane, message: 'hi' } })).status).toBe(200);
    expect((await call(whatsapp, 'sendMessage', { body: { chatId: jane, message: 'hi' } })).status).toBe(466);
    emulator.control.setQuota(whatsapp.idInstance, undefined);
    await emulator.control.settle(whatsapp.idInstance);
    await drain(whatsapp);
  });

  it('writes the limit of each dimension in the 466 body, never a total below what is used', async () => {
    const whatsapp = instance(1);
    type QuotaStatus = { used: number; total: number; status: string };
    type QuotaBody = { invokeStatus: QuotaStatus; correspondentsStatus: QuotaStatus };
    emulator.control.setQuota(whatsapp.idInstance, { correspondentsTotal: 1, total: 10 });
    await call(whatsapp, 'sendMessage', { body: { chatId: jane, message: 'a' } });
    const limited = await call(whatsapp, 'sendMessage', {
      body: { chatId: '79005550000@c.us', message: 'b' },
    });
    expect(limited.status).toBe(466);
    expect(limited.json).toMatchObject({
      invokeStatus: { used: 2, total: 10, status: 'QUOTE_ALLOWED' },
      correspondentsStatus: { used: 2, total: 1, status: 'CORRESPONDENTS_QUOTE_EXCEEDED' },
    });
    emulator.control.setQuota(whatsapp.idInstance, { correspondentsTotal: 1 });
    await call(whatsapp, 'sendMessage', { body: { chatId: jane, message: 'c' } });
    const unlimitedCalls = await call(whatsapp, 'sendMessage', {
      body: { chatId: '79005550000@c.us', message: 'd' },
    });
    expect(shapeOf(unlimitedCalls.json)).toEqual(shapeOf(greenApiFixtures.quotaExceededResponse));
    const { invokeStatus } = unlimitedCalls.json as QuotaBody;
    expect(invokeStatus).toMatchObject({ status: 'QUOTE_ALLOWED', total: Number.MAX_SAFE_INTEGER });
    emulator.control.setQuota(whatsapp.idInstance, { total: 1 });
    await call(whatsapp, 'sendMessage', { body: { chatId: jane, message: 'e' } });
    const unlimitedChats = await call(whatsapp, 'sendMessage', { body: { chatId: jane, message: 'f' } });
    const { correspondentsStatus } = unlimitedChats.json as QuotaBody;
    expect(correspondentsStatus).toMatchObject({
      status: 'CORRESPONDENTS_QUOTE_ALLOWED',
      total: Number.MAX_SAFE_INTEGER,
    });
    emulator.control.setQuota(whatsapp.idInstance, undefined);
    await emulator.control.settle(whatsapp.idInstance);
    await drain(whatsapp);
  });

  it('answers 429 with Retry-After when rate-limited, then recovers', async () => {
    const whatsapp = instance(0);
    emulator.control.rateLimit({ method: 'getSettings', times: 1, retryAfterMilliseconds: 2000 });
    const limited = await call(whatsapp, 'getSettings');
    expect(limited).toMatchObject({ status: 429, text: 'Too Many Requests' });
    expect(limited.headers.get('retry-after')).toBe('2');
    expect((await call(whatsapp, 'getSettings')).status).toBe(200);
  });

  it('injects 5xx, delays, dropped connections and malformed JSON', async () => {
    const whatsapp = instance(0);
    emulator.control.injectFault({ kind: 'status', status: 502, body: 'Bad Gateway' }, { times: 1 });
    expect((await call(whatsapp, 'getStateInstance')).status).toBe(502);
    emulator.control.injectFault({ kind: 'delay', milliseconds: 20 }, { times: 1 });
    expect((await call(whatsapp, 'getStateInstance')).json).toEqual({ stateInstance: 'authorized' });
    emulator.control.injectFault({ kind: 'drop' }, { times: 1 });
    await expect(call(whatsapp, 'getStateInstance')).rejects.toThrow();
    emulator.control.injectFault({ kind: 'malformed-json' }, { times: 1 });
    const garbage = await call(whatsapp, 'getStateInstance');
    expect(garbage.status).toBe(200);
    expect(garbage.json).toBeUndefined();
    emulator.control.injectFault({ kind: 'status', status: 500 });
    expect((await call(whatsapp, 'getStateInstance')).status).toBe(500);
    emulator.control.clearFaults();
    expect((await call(whatsapp, 'getStateInstance')).status).toBe(200);
  });
});
