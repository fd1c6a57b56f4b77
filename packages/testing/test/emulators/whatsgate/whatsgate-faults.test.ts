import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FaultInjector } from '../../../src/emulators/shared/fault-injector.js';
import { startWhatsgateEmulator } from '../../../src/emulators/whatsgate/index.js';
import { useStartedResource } from '../../support/suite-value.js';
import { callControl, callWhatsgate, fastTimings } from './whatsgate-test-helpers.js';

describe('Whatsgate emulator: injected faults', () => {
  const emulator = useStartedResource(() => startWhatsgateEmulator(fastTimings));
  let whatsappId: string;
  const check = () => callWhatsgate(emulator, 'check', { WhatsappID: whatsappId, number: '79991112233' });

  beforeAll(() => {
    whatsappId = emulator.sessions[0]?.whatsappId ?? '';
  });

  afterEach(() => {
    emulator.control.faults.clear();
  });

  it('answers a status fault with its body and Retry-After, for the given number of times', async () => {
    emulator.control.faults.inject(
      {
        kind: 'status',
        status: 429,
        retryAfterMilliseconds: 2000,
        body: '{"name":"Too Many Requests","code":0,"status":429}',
      },
      { times: 1, pathIncludes: '/check' },
    );
    const limited = await check();
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('2');
    expect(limited.body).toMatchObject({ status: 429 });
    expect((await check()).status).toBe(200);
  });

  it('only applies path-scoped faults to matching commands', async () => {
    emulator.control.faults.inject({ kind: 'status', status: 502 }, { pathIncludes: '/send' });
    expect((await check()).status).toBe(200);
    const send = await callWhatsgate(emulator, 'send', { WhatsappID: whatsappId });
    expect(send.status).toBe(502);
  });

  it('delays, then answers normally', async () => {
    emulator.control.faults.inject({ kind: 'delay', milliseconds: 30 }, { times: 1 });
    const result = await check();
    expect(result.body).toEqual({ result: 'OK', data: true });
  });

  it('drops the connection without an answer', async () => {
    emulator.control.faults.inject({ kind: 'drop' }, { times: 1 });
    await expect(check()).rejects.toThrow();
    expect((await check()).status).toBe(200);
  });

  it('answers 200 with truncated JSON', async () => {
    emulator.control.faults.inject({ kind: 'malformed-json' }, { times: 1 });
    const response = await fetch(`${emulator.apiUrl}/check`, { method: 'POST' });
    expect(response.status).toBe(200);
    await expect(response.json()).rejects.toThrow();
  });

  it('injects faults over HTTP, never faults the control routes, and clears them', async () => {
    const injected = await callControl(emulator, 'POST', '/faults', {
      fault: { kind: 'status', status: 500 },
    });
    expect(injected.body).toEqual({ result: 'OK' });
    expect((await check()).status).toBe(500);
    expect((await callControl(emulator, 'GET', '/sessions')).status).toBe(200);
    await callControl(emulator, 'DELETE', '/faults');
    expect((await check()).status).toBe(200);
  });

  it('uses a fault injector passed in the options', async () => {
    const faults = new FaultInjector();
    const other = await startWhatsgateEmulator({ ...fastTimings, faults });
    try {
      expect(other.control.faults).toBe(faults);
      faults.inject({ kind: 'status', status: 503 }, { fraction: 1 });
      expect((await callWhatsgate(other, 'sessions-get', {})).status).toBe(503);
    } finally {
      await other.close();
    }
  });
});
