import type { FaultInjector } from '../shared/fault-injector.js';
import type { WhatsgateChatInput } from './whatsgate-chat-book.js';
import type { WhatsgateAck, WhatsgateSessionStatus } from './whatsgate-payloads.js';

/**
 * A session that exists when the emulator starts.
 *
 * @example
 * const seed: WhatsgateSessionSeed = { name: 'Shop', status: 'READY', number: '79990000001', pushname: 'Shop' };
 */
export interface WhatsgateSessionSeed {
  /** The session's display name. */
  name: string;
  /** Default: generated like PHP `uniqid()` (13 hex characters). */
  whatsappId?: string;
  /** Default `READY`. A `PENDING`/`AUTH` session waits for `control.scan`. */
  status?: Exclude<WhatsgateSessionStatus, 'DESTROYING'>;
  /** The account's number for READY sessions (default `7999000000<n>`). */
  number?: string;
  /** WhatsApp profile name for READY sessions (default: the session name). */
  pushname?: string;
  /** Webhook URL. */
  callback?: string;
  /** Chats `get-chats` lists from the start. */
  chats?: WhatsgateChatInput[];
}

/**
 * Options of `startWhatsgateEmulator`. Every timing has a realistic default and can be shortened in tests.
 *
 * @example
 * const options: WhatsgateEmulatorOptions = { webhookRetryDelayMilliseconds: 10, automaticAcks: [] };
 */
export interface WhatsgateEmulatorOptions {
  /** Default `127.0.0.1`. */
  host?: string;
  /** Default 0 (ephemeral). */
  port?: number;
  /** The account API key (`X-Api-Key`); default: 32 generated hex characters. */
  apiKey?: string;
  /** Default: one READY session named `Switchboard`. Pass `[]` to start without sessions. */
  sessions?: WhatsgateSessionSeed[];
  /** Plan limit of live sessions; `session-create` fails beyond it (default 10). */
  sessionLimit?: number;
  /** Seed of generated ids (default: non-deterministic). */
  seed?: number;
  /** Clock in milliseconds (default `Date.now`). */
  now?: () => number;
  /** Offset of `event_date` / `date_add` from UTC in minutes (default 180, Moscow). */
  timeZoneOffsetMinutes?: number;
  /** PENDING → AUTH after session creation (default 1000). */
  initializationMilliseconds?: number;
  /** DESTROYING → removed after `session-delete` (default 1000). */
  destroyMilliseconds?: number;
  /** Delay before an async `send` is performed and its `sent` event emitted (default 200). */
  asyncSendDelayMilliseconds?: number;
  /** `ack` events emitted automatically after every send, in order (default `[1, 2]`: server, delivered). */
  automaticAcks?: readonly WhatsgateAck[];
  /** Pause before each automatic ack (default 300). */
  ackDelayMilliseconds?: number;
  /** How long `typing` shows the indicator (default 15 000). */
  typingMilliseconds?: number;
  /** Webhook retries after a delivery that was not acknowledged (default 3). */
  webhookRetries?: number;
  /** Pause before each webhook retry (default 20 000). */
  webhookRetryDelayMilliseconds?: number;
  /** Per-attempt webhook timeout (default 10 000). */
  webhookTimeoutMilliseconds?: number;
  /** Emit a `media` event after each incoming media `message` event (default true). */
  mediaEvents?: boolean;
  /** Numbers `check` reports as not on WhatsApp (sending to them fails). */
  unregisteredNumbers?: readonly string[];
  /** First event id (default 1). */
  firstEventId?: number;
  /** Fault injector to use (default: a new one, exposed as `control.faults`). */
  faults?: FaultInjector;
}

/** Options with every default applied. */
export type ResolvedWhatsgateEmulatorOptions = Required<
  Omit<WhatsgateEmulatorOptions, 'apiKey' | 'seed' | 'faults' | 'host' | 'port'>
> &
  Pick<WhatsgateEmulatorOptions, 'apiKey' | 'seed' | 'faults' | 'host' | 'port'>;

/** Applies the defaults. */
export function resolveWhatsgateEmulatorOptions(
  options: WhatsgateEmulatorOptions,
): ResolvedWhatsgateEmulatorOptions {
  return {
    ...options,
    sessions: options.sessions ?? [{ name: 'Switchboard' }],
    sessionLimit: options.sessionLimit ?? 10,
    now: options.now ?? Date.now,
    timeZoneOffsetMinutes: options.timeZoneOffsetMinutes ?? 180,
    initializationMilliseconds: options.initializationMilliseconds ?? 1000,
    destroyMilliseconds: options.destroyMilliseconds ?? 1000,
    asyncSendDelayMilliseconds: options.asyncSendDelayMilliseconds ?? 200,
    automaticAcks: options.automaticAcks ?? [1, 2],
    ackDelayMilliseconds: options.ackDelayMilliseconds ?? 300,
    typingMilliseconds: options.typingMilliseconds ?? 15_000,
    webhookRetries: options.webhookRetries ?? 3,
    webhookRetryDelayMilliseconds: options.webhookRetryDelayMilliseconds ?? 20_000,
    webhookTimeoutMilliseconds: options.webhookTimeoutMilliseconds ?? 10_000,
    mediaEvents: options.mediaEvents ?? true,
    unregisteredNumbers: options.unregisteredNumbers ?? [],
    firstEventId: options.firstEventId ?? 1,
  };
}
