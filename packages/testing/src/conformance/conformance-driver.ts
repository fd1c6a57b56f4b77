import type { Messenger, MessengerErrorCode } from '@switchboard/core';

/**
 * An incoming message the driver can make the provider (or fake) deliver to the messenger.
 *
 * @example
 * ```ts
 * const incoming: ConformanceIncomingMessage = { kind: 'text', chatId: '79001234567@c.us', text: 'hello 42' };
 * ```
 */
export type ConformanceIncomingMessage =
  | {
      /** Which content the message carries; the other fields depend on it. */
      kind: 'text';
      /** The chat the message arrives in, in the provider's chat-id format. */
      chatId: string;
      /** The message text; the suite puts a unique marker in it to find the event. */
      text: string;
    }
  | {
      /** Which content the message carries; the other fields depend on it. */
      kind: 'image';
      /** The chat the message arrives in, in the provider's chat-id format. */
      chatId: string;
      /** The image caption; the suite puts a unique marker in it to find the event. */
      caption: string;
    }
  | {
      /** Which content the message carries; the other fields depend on it. */
      kind: 'location';
      /** The chat the message arrives in, in the provider's chat-id format. */
      chatId: string;
      /** Degrees north, WGS 84. */
      latitude: number;
      /** Degrees east, WGS 84. */
      longitude: number;
    }
  | {
      /** Which content the message carries; the other fields depend on it. */
      kind: 'contact';
      /** The chat the message arrives in, in the provider's chat-id format. */
      chatId: string;
      /** The contact's phone number, digits only. */
      phone: string;
      /** The contact's display name on the card. */
      name: string;
    };

/** The kinds of {@link ConformanceIncomingMessage}. */
export type ConformanceIncomingKind = ConformanceIncomingMessage['kind'];

/**
 * What the provider received from a send, as the fake saw it.
 *
 * @example
 * ```ts
 * const sent: ConformanceSentMessage = { chatId: '79001234567@c.us', kind: 'text', text: 'hi' };
 * ```
 */
export interface ConformanceSentMessage {
  /** The chat the send was addressed to, in the provider's chat-id format. */
  chatId: string;
  /** The content kind the provider recorded; `other` for anything the suite does not compare. */
  kind: 'text' | 'media' | 'location' | 'contact' | 'poll' | 'other';
  /** The text or caption, when there is one. */
  text?: string | undefined;
}

/**
 * A fault the driver makes the fake answer with on the next requests.
 *
 * @example
 * ```ts
 * await driver.injectFault({ status: 429, retryAfterMilliseconds: 2000 });
 * ```
 */
export interface ConformanceFault {
  /** The HTTP status the fake answers with (401, 404, 429, 466, 5xx…). */
  status: number;
  /** The `Retry-After` delay; the header is written in whole seconds, rounded up; absent means no header. */
  retryAfterMilliseconds?: number;
  /** How many requests answer with the fault (default 1; the suite creates messengers without retries). */
  times?: number;
}

/**
 * How the conformance suite drives the fake behind a messenger: an emulator from this package, or the
 * adapter author's own fake. Optional members switch the tests that need them off (the suite says so
 * in the skipped test's name).
 *
 * @example
 * ```ts
 * const driver: ConformanceDriver = {
 *   chatId: '79001234567@c.us',
 *   secrets: [token],
 *   authorize: () => emulator.control.authorize(instanceId),
 *   deliverIncoming: (message) => emulator.control.injectIncoming(instanceId, message),
 *   sentMessages: () => emulator.control.sentMessages(instanceId),
 *   injectFault: (fault) => emulator.control.injectFault(fault),
 * };
 * ```
 */
export interface ConformanceDriver {
  /** A chat the messenger can send to and receive from. */
  chatId: string;
  /** Every secret of the setup (tokens, keys, webhook secrets): none may appear in an error. */
  secrets: string[];
  /** Makes the account authorized (scans the QR, confirms the code…). */
  authorize(): Promise<void>;
  /** Which incoming kinds {@link ConformanceDriver.deliverIncoming} can produce. Default: `['text']`. */
  incomingKinds?: ConformanceIncomingKind[];
  /** Makes the provider queue an incoming message for polling (and push it when `webhookRequest` is used). */
  deliverIncoming(message: ConformanceIncomingMessage): Promise<void>;
  /** Everything the provider received from sends, oldest first. */
  sentMessages(): Promise<ConformanceSentMessage[]>;
  /** Makes the next requests fail with an HTTP status. */
  injectFault(fault: ConformanceFault): Promise<void>;
  /** Removes injected faults. */
  clearFaults?(): Promise<void>;
  /**
   * Builds the webhook request the provider would push for an incoming text message, with the
   * correct secret when `authentic` is true and a wrong one otherwise. Without it, webhook tests are
   * skipped.
   */
  webhookRequest?(message: ConformanceIncomingMessage, options: { authentic: boolean }): Promise<Request>;
  /** The error code a given injected status must map to, when the provider differs from the defaults. */
  expectedErrorCodes?: Partial<Record<number, MessengerErrorCode>>;
}

/**
 * What `setup` returns for each test: a messenger created with retries disabled (so injected faults
 * surface at once), its driver, and a teardown.
 *
 * @example
 * ```ts
 * setup: async () => ({ messenger, driver, teardown: () => emulator.close() })
 * ```
 */
export interface ConformanceSubject {
  /** The messenger under test, created with retries disabled. */
  messenger: Messenger;
  /** Controls the fake behind `messenger`. */
  driver: ConformanceDriver;
  /** Releases what `setup` started (emulators, servers). */
  teardown?(): Promise<void>;
}
