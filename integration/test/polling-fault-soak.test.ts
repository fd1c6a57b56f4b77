import {
  createMemoryIdempotencyStore,
  type Messenger,
  type PollingErrorContext,
  type PollingOptions,
  startPolling,
} from '@switchboard/core';
import {
  createRandom,
  type GreenApiEmulator,
  startWhatsgateEmulator,
  type WhatsgateEmulator,
} from '@switchboard/testing';
import { createWhatsgateMessenger, type WhatsgateCursorStore } from '@switchboard/whatsgate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectGreenApiInstance } from './support/connect-green-api-instance.js';
import { createStoreCursorStore } from './support/create-store-cursor-store.js';
import { HandledLedger } from './support/handled-ledger.js';
import { echoMarker, injectProviderFaults, injectSecretEchoFault } from './support/inject-provider-faults.js';
import { describeError, SecretScanner } from './support/secret-scanner.js';
import { isPoisonMarker, readSoakMarker, soakText } from './support/soak-markers.js';
import { startPollingGreenApiEmulator } from './support/start-authorized-green-api-emulator.js';
import { sleep, waitUntil } from './support/wait-until.js';

const seed = Number(process.env.SOAK_SEED ?? 20_261_122);
const greenApiMessagesPerInstance = 1250;
const whatsgateMessagesPerSession = 2500;
const clientTimeoutMilliseconds = 500;
const pollingTimings = {
  receiveTimeoutMilliseconds: 50,
  idleDelayMilliseconds: 5,
  retry: { attempts: 4, baseDelayMilliseconds: 2, maximumDelayMilliseconds: 25 },
} satisfies Partial<PollingOptions>;

let greenApi: GreenApiEmulator;
let whatsgate: WhatsgateEmulator;

beforeAll(async () => {
  greenApi = await startPollingGreenApiEmulator(seed);
  whatsgate = await startWhatsgateEmulator({
    seed,
    sessions: [{ name: 'shop-1' }, { name: 'shop-2' }],
    automaticAcks: [],
  });
});

afterAll(async () => {
  await greenApi?.close();
  await whatsgate?.close();
});

/** One messenger of the soak and how to put a message into its provider queue. */
interface SoakSource {
  name: string;
  messenger: Messenger;
  count: number;
  inject(marker: string, duplicate: boolean): void;
  isDrained(): Promise<boolean>;
}

function greenApiSources(scanner: SecretScanner): SoakSource[] {
  injectProviderFaults(greenApi.faults, { slowerThanTimeoutMilliseconds: 1500 });
  return greenApi.instances.map((instance, index) => {
    scanner.addSecret(instance.apiTokenInstance);
    const token = instance.apiTokenInstance;
    injectSecretEchoFault(greenApi.faults, { secret: token, pathIncludes: token, fraction: 0.01 });
    const messenger = connectGreenApiInstance(instance, {
      retry: false,
      timeoutMilliseconds: clientTimeoutMilliseconds,
      onLog: (entry) => scanner.recordValue('green-api onLog', entry),
    });
    const { idInstance } = instance;
    return {
      name: `${instance.typeInstance}-${index}`,
      messenger,
      count: greenApiMessagesPerInstance,
      inject(marker, duplicate) {
        const text = soakText(marker);
        const { idMessage } = greenApi.control.injectIncomingMessage(idInstance, { kind: 'text', text });
        // The provider delivers this notification twice (same idMessage, two receipts).
        if (duplicate) greenApi.control.injectIncomingMessage(idInstance, { kind: 'text', text, idMessage });
      },
      isDrained: async () => greenApi.control.queuedNotifications(idInstance).length === 0,
    };
  });
}

function whatsgateSources(scanner: SecretScanner, cursorStore: WhatsgateCursorStore): SoakSource[] {
  scanner.addSecret(whatsgate.apiKey);
  injectSecretEchoFault(whatsgate.control.faults, { secret: whatsgate.apiKey, fraction: 0.01 });
  injectProviderFaults(whatsgate.control.faults, { slowerThanTimeoutMilliseconds: 1500 });
  return whatsgate.sessions.map((session, index) => {
    const messenger = createWhatsgateMessenger({
      apiKey: whatsgate.apiKey,
      whatsappId: session.whatsappId,
      baseUrl: whatsgate.url,
      retry: false,
      timeoutMilliseconds: clientTimeoutMilliseconds,
      pollIntervalMilliseconds: 5,
      cursorStore,
      onLog: (entry) => scanner.recordValue('whatsgate onLog', entry),
    });
    return {
      name: `whatsgate-${index}`,
      messenger,
      count: whatsgateMessagesPerSession,
      inject(marker) {
        whatsgate.control.injectIncomingMessage(session.whatsappId, {
          kind: 'text',
          from: `7999000${String(index).padStart(4, '0')}`,
          body: soakText(marker),
        });
      },
      // Whatsgate deletes nothing: drained means the cursor reached the newest event.
      isDrained: async () => {
        const newest = whatsgate.control.events({ whatsappId: session.whatsappId }).at(-1)?.id;
        return newest === undefined || (await cursorStore.get(session.whatsappId))?.eventId === newest;
      },
    };
  });
}

/** Injects every message, round-robin over the sources in small batches while the poller runs. */
async function injectInterleaved(sources: readonly SoakSource[], random: () => number) {
  const expected: string[] = [];
  const poison: string[] = [];
  const longest = Math.max(...sources.map((source) => source.count));
  for (let number = 0; number < longest; number += 1) {
    for (const source of sources) {
      if (number >= source.count) continue;
      const isPoison = number === 7 || number === source.count - 3;
      const marker = `${isPoison ? 'poison-' : ''}${source.name}-${number}`;
      (isPoison ? poison : expected).push(marker);
      source.inject(marker, random() < 0.01);
    }
    if (number % 100 === 99) await sleep(2);
  }
  return { expected, poison };
}

describe('polling fault soak: one poller over GREEN-API (WhatsApp, Telegram, MAX) and Whatsgate', () => {
  it(`handles 10,000 messages exactly once through 5xx, 429, slow and dropped answers and failing handlers (seed ${seed})`, async () => {
    const random = createRandom(seed);
    const scanner = new SecretScanner();
    const store = createMemoryIdempotencyStore();
    const sources = [
      ...greenApiSources(scanner),
      ...whatsgateSources(scanner, createStoreCursorStore(store)),
    ];
    const ledger = new HandledLedger();
    const deadLetters: string[] = [];
    const errorPhases = new Map<string, number>();
    let echoedErrors = 0;
    const onError = (error: unknown, context: PollingErrorContext) => {
      errorPhases.set(context.phase, (errorPhases.get(context.phase) ?? 0) + 1);
      if (describeError(error).includes(echoMarker)) echoedErrors += 1;
      scanner.recordError(`onError ${context.phase}`, error);
    };

    const poller = startPolling(
      sources.map((source) => source.messenger),
      {
        ...pollingTimings,
        store,
        concurrency: 8,
        onError,
        onEvent: async (event, { attempt }) => {
          const marker = readSoakMarker(event);
          if (marker === undefined) return;
          if (isPoisonMarker(marker)) throw new Error(`poison message ${marker}`);
          // Transient failures, never on the last attempt, so only poison messages are dead-lettered.
          if (attempt < pollingTimings.retry.attempts - 1 && random() < 0.08) {
            throw new Error('transient handler failure');
          }
          if (random() < 0.01) await sleep(15);
          ledger.record(marker);
        },
        onDeadLetter: (event, error) => {
          deadLetters.push(readSoakMarker(event) ?? `not a soak message: ${event.type} ${event.id}`);
          scanner.recordError('onDeadLetter', error);
        },
      },
    );
    let injected: Awaited<ReturnType<typeof injectInterleaved>>;
    try {
      injected = await injectInterleaved(sources, random);
      const { expected, poison } = injected;
      await waitUntil(
        async () =>
          ledger.size >= expected.length &&
          deadLetters.length >= poison.length &&
          (await Promise.all(sources.map((source) => source.isDrained()))).every(Boolean),
        {
          // 60 ms per message, ten times a loaded 2-core machine's need: a budget, not a speed assertion.
          timeoutMilliseconds: 600_000,
          progressEveryMilliseconds: 15_000,
          describe: () =>
            `${ledger.size}/${expected.length} handled, ${deadLetters.length}/${poison.length} dead-lettered, ` +
            `stats ${JSON.stringify(poller.stats)}`,
        },
      );
    } finally {
      await poller.stop();
    }
    const { expected, poison } = injected;

    expect(expected.length + poison.length).toBeGreaterThanOrEqual(10_000);
    expect(ledger.missing(expected)).toEqual([]);
    expect(ledger.duplicates()).toEqual([]);
    expect(ledger.unexpected(new Set(expected))).toEqual([]);
    expect([...deadLetters].sort()).toEqual([...poison].sort());
    for (const source of sources) expect(await source.isDrained(), source.name).toBe(true);

    // The faults really happened, and none of them stopped a messenger for good.
    const { stats } = poller;
    expect(stats.failedMessengers).toBe(0);
    expect(stats.receiveErrors).toBeGreaterThan(50);
    expect(errorPhases.get('acknowledge') ?? 0).toBeGreaterThan(10);
    expect(stats.handlerFailures).toBeGreaterThan(500);
    expect(stats.duplicates).toBeGreaterThan(10);
    expect(stats.deadLettered).toBe(poison.length);
    expect(stats.inFlight).toBe(0);

    // The provider's error text (with the echoed secret) reached the errors, redacted.
    expect(echoedErrors).toBeGreaterThan(0);
    expect(scanner.recordedCount).toBeGreaterThan(20_000);
    expect(scanner.leaks).toEqual([]);
  }, 720_000);

  it('keeps polling after one garbled (truncated JSON) answer to a receive', async () => {
    const emulator = await startPollingGreenApiEmulator(seed, ['whatsapp']);
    const gate = await startWhatsgateEmulator({ seed, automaticAcks: [] });
    const [instance] = emulator.instances;
    const [session] = gate.sessions;
    const ledger = new HandledLedger();
    const fatalErrors: string[] = [];
    const poller = startPolling(
      [
        connectGreenApiInstance(instance!, { retry: false }),
        createWhatsgateMessenger({
          apiKey: gate.apiKey,
          whatsappId: session!.whatsappId,
          baseUrl: gate.url,
          retry: false,
          pollIntervalMilliseconds: 5,
        }),
      ],
      {
        ...pollingTimings,
        onEvent: (event) => {
          const marker = readSoakMarker(event);
          if (marker !== undefined) ledger.record(marker);
        },
        onDeadLetter: () => {},
        onError: (error, context) => {
          if (!context.willRetry) fatalErrors.push(`${context.phase}: ${String(error)}`);
        },
      },
    );
    const expected: string[] = [];
    try {
      // A proxy or a half-written answer: HTTP 200 with a body that is not JSON, once per provider.
      emulator.control.injectFault(
        { kind: 'malformed-json' },
        { times: 1, pathIncludes: '/receiveNotification/' },
      );
      gate.control.faults.inject({ kind: 'malformed-json' }, { times: 1, pathIncludes: '/events-get' });
      for (let number = 0; number < 5; number += 1) {
        expected.push(`garbled-green-${number}`, `garbled-gate-${number}`);
        emulator.control.injectIncomingMessage(instance!.idInstance, {
          kind: 'text',
          text: soakText(`garbled-green-${number}`),
        });
        gate.control.injectIncomingMessage(session!.whatsappId, {
          kind: 'text',
          from: '79990001122',
          body: soakText(`garbled-gate-${number}`),
        });
      }
      await waitUntil(() => ledger.size === expected.length || fatalErrors.length > 0, {
        timeoutMilliseconds: 20_000,
        describe: () => `${ledger.size}/${expected.length} handled`,
      });
    } finally {
      await poller.stop();
      await emulator.close();
      await gate.close();
    }
    expect(fatalErrors, 'a garbled answer stopped polling for good').toEqual([]);
    expect(poller.stats.failedMessengers).toBe(0);
    expect(ledger.missing(expected)).toEqual([]);
    expect(ledger.duplicates()).toEqual([]);
  }, 60_000);
});
