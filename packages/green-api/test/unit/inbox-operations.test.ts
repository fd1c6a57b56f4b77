import { describe, expect, it } from 'vitest';
import { receiveTimeoutSeconds } from '../../src/operations/inbox.js';
import { apiHost, messengerFor, methodPath, useNock } from '../support/nock-helpers.js';

useNock();

const networks = ['whatsapp', 'telegram', 'max'] as const;

const stateBody = (idInstance: number, typeInstance: string) => ({
  typeWebhook: 'stateInstanceChanged',
  instanceData: { idInstance, wid: '', typeInstance },
  timestamp: 1586700690,
  stateInstance: 'notAuthorized',
});

describe.each(networks)('inbox on %s', (network) => {
  const idInstance = { whatsapp: 7103000000, telegram: 4100000000, max: 3100000000 }[network];
  const typeInstance = network === 'max' ? 'v3' : network;

  it('receives with receiveNotification and acks with deleteNotification', async () => {
    const scope = apiHost(network)
      .get(methodPath(network, 'receiveNotification'))
      .query({ receiveTimeout: '20' })
      .reply(200, { receiptId: 42, body: stateBody(idInstance, typeInstance) })
      .delete(methodPath(network, 'deleteNotification', '/42'))
      .reply(200, { result: true });
    const messenger = messengerFor(network);
    const item = await messenger.inbox.receive({ timeoutMilliseconds: 20_000 });
    expect(item).toMatchObject({
      receipt: '42',
      event: {
        type: 'session-state-changed',
        state: 'not-authorized',
        network,
        instanceId: String(idInstance),
      },
    });
    if (item === null) throw new Error('expected an item');
    await messenger.inbox.ack(item);
    expect(scope.isDone()).toBe(true);
  });

  it('reads a null body as an empty queue', async () => {
    const scope = apiHost(network)
      .get(methodPath(network, 'receiveNotification'))
      .query({ receiveTimeout: '5' })
      .reply(200, 'null', { 'content-type': 'application/json' });
    await expect(messengerFor(network).inbox.receive()).resolves.toBeNull();
    expect(scope.isDone()).toBe(true);
  });
});

describe('receive timeouts and receipts', () => {
  it('clamps receiveTimeout to 5–60 seconds', () => {
    expect(receiveTimeoutSeconds(undefined)).toBe(5);
    expect(receiveTimeoutSeconds(100)).toBe(5);
    expect(receiveTimeoutSeconds(12_300)).toBe(13);
    expect(receiveTimeoutSeconds(600_000)).toBe(60);
  });

  it('keeps an item whose body is missing so it can still be acknowledged', async () => {
    apiHost('whatsapp')
      .get(methodPath('whatsapp', 'receiveNotification'))
      .query(true)
      .reply(200, { receiptId: 7 });
    const item = await messengerFor('whatsapp').inbox.receive();
    expect(item).toMatchObject({ receipt: '7', event: { type: 'unknown' } });
  });

  it('refuses a receipt that is not an integer', async () => {
    const event = { type: 'unknown' } as never;
    for (const receipt of ['abc', '1e3', ' 12', '99999999999999999999']) {
      await expect(messengerFor('whatsapp').inbox.ack({ event, receipt })).rejects.toMatchObject({
        code: 'invalid-request',
      });
    }
  });
});

describe('parseWebhook', () => {
  const body = JSON.stringify(stateBody(7103000000, 'whatsapp'));
  const request = (headers: Record<string, string>) =>
    new Request('https://example.com/hook', { method: 'POST', headers, body });

  it('accepts the right bearer token and answers 200', async () => {
    const messenger = messengerFor('whatsapp', { webhookUrlToken: 'hook-secret' });
    const parsed = await messenger.inbox.parseWebhook(request({ authorization: 'Bearer hook-secret' }));
    expect(parsed.events).toHaveLength(1);
    expect(parsed.events[0]).toMatchObject({ type: 'session-state-changed' });
    expect(parsed.respond().status).toBe(200);
  });

  it('rejects a wrong or missing token with auth', async () => {
    const messenger = messengerFor('whatsapp', { webhookUrlToken: 'hook-secret' });
    await expect(
      messenger.inbox.parseWebhook(request({ authorization: 'Bearer nope' })),
    ).rejects.toMatchObject({
      code: 'auth',
    });
    await expect(messenger.inbox.parseWebhook(request({}))).rejects.toMatchObject({ code: 'auth' });
  });

  it('fails closed without a configured token unless explicitly allowed', async () => {
    await expect(messengerFor('whatsapp').inbox.parseWebhook(request({}))).rejects.toMatchObject({
      code: 'auth',
    });
    const open = messengerFor('whatsapp', { allowUnauthenticatedWebhooks: true });
    await expect(open.inbox.parseWebhook(request({}))).resolves.toMatchObject({
      events: [{ type: 'session-state-changed' }],
    });
  });

  it('rejects a body that is not JSON with invalid-request', async () => {
    const messenger = messengerFor('whatsapp', { webhookUrlToken: 'hook-secret' });
    const broken = new Request('https://example.com/hook', {
      method: 'POST',
      headers: { authorization: 'Bearer hook-secret' },
      body: '{not json',
    });
    await expect(messenger.inbox.parseWebhook(broken)).rejects.toMatchObject({ code: 'invalid-request' });
  });

  it('applies the messenger options maximumBodyBytes and maximumEvents', async () => {
    const headers = { authorization: 'Bearer hook-secret' };
    const limited = messengerFor('whatsapp', { webhookUrlToken: 'hook-secret', maximumBodyBytes: 64 });
    await expect(limited.inbox.parseWebhook(request(headers))).rejects.toMatchObject({
      code: 'invalid-request',
    });
    const two = `[${body},${body}]`;
    const pair = () => new Request('https://example.com/hook', { method: 'POST', headers, body: two });
    const counted = messengerFor('whatsapp', { webhookUrlToken: 'hook-secret', maximumEvents: 1 });
    await expect(counted.inbox.parseWebhook(pair())).rejects.toMatchObject({ code: 'invalid-request' });
    const defaults = messengerFor('whatsapp', { webhookUrlToken: 'hook-secret' });
    await expect(defaults.inbox.parseWebhook(pair())).resolves.toMatchObject({ events: [{}, {}] });
  });

  it('refuses limits that are not positive integers, naming the option', () => {
    expect(() => messengerFor('whatsapp', { maximumBodyBytes: 0 })).toThrow(/maximumBodyBytes/);
    expect(() => messengerFor('whatsapp', { maximumEvents: 1.5 })).toThrow(/maximumEvents/);
  });
});
