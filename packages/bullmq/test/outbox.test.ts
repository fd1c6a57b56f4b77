import { MessengerError } from '@switchboard/core';
import { shouldSkipRedisTests } from '@switchboard/testing';
import { afterEach, describe, expect, it } from 'vitest';
import type { DeadLetterEntry, OutboxResult } from '../src/index.js';
import { type OutboxHarness, startOutboxHarness, waitFor, withSend } from './start-outbox-harness.js';

const text = (value: string) => ({ type: 'text' as const, text: value });
const chatId = '79001234567@c.us';

describe.skipIf(shouldSkipRedisTests())('the outbox', () => {
  let harness: OutboxHarness | undefined;
  afterEach(async () => {
    await harness?.close();
    harness = undefined;
  });

  it('sends once per idempotency key, also when the key comes again after the message was sent', async () => {
    harness = await startOutboxHarness();
    const [instance] = harness.instances;
    if (instance === undefined) throw new Error('no instance');
    const instanceId = String(instance.idInstance);
    const first = await harness.outbox.send(
      instanceId,
      { recipient: { chatId }, message: text('once') },
      {
        idempotencyKey: 'order-1',
      },
    );
    const again = await harness.outbox.send(
      instanceId,
      { recipient: { chatId }, message: text('once') },
      {
        idempotencyKey: 'order-1',
      },
    );
    expect(first.duplicate).toBe(false);
    expect(again).toEqual({ ...first, duplicate: true });
    const worker = harness.outbox.startWorker();
    await waitFor('sent', () => harness?.sentTexts(instance).length === 1);
    await waitFor(
      'completed',
      async () => (await harness?.outbox.queue.getJobCounts('completed'))?.completed === 1,
    );
    const late = await harness.outbox.send(
      instanceId,
      { recipient: { chatId }, message: text('once') },
      {
        idempotencyKey: 'order-1',
      },
    );
    expect(late.duplicate).toBe(true);
    await worker.close();
    expect(harness.sentTexts(instance)).toEqual(['once']);
    const job = await harness.outbox.queue.getJob(first.jobId);
    expect(job?.returnvalue).toMatchObject({ status: 'sent', instanceId, chatId, attempts: 1 });
  });

  it('settles a send whose answer was lost from the provider journal, without sending it again', async () => {
    let losses = 0;
    harness = await startOutboxHarness({
      wrap: (messenger) =>
        withSend(messenger, async (outgoing) => {
          const sent = await messenger.send(outgoing);
          if (losses++ === 0) throw new MessengerError('socket hang up', { code: 'network' });
          return sent;
        }),
    });
    const [instance] = harness.instances;
    if (instance === undefined) throw new Error('no instance');
    const receipt = await harness.outbox.send(String(instance.idInstance), {
      recipient: { chatId },
      message: text('exactly once'),
    });
    await harness.outbox.send(String(instance.idInstance), {
      recipient: { chatId },
      message: text('after it'),
    });
    const worker = harness.outbox.startWorker();
    await waitFor('both sent', () => harness?.sentTexts(instance).length === 2);
    await waitFor(
      'completed',
      async () => (await harness?.outbox.queue.getJobCounts('completed'))?.completed === 2,
    );
    await worker.close();
    expect(harness.sentTexts(instance)).toEqual(['exactly once', 'after it']);
    const result = (await harness.outbox.queue.getJob(receipt.jobId))?.returnvalue as OutboxResult;
    expect(result).toMatchObject({ status: 'already-sent', confirmedFromJournal: true, attempts: 1 });
    expect(result.messageId).toBe(harness.emulator.control.sentMessages(instance.idInstance)[0]?.idMessage);
  });

  it('dead-letters an unconfirmed attempt when the provider keeps no journal and at-most-once is asked', async () => {
    harness = await startOutboxHarness({
      outbox: { unconfirmedAttempt: 'dead-letter' },
      wrap: (messenger) => {
        const withoutJournal = withSend(messenger, async (outgoing) => {
          await messenger.send(outgoing);
          throw new MessengerError('request timed out', { code: 'timeout' });
        });
        return new Proxy(withoutJournal, {
          get: (target, property, receiver) =>
            property === 'supports' ? () => false : Reflect.get(target, property, receiver),
        });
      },
    });
    const [instance] = harness.instances;
    if (instance === undefined) throw new Error('no instance');
    const receipt = await harness.outbox.send(String(instance.idInstance), {
      recipient: { chatId },
      message: text('at most once'),
    });
    const worker = harness.outbox.startWorker();
    await waitFor('dead-lettered', async () => (await harness?.outbox.deadLetterQueue.count()) === 1);
    await worker.close();
    expect(harness.sentTexts(instance)).toEqual(['at most once']);
    const entry = (await harness.outbox.deadLetterQueue.getJob(receipt.jobId))?.data as DeadLetterEntry;
    expect(entry).toMatchObject({ maybeSent: true, attempts: 2, error: { code: 'unknown' } });
  });

  it('dead-letters a final failure with a redacted error, and the chat goes on with its next message', async () => {
    const secret = 'super-secret-token-value';
    harness = await startOutboxHarness({
      outbox: { redactor: { redact: (value) => value.replaceAll(secret, '***') } },
      wrap: (messenger) =>
        withSend(messenger, async (outgoing) => {
          if (outgoing.message.type === 'text' && outgoing.message.text === 'poison') {
            throw new MessengerError(`rejected (${secret})`, { code: 'invalid-request', status: 400 });
          }
          return messenger.send(outgoing);
        }),
    });
    const [instance] = harness.instances;
    if (instance === undefined) throw new Error('no instance');
    const instanceId = String(instance.idInstance);
    const poison = await harness.outbox.send(instanceId, { recipient: { chatId }, message: text('poison') });
    await harness.outbox.send(instanceId, { recipient: { chatId }, message: text('next') });
    const failures: string[] = [];
    const worker = harness.outbox.startWorker();
    worker.worker.on('failed', (_job, error) => failures.push(error.message));
    await waitFor('next sent', () => harness?.sentTexts(instance).includes('next') ?? false);
    await worker.close();
    expect(harness.sentTexts(instance)).toEqual(['next']);
    const entry = (await harness.outbox.deadLetterQueue.getJob(poison.jobId))?.data as DeadLetterEntry;
    expect(entry).toMatchObject({
      instanceId,
      attempts: 1,
      maybeSent: false,
      error: { code: 'invalid-request', status: 400, message: 'rejected (***)' },
      outgoing: { message: text('poison') },
    });
    expect(JSON.stringify(entry)).not.toContain(secret);
    expect(failures.join(' ')).not.toContain(secret);
    expect(await (await harness.outbox.queue.getJob(poison.jobId))?.getState()).toBe('failed');
  });

  it('refuses a messenger whose transport retries sends: dead-lettered unsent with invalid-request', async () => {
    harness = await startOutboxHarness({
      retry: { limit: 2 },
      wrap: (messenger) => withSend(messenger, (outgoing) => messenger.send(outgoing)), // a proxy, still checked
    });
    const [instance] = harness.instances;
    if (instance === undefined) throw new Error('no instance');
    const instanceId = String(instance.idInstance);
    const receipts = [
      await harness.outbox.send(instanceId, { recipient: { chatId }, message: text('first') }),
      await harness.outbox.send(instanceId, { recipient: { chatId }, message: text('second') }),
    ];
    const failures: string[] = [];
    const worker = harness.outbox.startWorker();
    worker.worker.on('failed', (_job, error) => failures.push(error.message));
    await waitFor('both dead-lettered', async () => (await harness?.outbox.deadLetterQueue.count()) === 2);
    await worker.close();
    expect(harness.sentTexts(instance)).toEqual([]);
    for (const receipt of receipts) {
      const entry = (await harness.outbox.deadLetterQueue.getJob(receipt.jobId))?.data as DeadLetterEntry;
      expect(entry).toMatchObject({
        maybeSent: false,
        error: { code: 'invalid-request', provider: 'green-api' },
      });
      expect(entry.error.message).toContain('build it with retry: false');
    }
    expect(failures[0]).toMatch(/^invalid-request: The messenger of instance \d+ retries sends/);
  });

  it('dead-letters a message BullMQ gave up on (its messenger could not be resolved) and releases its chat', async () => {
    harness = await startOutboxHarness({
      outbox: {
        attempts: 2,
        resolveMessenger: () => {
          throw new Error('database down');
        },
      },
    });
    const [instance] = harness.instances;
    if (instance === undefined) throw new Error('no instance');
    const instanceId = String(instance.idInstance);
    const first = await harness.outbox.send(instanceId, { recipient: { chatId }, message: text('first') });
    const second = await harness.outbox.send(instanceId, { recipient: { chatId }, message: text('second') });
    const worker = harness.outbox.startWorker();
    await waitFor('both dead-lettered', async () => (await harness?.outbox.deadLetterQueue.count()) === 2);
    await worker.close();
    for (const receipt of [first, second]) {
      const entry = (await harness.outbox.deadLetterQueue.getJob(receipt.jobId))?.data as DeadLetterEntry;
      expect(entry).toMatchObject({
        attempts: 0,
        maybeSent: false,
        error: { code: 'unknown', message: 'database down' },
      });
    }
    expect(harness.sentTexts(instance)).toEqual([]);
  });

  it('honours a 429 Retry-After and holds the whole instance back for it', async () => {
    const attempts: number[] = [];
    harness = await startOutboxHarness({
      wrap: (messenger) =>
        withSend(messenger, (outgoing) => {
          attempts.push(Date.now());
          return messenger.send(outgoing);
        }),
    });
    const [instance] = harness.instances;
    if (instance === undefined) throw new Error('no instance');
    harness.emulator.faults.inject(
      { kind: 'status', status: 429, retryAfterMilliseconds: 1000 },
      { times: 1, pathIncludes: '/sendMessage/' },
    );
    const instanceId = String(instance.idInstance);
    await harness.outbox.send(instanceId, { recipient: { chatId }, message: text('limited') });
    await harness.outbox.send(instanceId, {
      recipient: { chatId: '79007654321@c.us' },
      message: text('other chat'),
    });
    const worker = harness.outbox.startWorker({ concurrency: 1 });
    await waitFor('both sent', () => harness?.sentTexts(instance).length === 2);
    await worker.close();
    const [first, ...later] = attempts;
    expect(first).toBeDefined();
    // Nothing goes to the instance before the Retry-After has passed, whichever chat it is for.
    for (const attempt of later) expect(attempt - (first as number)).toBeGreaterThanOrEqual(1000);
  });

  it('sends no earlier than delayMilliseconds', async () => {
    harness = await startOutboxHarness();
    const [instance] = harness.instances;
    if (instance === undefined) throw new Error('no instance');
    const worker = harness.outbox.startWorker();
    const before = Date.now();
    await harness.outbox.send(
      String(instance.idInstance),
      { recipient: { chatId }, message: text('later') },
      {
        delayMilliseconds: 700,
      },
    );
    await waitFor('sent', () => harness?.sentTexts(instance).length === 1);
    await worker.close();
    const record = harness.emulator.control.sentMessages(instance.idInstance)[0];
    expect((record?.acceptedAt ?? 0) - before).toBeGreaterThanOrEqual(700);
  });

  it('a hanging instance holds up neither the other instances nor the worker', async () => {
    harness = await startOutboxHarness({ instances: 2, timeoutMilliseconds: 2000, outbox: { attempts: 30 } });
    const [slow, fast] = harness.instances;
    if (slow === undefined || fast === undefined) throw new Error('no instances');
    harness.emulator.faults.inject(
      { kind: 'delay', milliseconds: 60_000 },
      { pathIncludes: `/waInstance${slow.idInstance}/sendMessage/` },
    );
    for (let index = 0; index < 6; index += 1) {
      const recipient = { chatId: `7900000000${index}@c.us` };
      await harness.outbox.send(String(slow.idInstance), { recipient, message: text(`slow ${index}`) });
      await harness.outbox.send(String(fast.idInstance), { recipient, message: text(`fast ${index}`) });
    }
    const worker = harness.outbox.startWorker({ concurrency: 4, instanceConcurrency: 1 });
    await waitFor('the other instance sent everything', () => harness?.sentTexts(fast).length === 6);
    expect(harness.sentTexts(slow)).toEqual([]);
    harness.emulator.faults.clear();
    await waitFor(
      'the slow instance sent everything once it answers',
      () => harness?.sentTexts(slow).length === 6,
    );
    await worker.close();
    expect([...harness.sentTexts(slow)].sort()).toEqual(
      Array.from({ length: 6 }, (_, index) => `slow ${index}`),
    );
  });

  it('paces each instance on its own: one held to a message per 10 minutes holds up no other', async () => {
    let slowId = ''; // known once the emulator runs; pacing is asked only when a worker runs
    harness = await startOutboxHarness({
      instances: 2,
      outbox: {
        keepPacingGrants: 100,
        pacing: (instanceId) =>
          instanceId === slowId
            ? { messages: 1, intervalMilliseconds: 600_000 }
            : { messages: 5, intervalMilliseconds: 1000 },
      },
    });
    const [slow, fast] = harness.instances;
    if (slow === undefined || fast === undefined) throw new Error('no instances');
    slowId = String(slow.idInstance);
    const fastId = String(fast.idInstance);
    for (let index = 0; index < 6; index += 1) {
      const recipient = { chatId: `7900000000${index}@c.us` };
      await harness.outbox.send(slowId, { recipient, message: text(`slow ${index}`) });
      await harness.outbox.send(fastId, { recipient, message: text(`fast ${index}`) });
    }
    const worker = harness.outbox.startWorker({ concurrency: 4 });
    await waitFor(
      'the paced-down instance sent its first message',
      () => harness?.sentTexts(slow).length === 1,
    );
    await waitFor('the other instance sent everything', () => harness?.sentTexts(fast).length === 6);
    await worker.close();
    expect(harness.sentTexts(slow)).toHaveLength(1);
    const slowGrants = await harness.outbox.pacingGrants(slowId);
    const fastGrants = await harness.outbox.pacingGrants(fastId);
    expect(slowGrants).toHaveLength(1);
    expect(fastGrants).toHaveLength(6);
    // The other instance kept its own spacing (200 ms), on Redis server time.
    for (let index = 1; index < fastGrants.length; index += 1) {
      expect((fastGrants[index] as number) - (fastGrants[index - 1] as number)).toBeGreaterThanOrEqual(200);
    }
  });

  it('closes gracefully: a send in flight finishes and is recorded', async () => {
    let sendStarted: () => void = () => undefined;
    const started = new Promise<void>((resolve) => {
      sendStarted = resolve;
    });
    harness = await startOutboxHarness({
      wrap: (messenger) =>
        withSend(messenger, (outgoing) => {
          sendStarted();
          return messenger.send(outgoing);
        }),
    });
    const [instance] = harness.instances;
    if (instance === undefined) throw new Error('no instance');
    harness.emulator.faults.inject(
      { kind: 'delay', milliseconds: 1500 },
      { times: 1, pathIncludes: '/sendMessage/' },
    );
    const receipt = await harness.outbox.send(String(instance.idInstance), {
      recipient: { chatId },
      message: text('in flight'),
    });
    const worker = harness.outbox.startWorker();
    await started;
    await worker.close();
    expect(harness.sentTexts(instance)).toEqual(['in flight']);
    expect(await (await harness.outbox.queue.getJob(receipt.jobId))?.getState()).toBe('completed');
  });

  it('rejects bytes, a bad instance id and bad options before anything is stored', async () => {
    harness = await startOutboxHarness();
    const media = {
      recipient: { chatId },
      message: { type: 'media' as const, media: { data: new Uint8Array([1]), fileName: 'a.bin' } },
    };
    await expect(harness.outbox.send('1', media)).rejects.toMatchObject({ code: 'invalid-request' });
    await expect(
      harness.outbox.send('', { recipient: { chatId }, message: text('x') }),
    ).rejects.toMatchObject({
      code: 'invalid-request',
    });
    await expect(
      harness.outbox.send('1', { recipient: { chatId }, message: text('x') }, { delayMilliseconds: -1 }),
    ).rejects.toMatchObject({ code: 'invalid-request' });
    expect(await harness.outbox.queue.count()).toBe(0);
  });
});
