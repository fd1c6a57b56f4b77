import { isMessengerError } from '@switchboard/core';
import { whatsgateFixtures as fixtures } from '@switchboard/testing';
import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { createWhatsgateMessenger, MemoryCursorStore } from '../../src/index.js';
import { expectCommand, host, testAccount, useNock } from './nock-setup.js';

useNock();

const sessionId = '191b80a9238';
const page = (data: unknown[], pages = 1, number = 1) => ({
  result: 'OK',
  pages,
  elements: data.length,
  page: number,
  data,
});
const later = { ...fixtures.ackWebhook, event_date: '2022-09-07 18:29:37' };

function setup() {
  const cursorStore = new MemoryCursorStore();
  const messenger = testAccount({ cursorStore, pollIntervalMilliseconds: 1 }).messenger(sessionId);
  return { cursorStore, messenger };
}

describe('inbox: polling events-get behind a cursor', () => {
  it('receives the oldest event, repeats it until acknowledged, then asks only for newer dates', async () => {
    const { cursorStore, messenger } = setup();
    expectCommand(
      'events-get',
      { WhatsappID: sessionId, page_cnt: 100, page: 1 },
      page([fixtures.incomingTextWebhook]),
    );
    const first = await messenger.inbox.receive({ timeoutMilliseconds: 0 });
    expect(first?.receipt).toBe('18');
    expect(first?.event).toMatchObject({ type: 'message-received', id: 'whatsgate:191b80a9238:18' });

    const again = await messenger.inbox.receive({ timeoutMilliseconds: 0 });
    expect(again?.receipt).toBe('18');

    await messenger.inbox.ack(first!);
    expect(cursorStore.get(sessionId)).toEqual({ eventId: 18, eventDate: '2022-09-07 18:29:37' });

    // One second earlier (dates have one-second resolution); event 18 itself is skipped by id.
    expectCommand(
      'events-get',
      { WhatsappID: sessionId, date: '2022-09-07 18:29:36', page_cnt: 100, page: 1 },
      page([fixtures.incomingTextWebhook, later]),
    );
    const next = await messenger.inbox.receive({ timeoutMilliseconds: 0 });
    expect(next?.receipt).toBe('20');
    expect(next?.event).toMatchObject({ type: 'message-status-updated', status: 'read' });
  });

  it('returns null when nothing arrives before the timeout, polling meanwhile', async () => {
    const { messenger } = setup();
    expectCommand('events-get', { WhatsappID: sessionId, page_cnt: 100, page: 1 }, page([]), { times: 2 });
    expectCommand(
      'events-get',
      { WhatsappID: sessionId, page_cnt: 100, page: 1 },
      page([fixtures.readyWebhook]),
    );
    const item = await messenger.inbox.receive({ timeoutMilliseconds: 5000 });
    expect(item?.event).toMatchObject({ type: 'session-state-changed', state: 'authorized' });
  });

  it('resolves null after a single empty read when the timeout is zero', async () => {
    const { messenger } = setup();
    expectCommand('events-get', { WhatsappID: sessionId, page_cnt: 100, page: 1 }, page([]));
    await expect(messenger.inbox.receive({ timeoutMilliseconds: 0 })).resolves.toBeNull();
  });

  it('follows pages when the first one holds only acknowledged events', async () => {
    const { cursorStore, messenger } = setup();
    cursorStore.set(sessionId, { eventId: 19, eventDate: '2023-01-10 12:00:00' });
    const filter = { WhatsappID: sessionId, date: '2023-01-10 11:59:59', page_cnt: 100 };
    expectCommand('events-get', { ...filter, page: 1 }, page([fixtures.readyWebhook], 2, 1));
    expectCommand('events-get', { ...filter, page: 2 }, page([fixtures.ackWebhook], 2, 2));
    const item = await messenger.inbox.receive({ timeoutMilliseconds: 0 });
    expect(item?.receipt).toBe('20');
  });

  it('an acknowledgement never moves the cursor backwards', async () => {
    const { cursorStore, messenger } = setup();
    cursorStore.set(sessionId, { eventId: 30, eventDate: '2023-01-10 13:00:00' });
    await messenger.inbox.ack({ receipt: '18', event: { raw: fixtures.incomingTextWebhook } as never });
    expect(cursorStore.get(sessionId)?.eventId).toBe(30);
  });

  it('stops waiting when the signal aborts', async () => {
    const controller = new AbortController();
    nock(host)
      .post('/api/v1/events-get')
      .reply(() => {
        controller.abort(new Error('stopped'));
        return [200, page([])];
      });
    const messenger = testAccount({ pollIntervalMilliseconds: 60_000 }).messenger(sessionId);
    const pending = messenger.inbox.receive({ timeoutMilliseconds: 60_000, signal: controller.signal });
    await expect(pending).rejects.toThrow('stopped');
  });

  it('rejects a receipt that is not an event id', async () => {
    const { messenger } = setup();
    const error = await messenger.inbox
      .ack({ receipt: 'abc', event: {} as never })
      .catch((caught: unknown) => caught);
    expect(isMessengerError(error, 'invalid-request')).toBe(true);
  });
});

describe('inbox.parseWebhook', () => {
  const post = (url: string, body: unknown) =>
    new Request(url, { method: 'POST', body: JSON.stringify(body) });

  it('verifies the URL secret and answers {"result":"OK","id":…}', async () => {
    const messenger = testAccount({ webhookSecret: 'hook-secret-42' }).messenger(sessionId);
    const parsed = await messenger.inbox.parseWebhook(
      post('https://app.test/hook?secret=hook-secret-42', fixtures.incomingTextWebhook),
    );
    expect(parsed.events[0]).toMatchObject({ type: 'message-received', instanceId: sessionId });
    await expect(parsed.respond().json()).resolves.toEqual(fixtures.webhookAcknowledgement);
  });

  it('fails closed without a configured secret', async () => {
    const messenger = testAccount().messenger(sessionId);
    const error = await messenger.inbox
      .parseWebhook(post('https://app.test/hook', fixtures.incomingTextWebhook))
      .catch((caught: unknown) => caught);
    expect(isMessengerError(error, 'auth')).toBe(true);
  });

  it('a per-messenger secret overrides the account one', async () => {
    const messenger = testAccount({ webhookSecret: 'account-secret' }).messenger(sessionId, {
      webhookSecret: 'session-secret',
    });
    await expect(
      messenger.inbox.parseWebhook(post('https://app.test/hook/session-secret', fixtures.readyWebhook)),
    ).resolves.toBeDefined();
    await expect(
      messenger.inbox.parseWebhook(
        post('https://app.test/hook?secret=account-secret', fixtures.readyWebhook),
      ),
    ).rejects.toMatchObject({ code: 'auth' });
  });

  it('applies maximumBodyBytes and maximumEvents from the account or the messenger', async () => {
    const url = 'https://app.test/hook?secret=hook-secret-42';
    const limited = testAccount({ webhookSecret: 'hook-secret-42', maximumBodyBytes: 64 }).messenger(
      sessionId,
    );
    await expect(limited.inbox.parseWebhook(post(url, fixtures.incomingTextWebhook))).rejects.toMatchObject({
      code: 'invalid-request',
    });
    const pair = [fixtures.readyWebhook, fixtures.readyWebhook];
    const account = testAccount({ webhookSecret: 'hook-secret-42' });
    const counted = account.messenger(sessionId, { maximumEvents: 1 });
    await expect(counted.inbox.parseWebhook(post(url, pair))).rejects.toMatchObject({
      code: 'invalid-request',
    });
    const parsed = await account.messenger(sessionId).inbox.parseWebhook(post(url, pair));
    expect(parsed.events).toHaveLength(2);
    const single = createWhatsgateMessenger({
      apiKey: 'key',
      whatsappId: sessionId,
      webhookSecret: 'hook-secret-42',
      maximumEvents: 1,
    });
    await expect(single.inbox.parseWebhook(post(url, pair))).rejects.toMatchObject({
      code: 'invalid-request',
    });
    expect(() => testAccount({ maximumBodyBytes: 0 })).toThrow(/maximumBodyBytes/);
  });
});
