import { describe, expect, it } from 'vitest';
import { greenApiAllWebhooksOn, startGreenApiEmulator } from '../../../src/emulators/green-api/index.js';
import {
  type EmulatorServerRequest,
  emptyResponse,
  FaultInjector,
  startEmulatorServer,
} from '../../../src/emulators/shared/index.js';
import { useGreenApiEmulator } from '../../support/green-api-emulator-suite.js';
import { useStartedResource } from '../../support/suite-value.js';
import {
  authorizedAllWebhooksOptions,
  call,
  drain,
  eventually,
  fastTimings,
} from './green-api-test-client.js';

describe('GREEN-API emulator notification queue', () => {
  const { emulator, instance } = useGreenApiEmulator({
    state: 'authorized',
    settings: greenApiAllWebhooksOn,
    timings: { ...fastTimings, clearWebhooksQueueIntervalMilliseconds: 60_000 },
    instances: [{}, {}, {}],
  });

  it('answers JSON null after the (scaled) receiveTimeout when empty', async () => {
    const received = await call(instance(0), 'receiveNotification', { query: { receiveTimeout: '1' } });
    expect(received).toMatchObject({ status: 200, text: 'null' });
    const defaulted = await call(instance(0), 'receiveNotification', { query: { receiveTimeout: 'abc' } });
    expect(defaulted.text).toBe('null');
  });

  it('releases a waiting long-poll as soon as a notification arrives', async () => {
    const slow = await startGreenApiEmulator({
      state: 'authorized',
      settings: greenApiAllWebhooksOn,
      instances: [{}],
      timings: { receiveTimeoutSecondMilliseconds: 1000 },
    });
    try {
      const [whatsapp] = slow.instances;
      const pending = call(whatsapp!, 'receiveNotification', { query: { receiveTimeout: '60' } });
      await new Promise((resolve) => setTimeout(resolve, 20));
      slow.control.injectIncomingMessage(whatsapp!.idInstance, { kind: 'text', text: 'wake up' });
      const received = await pending;
      expect(received.json).toMatchObject({ receiptId: 1, body: { typeWebhook: 'incomingMessageReceived' } });
    } finally {
      await slow.close();
    }
  });

  it('returns the head until it is deleted, then the next one', async () => {
    const whatsapp = instance(0);
    emulator.control.injectIncomingMessage(whatsapp.idInstance, { kind: 'text', text: 'first' });
    emulator.control.injectIncomingMessage(whatsapp.idInstance, { kind: 'text', text: 'second' });
    expect((await call(whatsapp, 'getWebhooksCount')).json).toEqual({ count: 2 });
    const first = (await call(whatsapp, 'receiveNotification')).json as { receiptId: number; body: unknown };
    const again = (await call(whatsapp, 'receiveNotification')).json as { receiptId: number; body: unknown };
    expect(again).toEqual(first);
    expect(Number.isInteger(first.receiptId)).toBe(true);
    expect(first.body).toMatchObject({ messageData: { textMessageData: { textMessage: 'first' } } });
    const deleted = await call(whatsapp, 'deleteNotification', {
      verb: 'DELETE',
      receiptId: first.receiptId,
    });
    expect(deleted.json).toEqual({ result: true });
    expect(
      (await call(whatsapp, 'deleteNotification', { verb: 'DELETE', receiptId: first.receiptId })).json,
    ).toEqual({ result: false });
    expect((await call(whatsapp, 'deleteNotification', { verb: 'DELETE', receiptId: 'abc' })).status).toBe(
      400,
    );
    expect(
      (await call(whatsapp, 'deleteNotification', { verb: 'GET', receiptId: first.receiptId })).status,
    ).toBe(404);
    const next = (await call(whatsapp, 'receiveNotification')).json as { receiptId: number; body: unknown };
    expect(next.receiptId).toBeGreaterThan(first.receiptId);
    expect(next.body).toMatchObject({ messageData: { textMessageData: { textMessage: 'second' } } });
    await drain(whatsapp);
  });

  it('clears the notification queue at most once per interval', async () => {
    const whatsapp = instance(1);
    emulator.control.injectIncomingMessage(whatsapp.idInstance, { kind: 'text', text: 'x' });
    expect((await call(whatsapp, 'clearWebhooksQueue', { verb: 'DELETE' })).json).toEqual({
      isCleared: true,
      reason: null,
    });
    expect((await call(whatsapp, 'getWebhooksCount')).json).toEqual({ count: 0 });
    const refused = (await call(whatsapp, 'clearWebhooksQueue', { verb: 'GET' })).json as Record<
      string,
      unknown
    >;
    expect(refused).toMatchObject({ isCleared: false, reason: 'Too many requests' });
    expect(refused.leftTime).toBeGreaterThan(0);
  });

  // A soak of 10,000 HTTP calls: its budget allows 50 ms per call, ten times a loaded machine's need; it prints progress.
  it('drains 5,000 queued notifications in order', { timeout: 500_000 }, async () => {
    const whatsapp = instance(2);
    for (let index = 0; index < 5000; index += 1) {
      emulator.control.injectIncomingMessage(whatsapp.idInstance, { kind: 'text', text: String(index) });
    }
    expect((await call(whatsapp, 'getWebhooksCount')).json).toEqual({ count: 5000 });
    const texts: string[] = [];
    for (;;) {
      const received = (await call(whatsapp, 'receiveNotification')).json as {
        receiptId: number;
        body: { messageData: { textMessageData: { textMessage: string } } };
      } | null;
      if (received === null) break;
      texts.push(received.body.messageData.textMessageData.textMessage);
      await call(whatsapp, 'deleteNotification', { verb: 'DELETE', receiptId: received.receiptId });
      if (texts.length % 1000 === 0) console.log(`GREEN-API emulator drain: ${texts.length} of 5000`);
    }
    expect(texts).toHaveLength(5000);
    expect(texts.every((text, index) => text === String(index))).toBe(true);
  });
});

describe('GREEN-API emulator webhook push', () => {
  const received: Array<{ authorization: string | undefined; body: Record<string, unknown> }> = [];
  let failuresLeft = 0;
  const receiver = useStartedResource(() =>
    startEmulatorServer({
      faults: new FaultInjector(),
      handle: (request: EmulatorServerRequest) => {
        if (failuresLeft > 0) {
          failuresLeft -= 1;
          return emptyResponse(503);
        }
        if (request.path === '/no-content') return emptyResponse(204);
        received.push({
          authorization: request.headers.authorization,
          body: request.json() as Record<string, unknown>,
        });
        return emptyResponse(200);
      },
    }),
  );
  const { emulator } = useGreenApiEmulator({ ...authorizedAllWebhooksOptions, instances: [{}, {}] });

  it('pushes the same body without envelope, with the Bearer token, retrying failures; polling gets nothing', async () => {
    const whatsapp = emulator.instances[0]!;
    await call(whatsapp, 'setSettings', {
      body: { webhookUrl: `${receiver.url}/hook`, webhookUrlToken: 'hook-secret' },
    });
    failuresLeft = 2;
    const { idMessage } = emulator.control.injectIncomingMessage(whatsapp.idInstance, {
      kind: 'text',
      text: 'pushed',
    });
    await emulator.control.settle(whatsapp.idInstance);
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({
      authorization: 'Bearer hook-secret',
      body: {
        typeWebhook: 'incomingMessageReceived',
        idMessage,
        messageData: { textMessageData: { textMessage: 'pushed' } },
      },
    });
    expect(received[0]?.body).not.toHaveProperty('receiptId');
    const attempts = emulator.control
      .webhookDeliveries(whatsapp.idInstance)
      .map((delivery) => [delivery.status, delivery.attempt]);
    expect(attempts).toEqual([
      [503, 1],
      [503, 2],
      [200, 3],
    ]);
    expect((await call(whatsapp, 'receiveNotification')).text).toBe('null');
  });

  it('omits the Authorization header without a token and only accepts 200', async () => {
    const whatsapp = emulator.instances[1]!;
    await call(whatsapp, 'setSettings', { body: { webhookUrl: `${receiver.url}/no-content` } });
    emulator.control.injectIncomingMessage(whatsapp.idInstance, { kind: 'text', text: 'again' });
    await emulator.control.settle(whatsapp.idInstance);
    const deliveries = emulator.control.webhookDeliveries(whatsapp.idInstance);
    expect(deliveries.map((delivery) => delivery.status)).toEqual([204, 204, 204]);
    expect(deliveries[0]?.headers).not.toHaveProperty('authorization');
  });

  it('pushes notifications that waited for polling once a webhook URL is set', async () => {
    const whatsapp = emulator.instances[1]!;
    await call(whatsapp, 'setSettings', { body: { webhookUrl: '' } });
    emulator.control.injectIncomingMessage(whatsapp.idInstance, { kind: 'text', text: 'waiting' });
    received.length = 0;
    await call(whatsapp, 'setSettings', { body: { webhookUrl: `${receiver.url}/hook` } });
    await eventually(() => received.length === 1);
    expect(received[0]?.body).toMatchObject({ messageData: { textMessageData: { textMessage: 'waiting' } } });
  });
});

describe('GREEN-API emulator clearWebhooksQueue with a failing receiver', () => {
  const refusing = useStartedResource(() =>
    startEmulatorServer({ faults: new FaultInjector(), handle: () => emptyResponse(500) }),
  );
  const { emulator } = useGreenApiEmulator({
    ...authorizedAllWebhooksOptions,
    instances: [{}],
    timings: {
      ...fastTimings,
      webhookAttempts: 100_000,
      webhookRetryDelayMilliseconds: 2,
      clearWebhooksQueueIntervalMilliseconds: 0,
    },
  });

  it('drops the pending webhook pushes too and stops retrying them', async () => {
    const whatsapp = emulator.instances[0]!;
    await call(whatsapp, 'setSettings', { body: { webhookUrl: `${refusing.url}/hook` } });
    for (const text of ['one', 'two', 'three']) {
      emulator.control.injectIncomingMessage(whatsapp.idInstance, { kind: 'text', text });
    }
    await eventually(() => emulator.control.webhookDeliveries(whatsapp.idInstance).length >= 3);
    expect((await call(whatsapp, 'getWebhooksCount')).json).toEqual({ count: 3 });
    expect((await call(whatsapp, 'clearWebhooksQueue', { verb: 'DELETE' })).json).toEqual({
      isCleared: true,
      reason: null,
    });
    expect((await call(whatsapp, 'getWebhooksCount')).json).toEqual({ count: 0 });
    await emulator.control.settle(whatsapp.idInstance);
    const afterClear = emulator.control.webhookDeliveries(whatsapp.idInstance).length;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(emulator.control.webhookDeliveries(whatsapp.idInstance)).toHaveLength(afterClear);
    expect(emulator.control.webhookDeliveries(whatsapp.idInstance).every((each) => each.status === 500)).toBe(
      true,
    );
  });
});
