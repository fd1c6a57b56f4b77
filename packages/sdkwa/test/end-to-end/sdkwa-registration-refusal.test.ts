import { isMessengerError, type Messenger } from '@switchboard/core';
import { type SdkwaEmulator, startSdkwaEmulator } from '@switchboard/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SdkwaClient } from '../../src/index.js';
import { messengerOnEmulator } from '../support/emulator-messenger.js';

const phone = '79001234567';

let emulator: SdkwaEmulator;
let messenger: Messenger<SdkwaClient>;
let idInstance: number;

beforeAll(async () => {
  emulator = await startSdkwaEmulator({
    instances: [{ network: 'whatsapp', state: 'notAuthorized' }],
    sendDelayMilliseconds: 0,
    timings: { receiveTimeoutMilliseconds: 100, smsWaitMilliseconds: 60_000, voiceWaitMilliseconds: 30_000 },
  });
  ({ messenger, idInstance } = messengerOnEmulator(emulator));
});

afterAll(async () => {
  await emulator.close();
});

describe('registration refusals against the emulator', () => {
  it('a blocked refusal that carries waits is provider and not retryable, not rate-limited', async () => {
    await messenger.session.requestCode({ phone, channel: 'sms' });
    emulator.control.refuseRegistration(idInstance, 'blocked');
    const error = await messenger.session
      .requestCode({ phone, channel: 'sms' })
      .catch((caught: unknown) => caught);
    expect(isMessengerError(error, 'provider')).toBe(true);
    expect(error).toMatchObject({ isRetryable: false, retryAfterMilliseconds: undefined });
    expect((error as { details?: Record<string, unknown> }).details).toMatchObject({
      reason: 'blocked',
      waitMilliseconds: { sms: 60_000 },
    });
    expect(String((error as Error).message)).toMatch(/blocked/);
  });
});
