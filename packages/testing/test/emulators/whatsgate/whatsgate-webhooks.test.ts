import { afterEach, describe, expect, it } from 'vitest';
import { startWhatsgateEmulator } from '../../../src/emulators/whatsgate/index.js';
import { useStartedResource } from '../../support/suite-value.js';
import { callWhatsgate, fastTimings, startWebhookReceiver } from './whatsgate-test-helpers.js';

describe('Whatsgate emulator: webhook push', () => {
  const whatsappId = 'hook000000000';
  const receiver = useStartedResource(startWebhookReceiver);
  const emulator = useStartedResource(() =>
    startWhatsgateEmulator({
      ...fastTimings,
      automaticAcks: [],
      sessions: [{ name: 'Hooks', whatsappId, number: '79999999999', callback: receiver.url }],
    }),
  );

  afterEach(() => {
    receiver.received.length = 0;
    receiver.answer = (body) => ({ status: 200, text: JSON.stringify({ result: 'OK', id: body.id }) });
  });

  it('POSTs the event JSON to the session callback once when acknowledged with {"result":"OK","id":…}', async () => {
    const message = emulator.control.injectIncomingMessage(whatsappId, {
      kind: 'text',
      from: '79991112233',
      body: 'hi',
    });
    await emulator.control.webhookIdle();
    expect(receiver.received).toHaveLength(1);
    const [webhook] = receiver.received;
    expect(webhook?.headers['content-type']).toBe('application/json');
    expect(webhook?.body).toMatchObject({
      whatsapp_id: whatsappId,
      event_action: 'message',
      event_data: { message },
    });
    const deliveries = emulator.control
      .webhookDeliveries()
      .filter((delivery) => delivery.body === emulator.control.events().at(-1));
    expect(deliveries).toMatchObject([{ attempt: 1, accepted: true, status: 200 }]);
  });

  it.each([
    ['a plain 200 OK', () => ({ status: 200, text: 'OK' })],
    ['the wrong id', () => ({ status: 200, text: '{"result":"OK","id":1}' })],
    [
      'a 500',
      (body: { id: number }) => ({ status: 500, text: JSON.stringify({ result: 'OK', id: body.id }) }),
    ],
  ])('retries 3 more times when the receiver answers %s', async (_label, answer) => {
    receiver.answer = answer;
    const event = emulator.control.injectError(whatsappId, 'retry me');
    await emulator.control.webhookIdle();
    expect(receiver.received.map((webhook) => webhook.body.id)).toEqual([
      event.id,
      event.id,
      event.id,
      event.id,
    ]);
    const attempts = emulator.control
      .webhookDeliveries()
      .filter((delivery) => (delivery.body as { id: number }).id === event.id);
    expect(attempts.map((delivery) => [delivery.attempt, delivery.accepted])).toEqual([
      [1, false],
      [2, false],
      [3, false],
      [4, false],
    ]);
  });

  it('stops retrying once acknowledged and keeps later events in order behind the retried one', async () => {
    let calls = 0;
    receiver.answer = (body) => {
      calls += 1;
      return calls === 1
        ? { status: 503, text: '' }
        : { status: 200, text: JSON.stringify({ result: 'OK', id: body.id }) };
    };
    const first = emulator.control.injectError(whatsappId, 'first');
    const second = emulator.control.injectError(whatsappId, 'second');
    await emulator.control.webhookIdle();
    expect(receiver.received.map((webhook) => webhook.body.id)).toEqual([first.id, first.id, second.id]);
  });

  it('follows set-hook: a new URL receives events, an empty one disables pushing (events-get still has them)', async () => {
    const other = await startWebhookReceiver();
    try {
      await callWhatsgate(emulator, 'set-hook', { WhatsappID: whatsappId, callback: other.url });
      emulator.control.injectError(whatsappId, 'to other');
      await emulator.control.webhookIdle();
      expect(other.received.map((webhook) => webhook.body.event_data)).toEqual([{ message: 'to other' }]);
      await callWhatsgate(emulator, 'set-hook', { WhatsappID: whatsappId, callback: '' });
      const silent = emulator.control.injectError(whatsappId, 'silent');
      await emulator.control.webhookIdle();
      expect(other.received).toHaveLength(1);
      expect(receiver.received).toHaveLength(0);
      expect(emulator.control.events({ action: 'error' }).at(-1)).toEqual(silent);
    } finally {
      await callWhatsgate(emulator, 'set-hook', { WhatsappID: whatsappId, callback: receiver.url });
      await other.close();
    }
  });

  it('pushes 5,000 notifications in order', { timeout: 120_000 }, async () => {
    const first = emulator.control.events().length;
    for (let index = 0; index < 5000; index += 1) {
      emulator.control.injectIncomingMessage(whatsappId, {
        kind: 'text',
        from: '79991112233',
        body: String(index),
      });
    }
    await receiver.waitFor(5000);
    const ids = receiver.received.map((webhook) => webhook.body.id);
    expect(ids).toEqual(
      emulator.control
        .events()
        .slice(first)
        .map((event) => event.id),
    );
  });
});
