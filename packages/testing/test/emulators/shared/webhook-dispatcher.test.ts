import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  type EmulatorServer,
  emptyResponse,
  FaultInjector,
  startEmulatorServer,
  WebhookDispatcher,
} from '../../../src/emulators/shared/index.js';

describe('WebhookDispatcher', () => {
  const received: Array<{ authorization: string | undefined; body: unknown }> = [];
  let failuresLeft = 0;
  let receiver: EmulatorServer;
  beforeAll(async () => {
    receiver = await startEmulatorServer({
      faults: new FaultInjector(),
      handle: (request) => {
        if (failuresLeft > 0) {
          failuresLeft -= 1;
          return emptyResponse(500);
        }
        received.push({ authorization: request.headers.authorization, body: request.json() });
        return emptyResponse(200);
      },
    });
  });
  afterAll(async () => {
    await receiver.close();
  });

  it('delivers in order with headers', async () => {
    received.length = 0;
    const dispatcher = new WebhookDispatcher({ retryDelayMilliseconds: 1 });
    for (let index = 0; index < 20; index += 1) {
      dispatcher.send({ url: `${receiver.url}/hook`, headers: { authorization: 'Bearer t' } }, { index });
    }
    await dispatcher.idle();
    expect(received.map((entry) => (entry.body as { index: number }).index)).toEqual([...Array(20).keys()]);
    expect(received[0]?.authorization).toBe('Bearer t');
    expect(dispatcher.deliveries).toHaveLength(20);
    dispatcher.close();
  });

  it('retries rejected answers and records every attempt', async () => {
    received.length = 0;
    failuresLeft = 2;
    const settled: boolean[] = [];
    const dispatcher = new WebhookDispatcher({
      retryDelayMilliseconds: 1,
      attempts: 3,
      onSettled: (_body, accepted) => settled.push(accepted),
    });
    dispatcher.send({ url: `${receiver.url}/hook` }, { value: 1 });
    await dispatcher.idle();
    expect(dispatcher.deliveries.map((delivery) => [delivery.status, delivery.attempt])).toEqual([
      [500, 1],
      [500, 2],
      [200, 3],
    ]);
    expect(received).toHaveLength(1);
    expect(settled).toEqual([true]);
  });

  it('gives up after the attempts and on network errors', async () => {
    const settled: boolean[] = [];
    const dispatcher = new WebhookDispatcher({
      retryDelayMilliseconds: 1,
      attempts: 2,
      onSettled: (_body, accepted) => settled.push(accepted),
    });
    dispatcher.send({ url: 'http://127.0.0.1:1/unreachable' }, { value: 2 });
    await dispatcher.idle();
    expect(dispatcher.deliveries).toHaveLength(2);
    expect(dispatcher.deliveries[0]?.status).toBeUndefined();
    expect(dispatcher.deliveries[0]?.error).toBeDefined();
    expect(settled).toEqual([false]);
  });

  it('passes the delivered body to the accept check', async () => {
    const checked: Array<[number, unknown]> = [];
    const dispatcher = new WebhookDispatcher({
      retryDelayMilliseconds: 1,
      attempts: 2,
      accept: (status, _text, body) => {
        checked.push([status, body]);
        return (body as { value: number }).value === 5;
      },
    });
    dispatcher.send({ url: `${receiver.url}/hook` }, { value: 4 });
    dispatcher.send({ url: `${receiver.url}/hook` }, { value: 5 });
    await dispatcher.idle();
    expect(checked).toEqual([
      [200, { value: 4 }],
      [200, { value: 4 }],
      [200, { value: 5 }],
    ]);
    expect(dispatcher.deliveries.map((delivery) => delivery.accepted)).toEqual([false, false, true]);
  });

  it('uses a custom accept check and cancels retries on close', async () => {
    const dispatcher = new WebhookDispatcher({ retryDelayMilliseconds: 60_000, accept: () => false });
    dispatcher.send({ url: `${receiver.url}/hook` }, { value: 3 });
    // The first attempt is answered (however long that takes); its retry waits 60 s.
    await vi.waitFor(() => expect(dispatcher.deliveries).toHaveLength(1), { timeout: 30_000 });
    expect(dispatcher.pending).toBe(1);
    dispatcher.close();
    await dispatcher.idle();
    expect(dispatcher.deliveries).toHaveLength(1);
  });

  it('drops pending bodies on clear without retrying them, and keeps delivering later ones', async () => {
    received.length = 0;
    const settled: boolean[] = [];
    const dispatcher = new WebhookDispatcher({
      retryDelayMilliseconds: 60_000,
      accept: (_status, _text, body) => (body as { value: number }).value === 9,
      onSettled: (_body, accepted) => settled.push(accepted),
    });
    dispatcher.send({ url: `${receiver.url}/hook` }, { value: 1 });
    dispatcher.send({ url: `${receiver.url}/hook` }, { value: 2 });
    // The first body's first attempt is answered (however long that takes); its retry waits 60 s, the second waits.
    await vi.waitFor(() => expect(dispatcher.deliveries).toHaveLength(1), { timeout: 30_000 });
    expect(dispatcher.pending).toBe(2);
    dispatcher.clear();
    expect(dispatcher.pending).toBe(0);
    await dispatcher.idle();
    expect(dispatcher.deliveries.map((delivery) => delivery.body)).toEqual([{ value: 1 }]);
    dispatcher.send({ url: `${receiver.url}/hook` }, { value: 9 });
    await dispatcher.idle();
    expect(dispatcher.deliveries.map((delivery) => delivery.accepted)).toEqual([false, true]);
    expect(settled).toEqual([true]);
    dispatcher.close();
  });
});
