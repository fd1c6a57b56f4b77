import type { Messenger } from '@switchboard/core';
import {
  type GreenApiEmulator,
  type GreenApiEmulatorInstance,
  type RunningRedisServer,
  startGreenApiEmulator,
  startRedisServer,
} from '@switchboard/testing';
import { createOutbox, type Outbox, type OutboxOptions } from '../src/index.js';
import { emulatorMessengers } from './emulator-messengers.mjs';

/** A redis-server, a GREEN-API emulator and an outbox whose messengers point at it, for one test. */
export interface OutboxHarness {
  redis: RunningRedisServer;
  emulator: GreenApiEmulator;
  outbox: Outbox;
  instances: GreenApiEmulatorInstance[];
  /** Texts the emulator accepted for an instance, in arrival order. */
  sentTexts(instance: GreenApiEmulatorInstance): string[];
  close(): Promise<void>;
}

/** Polls until `condition` holds, or fails after `timeout` ms (a deadline, not a speed requirement). */
export async function waitFor(
  what: string,
  condition: () => boolean | Promise<boolean>,
  timeout = 30_000,
): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`${what}: not reached within ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * Starts everything an outbox test needs; `wrap` lets a test stand between the outbox and a messenger.
 */
export async function startOutboxHarness(
  options: {
    instances?: number;
    outbox?: Partial<OutboxOptions>;
    wrap?: (messenger: Messenger) => Messenger;
    timeoutMilliseconds?: number;
    /** The messengers' transport retry (default `false`, as the outbox requires). */
    retry?: false | { limit?: number };
  } = {},
): Promise<OutboxHarness> {
  const redis = await startRedisServer();
  const emulator = await startGreenApiEmulator({
    state: 'authorized',
    timings: { sendDelayScale: 0 },
    statusProgression: 'sent',
    instances: Array.from({ length: options.instances ?? 1 }, () => ({})),
  });
  const instances = emulator.instances;
  const outbox = createOutbox({
    connection: redis.url,
    baseRetryDelayMilliseconds: 50,
    turnCheckMilliseconds: 500,
    resolveMessenger: emulatorMessengers(instances, {
      ...(options.timeoutMilliseconds === undefined
        ? {}
        : { timeoutMilliseconds: options.timeoutMilliseconds }),
      ...(options.wrap === undefined ? {} : { wrap: options.wrap }),
      ...(options.retry === undefined ? {} : { retry: options.retry }),
    }),
    ...options.outbox,
  });
  return {
    redis,
    emulator,
    outbox,
    instances,
    sentTexts: (instance) =>
      emulator.control.sentMessages(instance.idInstance).map((record) => String(record.body.message)),
    close: async () => {
      await outbox.close();
      await emulator.close();
      await redis.stop();
    },
  };
}

/** A messenger whose `send` is replaced (everything else is the real one). */
export function withSend(messenger: Messenger, send: Messenger['send']): Messenger {
  return new Proxy(messenger, {
    get: (target, property, receiver) =>
      property === 'send' ? send : Reflect.get(target, property, receiver),
  });
}
