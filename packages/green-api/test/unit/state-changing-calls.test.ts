import { isMessengerError } from '@switchboard/core';
import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { apiHost, messengerFor, methodPath, token, useNock } from '../support/nock-helpers.js';

useNock();

// GETs and DELETEs that change state: a retry after a lost answer would repeat the change (a second
// reboot), be refused although the first call worked (clearWebhooksQueue, once a minute), or go out
// with a revoked token (updateApiToken). The transport retries idempotent methods on 5xx; these never.
const stateChangingCalls = [
  ['updateApiToken', 'get', (raw) => raw.updateApiToken()],
  ['reboot', 'get', (raw) => raw.reboot()],
  ['logout', 'get', (raw) => raw.logout()],
  ['clearWebhooksQueue', 'delete', (raw) => raw.clearWebhooksQueue()],
] as const satisfies ReadonlyArray<
  readonly [string, 'get' | 'delete', (raw: ReturnType<typeof messengerFor>['raw']) => Promise<unknown>]
>;

describe('state-changing raw calls', () => {
  it.each(stateChangingCalls)('%s is sent once, even with retries on', async (method, verb, call) => {
    const scope = apiHost('whatsapp')
      [verb](methodPath('whatsapp', method))
      .reply(503, { message: 'temporarily unavailable' })
      [verb](methodPath('whatsapp', method))
      .reply(200, {});
    const messenger = messengerFor('whatsapp', { retry: { limit: 2, baseDelayMilliseconds: 1 } });
    const error = await call(messenger.raw).catch((caught: unknown) => caught);
    expect(isMessengerError(error, 'provider')).toBe(true);
    expect(scope.pendingMocks()).toHaveLength(1); // the answer a retry would have taken
    nock.cleanAll();
  });

  it('a read is still retried (the transport retries idempotent requests)', async () => {
    const scope = apiHost('whatsapp')
      .get(methodPath('whatsapp', 'getStateInstance'))
      .reply(503, {})
      .get(methodPath('whatsapp', 'getStateInstance'))
      .reply(200, { stateInstance: 'authorized' });
    const messenger = messengerFor('whatsapp', { retry: { limit: 2, baseDelayMilliseconds: 1 } });
    await expect(messenger.raw.getStateInstance()).resolves.toMatchObject({ stateInstance: 'authorized' });
    expect(scope.isDone()).toBe(true);
    expect(token).not.toBe('');
  });
});
