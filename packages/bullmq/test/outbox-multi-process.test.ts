import { type ChildProcess, fork } from 'node:child_process';
import {
  type GreenApiEmulator,
  type RunningRedisServer,
  shouldSkipRedisTests,
  startGreenApiEmulator,
  startRedisServer,
} from '@switchboard/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOutbox, type Outbox } from '../src/index.js';

// `pnpm test` runs 1,000 messages over 20 instances; SWITCHBOARD_OUTBOX_FULL=1 runs 10,000 over 100.
const full = process.env.SWITCHBOARD_OUTBOX_FULL === '1';
const messageCount = full ? 10_000 : 1_000;
const instanceCount = full ? 100 : 20;
const chatsPerInstance = 5;
const deadlineMilliseconds = full ? 1_500_000 : 400_000;

// The outbox paces every instance at 3 per second. Checked exactly where the outbox decides: the pacing script's
// grants (their Redis server times, kept with `keepPacingGrants`), never more than 3 in any 1 s window. Checked
// again at the emulator, against a provider limit of 5 per second: arrivals lag their grants by a varying delay
// (event loops on a loaded machine, the network, the journal check before a resend), which no pacing controls,
// so arrival windows get that margin. Six arrivals within 1 s would need the first held up 670 ms longer than the sixth.
const pacing = { messages: 3, intervalMilliseconds: 1000 };
const providerLimit = { messages: 5, intervalMilliseconds: 1000 };

/** The most of `times` (sorted) that fall in one window [t, t + interval), over every t. */
function busiestWindow(times: readonly number[], intervalMilliseconds: number): number {
  let busiest = 0;
  let first = 0;
  for (let last = 0; last < times.length; last += 1) {
    while ((times[last] as number) - (times[first] as number) >= intervalMilliseconds) first += 1;
    busiest = Math.max(busiest, last - first + 1);
  }
  return busiest;
}

const waitFor = async (what: string, condition: () => boolean | Promise<boolean>, timeout: number) => {
  const deadline = Date.now() + timeout;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`${what}: not reached within ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};

describe.skipIf(shouldSkipRedisTests())('the outbox across three worker processes', () => {
  let redis: RunningRedisServer;
  let emulator: GreenApiEmulator;
  let outbox: Outbox;
  const workers: ChildProcess[] = [];

  beforeAll(async () => {
    redis = await startRedisServer();
    emulator = await startGreenApiEmulator({
      state: 'authorized',
      timings: { sendDelayScale: 0 },
      statusProgression: 'sent',
      instances: Array.from({ length: instanceCount }, () => ({})),
    });
  });

  afterAll(async () => {
    for (const worker of workers) if (worker.exitCode === null) worker.kill('SIGKILL');
    await outbox?.close();
    await emulator?.close();
    await redis?.stop();
  });

  it(
    `sends ${messageCount} messages over ${instanceCount} instances once each, in order per chat, within the rate, through faults and a kill -9`,
    async () => {
      const instances = emulator.instances.slice(0, instanceCount);
      const settings = {
        redisUrl: redis.url,
        queueName: 'outbox-proof',
        keyPrefix: 'proof:',
        pacing,
        keepPacingGrants: 10_000,
        attempts: 30,
        baseRetryDelayMilliseconds: 200,
        maximumRetryDelayMilliseconds: 2000,
        turnCheckMilliseconds: 2000,
        concurrency: 32,
        lockDurationMilliseconds: 4000,
        stalledIntervalMilliseconds: 1000,
        lostAnswerEvery: 40,
        instances,
      };
      outbox = createOutbox({
        connection: redis.url,
        queueName: settings.queueName,
        keyPrefix: settings.keyPrefix,
        resolveMessenger: () => {
          throw new Error('this process only enqueues');
        },
      });

      // Faults on sends only: 5xx, 429 with Retry-After, dropped connections (before the emulator handles the
      // request); and in the workers, every 40th send loses its answer after the emulator accepted it.
      emulator.faults.inject(
        { kind: 'status', status: 500 },
        { fraction: 0.03, pathIncludes: '/sendMessage/' },
      );
      emulator.faults.inject(
        { kind: 'status', status: 429, retryAfterMilliseconds: 1000 },
        { fraction: 0.02, pathIncludes: '/sendMessage/' },
      );
      emulator.faults.inject({ kind: 'drop' }, { fraction: 0.02, pathIncludes: '/sendMessage/' });

      const events = outbox.createQueueEvents();
      const tally = { sent: 0, alreadySent: 0, confirmedFromJournal: 0, retries: 0 };
      events.on('completed', ({ returnvalue }) => {
        const result = returnvalue as unknown as { status: string; confirmedFromJournal: boolean };
        if (result.status === 'sent') tally.sent += 1;
        else tally.alreadySent += 1;
        if (result.confirmedFromJournal) tally.confirmedFromJournal += 1;
      });
      events.on('progress', ({ data }) => {
        if ((data as { attempt?: number }).attempt !== 1) tally.retries += 1;
      });
      await events.waitUntilReady();
      const startedAt = Date.now();

      for (let index = 0; index < 3; index += 1) {
        const worker = fork(new URL('./outbox-worker-process.mjs', import.meta.url), {
          env: { ...process.env, OUTBOX_TEST_SETTINGS: JSON.stringify(settings) },
          stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
        });
        workers.push(worker);
        await new Promise<void>((resolve, reject) => {
          worker.once('message', () => resolve());
          worker.once('exit', (code) => reject(new Error(`worker exited with ${code}`)));
        });
      }

      // Message i goes to instance i % M, chat (i / M) % C; its text names its chat and its place in the chat.
      const expected = new Map<string, string[]>(); // `${instance}|${chat}` → texts in order
      const nextInChat = new Map<string, number>();
      for (let index = 0; index < messageCount; index += 1) {
        const instance = instances[index % instanceCount];
        if (instance === undefined) throw new Error('no instance');
        const chatId = `7900000${String(Math.floor(index / instanceCount) % chatsPerInstance).padStart(4, '0')}@c.us`;
        const key = `${instance.idInstance}|${chatId}`;
        const place = nextInChat.get(key) ?? 0;
        nextInChat.set(key, place + 1);
        const text = `${chatId}#${place}`;
        expected.set(key, [...(expected.get(key) ?? []), text]);
        await outbox.send(
          String(instance.idInstance),
          { recipient: { chatId }, message: { type: 'text', text } },
          { idempotencyKey: `proof-${index}` },
        );
      }
      // The app retries some sends (same idempotency keys): nothing new is queued.
      for (let index = 0; index < 50; index += 1) {
        const instance = instances[index % instanceCount];
        if (instance === undefined) throw new Error('no instance');
        const chatId = `7900000${String(Math.floor(index / instanceCount) % chatsPerInstance).padStart(4, '0')}@c.us`;
        const receipt = await outbox.send(
          String(instance.idInstance),
          { recipient: { chatId }, message: { type: 'text', text: 'a retried send' } },
          { idempotencyKey: `proof-${index}` },
        );
        expect(receipt.duplicate).toBe(true);
      }

      const sentCount = () =>
        instances.reduce(
          (sum, instance) => sum + emulator.control.sentMessages(instance.idInstance).length,
          0,
        );
      await waitFor('a third sent', () => sentCount() >= messageCount / 3, deadlineMilliseconds);
      workers[0]?.kill('SIGKILL');
      await waitFor('every message sent', () => sentCount() >= messageCount, deadlineMilliseconds);
      await waitFor(
        'the queue drained',
        async () => {
          const counts = await outbox.queue.getJobCounts('waiting', 'delayed', 'prioritized', 'active');
          return Object.values(counts).every((count) => count === 0);
        },
        60_000,
      );
      // A little longer, so that a late duplicate would show.
      await new Promise((resolve) => setTimeout(resolve, 1000));

      await events.close();
      const elapsed = Date.now() - startedAt;
      expect(await outbox.deadLetterQueue.count()).toBe(0);
      let grantCount = 0;
      let busiestGrantWindow = 0;
      for (const instance of instances) {
        const grants = await outbox.pacingGrants(String(instance.idInstance));
        const sent = emulator.control.sentMessages(instance.idInstance);
        // Every accepted send (and every failed attempt) was let through by a grant of its own.
        expect(grants.length, `grants of ${instance.idInstance}`).toBeGreaterThanOrEqual(sent.length);
        expect(grants, 'grants in Redis server time order').toEqual([...grants].sort((a, b) => a - b));
        const busiest = busiestWindow(grants, pacing.intervalMilliseconds);
        expect(busiest, `grants of ${instance.idInstance} in one window`).toBeLessThanOrEqual(
          pacing.messages,
        );
        busiestGrantWindow = Math.max(busiestGrantWindow, busiest);
        grantCount += grants.length;
      }
      console.info(
        `outbox proof: ${messageCount} messages over ${instanceCount} instances in ${elapsed} ms;`,
        `completed events: ${JSON.stringify(tally)};`,
        `${grantCount} pacing grants, at most ${busiestGrantWindow} in one ${pacing.intervalMilliseconds} ms window`,
      );
      let checkedWindows = 0;
      for (const instance of instances) {
        const sent = emulator.control.sentMessages(instance.idInstance);
        // Every message once, none twice, and in order within every chat.
        const byChat = new Map<string, string[]>();
        for (const record of sent) {
          const key = `${instance.idInstance}|${record.chatId}`;
          byChat.set(key, [...(byChat.get(key) ?? []), String(record.body.message)]);
        }
        for (const [key, texts] of byChat) expect(texts, key).toEqual(expected.get(key));
        expect(sent.length).toBe(messageCount / instanceCount);
        // No instance above its rate in any interval.
        const times = sent.map((record) => record.acceptedAt).sort((left, right) => left - right);
        expect(
          busiestWindow(times, providerLimit.intervalMilliseconds),
          `arrivals at ${instance.idInstance}`,
        ).toBeLessThanOrEqual(providerLimit.messages);
        checkedWindows += times.length;
      }
      expect(checkedWindows).toBe(messageCount);
      // Lost answers were settled from the provider's journal, not by sending again.
      expect(tally.confirmedFromJournal).toBeGreaterThan(0);

      for (const worker of workers.slice(1)) {
        const exited = new Promise((resolve) => worker.once('exit', resolve));
        worker.kill('SIGTERM');
        expect(await exited).toBe(0);
      }
    },
    deadlineMilliseconds + 120_000,
  );
});
