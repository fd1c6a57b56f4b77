import {
  type CapabilityPath,
  isMessengerError,
  listCapabilities,
  type MessengerErrorCode,
  type MessengerEvent,
  type SentMessage,
} from '@switchboard/core';
import { supportsCapability } from '@switchboard/core/adapter';
import { describe, expect, it, type TestContext } from 'vitest';
import { collectErrorText } from './collect-error-text.js';
import type { ConformanceIncomingMessage, ConformanceSubject } from './conformance-driver.js';
import { isIncomingWithText, receiveMatchingEvent } from './receive-matching-event.js';
import { sampleOperationCalls } from './sample-operation-calls.js';
import type { SessionManagerConformanceSubject } from './session-manager-conformance.js';

/**
 * Options of {@link describeMessengerConformance}.
 *
 * @example
 * ```ts
 * const options: MessengerConformanceOptions = { name: 'acme (whatsapp)', setup: startAcmeSubject };
 * ```
 */
export interface MessengerConformanceOptions {
  /** Shown in the test names, for example `'green-api (telegram)'`. */
  name: string;
  /** Creates a fresh subject (fake + messenger + driver) for each test. */
  setup(): Promise<ConformanceSubject>;
  /** Per-test timeout in milliseconds (default 30 000). */
  timeoutMilliseconds?: number;
  /** For a provider with a session manager: creates one, so list → create → authorize → `messenger()` → send is checked. */
  sessions?(): Promise<SessionManagerConformanceSubject>;
}

const defaultErrorCodes: Record<number, MessengerErrorCode> = {
  401: 'auth',
  404: 'not-found',
  429: 'rate-limited',
  466: 'quota-exceeded',
  500: 'provider',
  503: 'provider',
};

const sendPaths: CapabilityPath[] = [
  'send.text',
  'send.media',
  'send.mediaUpload',
  'send.location',
  'send.contact',
  'send.poll',
];
const sentKinds: Partial<Record<CapabilityPath, string>> = {
  'send.text': 'text',
  'send.media': 'media',
  'send.mediaUpload': 'media',
  'send.location': 'location',
  'send.contact': 'contact',
  'send.poll': 'poll',
};
const readProbes: CapabilityPath[] = [
  'session.getState',
  'contacts.list',
  'contacts.listChats',
  'session.getSettings',
];

function uniqueMarker(): string {
  return `conformance-${Math.random().toString(36).slice(2, 10)}`;
}

function incomingWith(
  kind: ConformanceIncomingMessage['kind'],
  chatId: string,
  marker: string,
): ConformanceIncomingMessage {
  switch (kind) {
    case 'text':
      return { kind, chatId, text: `hello ${marker}` };
    case 'image':
      return { kind, chatId, caption: `photo ${marker}` };
    case 'location':
      return { kind, chatId, latitude: 55.75, longitude: 37.61 };
    case 'contact':
      return { kind, chatId, phone: '79001234567', name: 'Anna' };
  }
}

function matchesIncoming(
  event: MessengerEvent,
  message: ConformanceIncomingMessage,
  marker: string,
): boolean {
  if (message.kind === 'text' || message.kind === 'image') return isIncomingWithText(event, marker);
  if (event.type !== 'message-received') return false;
  return event.message.content.type === message.kind;
}

function expectEventShape(event: MessengerEvent, subject: ConformanceSubject): void {
  const { messenger } = subject;
  expect(typeof event.id).toBe('string');
  expect(event.id.length).toBeGreaterThan(0);
  expect(event.provider).toBe(messenger.provider);
  expect(event.network).toBe(messenger.network);
  expect(event.instanceId).toBe(messenger.instanceId);
  expect(Number.isFinite(event.timestamp)).toBe(true);
  expect(event.timestamp).toBeGreaterThan(1_000_000_000_000);
  expect(typeof event.chat.id).toBe('string');
  expect(event.raw).toBeDefined();
}

/**
 * Registers the adapter conformance suite with vitest: send/receive round trips for every declared
 * content kind, event normalisation, capability truthfulness both ways, error mapping (401, 404, 429,
 * 466, 5xx), secret redaction, webhook verification, duplicate-delivery ids, and acknowledgement only
 * after handling. Third-party adapters run it against their own fake the same way.
 *
 * @example
 * ```ts
 * import { describeMessengerConformance } from '@switchboard/testing/conformance';
 * import { startGreenApiEmulator } from '@switchboard/testing/green-api';
 *
 * describeMessengerConformance({
 *   name: 'green-api (whatsapp)',
 *   setup: async () => {
 *     const emulator = await startGreenApiEmulator();
 *     const messenger = createGreenApiMessenger({ ...credentials, retry: false });
 *     return { messenger, driver: createDriver(emulator), teardown: () => emulator.close() };
 *   },
 * });
 * ```
 */
export function describeMessengerConformance(options: MessengerConformanceOptions): void {
  const timeout = options.timeoutMilliseconds ?? 30_000;
  // A check that cannot run against this subject calls `skip(reason)`: it is reported as skipped with the
  // reason, never as passed.
  const withSubject =
    (test: (subject: ConformanceSubject, skip: (reason: string) => never) => Promise<void>) =>
    async (context: TestContext) => {
      const subject = await options.setup();
      try {
        await test(subject, (reason) => context.skip(`${options.name}: ${reason}`));
      } finally {
        await subject.teardown?.();
      }
    };

  describe(`messenger conformance: ${options.name}`, () => {
    it(
      'implements specification v1 with complete capabilities',
      withSubject(async ({ messenger }) => {
        expect(messenger.specificationVersion).toBe('v1');
        expect(typeof messenger.provider).toBe('string');
        expect(typeof messenger.instanceId).toBe('string');
        for (const [path, supported] of listCapabilities(messenger.capabilities)) {
          expect(messenger.supports(path), path).toBe(supported);
          expect(supportsCapability(messenger.capabilities, path)).toBe(supported);
        }
      }),
      timeout,
    );

    it(
      'rejects every undeclared operation with UnsupportedError',
      withSubject(async ({ messenger, driver }, skip) => {
        const undeclared = listCapabilities(messenger.capabilities).filter(([, supported]) => !supported);
        if (undeclared.length === 0) return skip('every capability is declared, so no operation must reject');
        for (const [path] of undeclared) {
          const error = await sampleOperationCalls[path](messenger, driver.chatId).then(
            () => undefined,
            (caught: unknown) => caught,
          );
          expect(isMessengerError(error, 'unsupported'), `${path} must reject with UnsupportedError`).toBe(
            true,
          );
        }
      }),
      timeout,
    );

    it(
      'sends every declared content kind and the provider receives it',
      withSubject(async (subject, skip) => {
        const { messenger, driver } = subject;
        const declared = sendPaths.filter((path) => messenger.supports(path));
        if (declared.length === 0) return skip(`declares none of ${sendPaths.join(', ')}`);
        await driver.authorize();
        for (const path of declared) {
          const sent = (await sampleOperationCalls[path](messenger, driver.chatId)) as SentMessage;
          expect(['accepted', 'pending'], `${path} status`).toContain(sent.status);
          if (sent.status === 'accepted') expect(sent.messageId, path).toMatch(/\S/);
          else expect(sent, `${path} is pending without an id`).not.toHaveProperty('messageId');
        }
        const received = await driver.sentMessages();
        for (const path of declared) {
          expect(
            received.some((message) => message.kind === sentKinds[path] && message.chatId === driver.chatId),
            `${path} reached the provider`,
          ).toBe(true);
        }
        const text = received.find((message) => message.kind === 'text');
        if (messenger.supports('send.text')) expect(text?.text).toBe('conformance text');
      }),
      timeout,
    );

    it(
      'receives by polling, redelivers until acknowledged, and normalises events',
      withSubject(async (subject, skip) => {
        const { messenger, driver } = subject;
        if (!messenger.supports('inbox.receive')) return skip('does not declare inbox.receive');
        await driver.authorize();
        const marker = uniqueMarker();
        const incoming = incomingWith('text', driver.chatId, marker);
        await driver.deliverIncoming(incoming);
        const first = await receiveMatchingEvent(messenger, (event) =>
          matchesIncoming(event, incoming, marker),
        );
        expectEventShape(first.event, subject);
        if (first.event.type === 'message-received') expect(first.event.chat.id).toBe(driver.chatId);
        const again = await receiveMatchingEvent(messenger, (event) => event.id === first.event.id);
        expect(again.event.id).toBe(first.event.id);
        await messenger.inbox.ack(again);
        const next = await messenger.inbox.receive({ timeoutMilliseconds: 1_000 });
        expect(next?.event.id).not.toBe(first.event.id);
      }),
      timeout,
    );

    it(
      'maps every incoming content kind the driver can produce',
      withSubject(async (subject, skip) => {
        const { messenger, driver } = subject;
        if (!messenger.supports('inbox.receive')) return skip('does not declare inbox.receive');
        await driver.authorize();
        for (const kind of driver.incomingKinds ?? ['text']) {
          const marker = uniqueMarker();
          const incoming = incomingWith(kind, driver.chatId, marker);
          await driver.deliverIncoming(incoming);
          const item = await receiveMatchingEvent(messenger, (event) =>
            matchesIncoming(event, incoming, marker),
          );
          expectEventShape(item.event, subject);
          await messenger.inbox.ack(item);
        }
      }),
      timeout,
    );

    it(
      'verifies webhooks and gives a redelivered webhook the same event id',
      withSubject(async (subject, skip) => {
        const { messenger, driver } = subject;
        if (!messenger.supports('inbox.parseWebhook')) return skip('does not declare inbox.parseWebhook');
        if (driver.webhookRequest === undefined)
          return skip('its driver has no webhookRequest to build deliveries');
        const marker = uniqueMarker();
        const incoming = incomingWith('text', driver.chatId, marker);
        const authentic = await driver.webhookRequest(incoming, { authentic: true });
        const redelivered = authentic.clone();
        const parsed = await messenger.inbox.parseWebhook(authentic);
        const event = parsed.events.find((candidate) => isIncomingWithText(candidate, marker));
        expect(event, 'the webhook carries the incoming message').toBeDefined();
        if (event) expectEventShape(event, subject);
        expect(parsed.respond().ok).toBe(true);
        const again = await messenger.inbox.parseWebhook(redelivered);
        expect(again.events.map((candidate) => candidate.id)).toEqual(
          parsed.events.map((candidate) => candidate.id),
        );
        const forged = await driver.webhookRequest(incoming, { authentic: false });
        const error = await messenger.inbox.parseWebhook(forged).catch((caught: unknown) => caught);
        expect(isMessengerError(error, 'auth'), 'a forged webhook is rejected with an auth error').toBe(true);
        expect(collectErrorText(error)).not.toContain(marker);
      }),
      timeout,
    );

    it(
      'creates a group and works with it as a Group (info, rename, send into it, leave)',
      withSubject(async (subject, skip) => {
        const { messenger, driver } = subject;
        if (!messenger.supports('groups.create')) return skip('does not declare groups.create');
        await driver.authorize();
        const group = await messenger.groups.create({ name: 'Conformance', participants: [driver.chatId] });
        expect(group.id).toEqual(expect.any(String));
        expect(messenger.group(group.id).id).toBe(group.id);
        if (messenger.supports('groups.getInfo')) expect((await group.info()).id).toBe(group.id);
        if (messenger.supports('groups.rename')) {
          await group.rename('Conformance renamed');
          if (messenger.supports('groups.getInfo'))
            expect((await group.info()).name).toBe('Conformance renamed');
        }
        if (messenger.supports('send.text')) {
          const sent = await group.sendText('conformance group text');
          expect(sent.messageId).toEqual(expect.any(String));
          const received = await driver.sentMessages();
          expect(
            received.some((message) => message.kind === 'text' && message.chatId === group.id),
            'the group send reached the provider',
          ).toBe(true);
        }
        if (messenger.supports('groups.leave')) await group.leave();
      }),
      timeout,
    );

    it(
      'gives the messenger its own Session',
      withSubject(async ({ messenger }) => {
        const { session } = messenger;
        expect(session).toMatchObject({ id: messenger.instanceId, provider: messenger.provider });
        expect(session.network).toBe(messenger.network);
        expect(session.messenger()).toBe(messenger);
        const error = await session.getState().then(
          () => undefined,
          (caught: unknown) => caught,
        );
        if (!messenger.supports('session.getState'))
          expect(isMessengerError(error, 'unsupported')).toBe(true);
      }),
      timeout,
    );

    it.skipIf(options.sessions === undefined)(
      'lists, creates, authorizes and sends through a managed Session',
      async () => {
        const sessions = options.sessions;
        if (sessions === undefined) return;
        const { manager, network, chatId, authorize, sentMessages, teardown } = await sessions();
        try {
          expect(manager.networks).toContain(network);
          const before = await manager.list();
          const created = await manager.create({ name: 'Conformance session', network });
          expect(created).toMatchObject({ provider: manager.provider, network });
          expect(created.info.id).toBe(created.id);
          expect(before.map((session) => session.id)).not.toContain(created.id);
          expect((await manager.list()).map((session) => session.id)).toContain(created.id);
          await authorize(created);
          const messenger = created.messenger();
          expect(created.messenger()).toBe(messenger);
          if (messenger.supports('session.getState')) expect(await created.getState()).toBe('authorized');
          const sent = await messenger.sendText(chatId, 'conformance session text');
          expect(sent.messageId).toEqual(expect.any(String));
          expect(
            (await sentMessages(created)).some(
              (message) => message.kind === 'text' && message.chatId === chatId,
            ),
            'the managed session send reached the provider',
          ).toBe(true);
          const refused = await manager.create({ name: 'Refused', network: 'conformance-network' }).then(
            () => undefined,
            (caught: unknown) => caught,
          );
          expect(isMessengerError(refused, 'unsupported'), 'a network it cannot create is refused').toBe(
            true,
          );
        } finally {
          await teardown?.();
        }
      },
      timeout,
    );

    it(
      'maps provider failures to the error tree without leaking secrets',
      withSubject(async (subject, skip) => {
        const { messenger, driver } = subject;
        const probe = readProbes.find((path) => messenger.supports(path));
        if (probe === undefined) return skip(`declares none of the read probes ${readProbes.join(', ')}`);
        await driver.authorize();
        const expected = { ...defaultErrorCodes, ...driver.expectedErrorCodes };
        for (const [status, code] of Object.entries(expected)) {
          await driver.clearFaults?.();
          await driver.injectFault({ status: Number(status), retryAfterMilliseconds: 2000, times: 1 });
          const error = await sampleOperationCalls[probe](messenger, driver.chatId).then(
            () => undefined,
            (caught: unknown) => caught,
          );
          expect(isMessengerError(error, code), `HTTP ${status} → ${code}`).toBe(true);
          if (isMessengerError(error)) expect(error.provider).toBe(messenger.provider);
          if (code === 'rate-limited' && isMessengerError(error))
            expect(error.retryAfterMilliseconds).toBe(2_000);
          const text = collectErrorText(error);
          for (const secret of driver.secrets)
            expect(text.includes(secret), `HTTP ${status} error leaks a secret`).toBe(false);
        }
        await driver.clearFaults?.();
      }),
      timeout,
    );
  });
}
