import type { CapabilityPath, Group, Messenger, MessengerEvent, QrCode } from '@switchboard/core';
import type { SandboxDriver } from '../sandbox/sandbox-driver.js';
import type { DemoStepResult } from './demo-report.js';

/**
 * A reply the demo received and the steps after it work on (download its media, mark it read).
 *
 * @example
 * ```ts
 * const reply: ReceivedReply = { event, expectedBytes: image };
 * ```
 */
export interface ReceivedReply {
  event: Extract<MessengerEvent, { type: 'message-received' }>;
  /** The bytes the sandbox attached to the reply, to compare with the download. */
  expectedBytes: Uint8Array;
}

/**
 * Where the demo's local HTTP server sends a webhook request for one account, and what it heard.
 *
 * @example
 * ```ts
 * const events = await waitUntil(() => inbox.events.find(matches), options);
 * ```
 */
export interface WebhookInbox {
  /** The URL to give the provider. */
  url: string;
  /** Events parsed from accepted requests, oldest first. */
  events: MessengerEvent[];
  /** Errors of rejected requests (verification, parsing), oldest first. */
  errors: unknown[];
}

/**
 * What the steps of one account share.
 *
 * @example
 * ```ts
 * const sent = await context.messenger.sendText(context.driver.peerChatId, `Hello ${context.marker}`);
 * ```
 */
export interface DemoContext {
  messenger: Messenger;
  driver: SandboxDriver;
  /** A unique text put in everything the demo sends and injects, to recognise it. */
  marker: string;
  /** The URL of the demo file served by the local server (for providers that send files by URL). */
  fileUrl: string;
  webhook: WebhookInbox;
  /** How long each wait (authorization, a reply) may take. */
  waitMilliseconds: number;
  /** Shows a QR code to the user. */
  showQrCode(qr: QrCode): string;
  /** The group `create-group` made. */
  group?: Group | undefined;
  /** Filled by `receive-polling`. */
  reply?: ReceivedReply | undefined;
  /** Results so far, for steps that depend on earlier ones. */
  results: DemoStepResult[];
}

/**
 * What a step returns when it did not fail (a failure is thrown).
 *
 * @example
 * ```ts
 * return { status: 'ok', detail: `message ${sent.messageId}` } satisfies DemoStepOutcome;
 * ```
 */
export type DemoStepOutcome = Pick<DemoStepResult, 'status' | 'detail'>;

/**
 * The `n/a` outcome for a capability the messenger does not declare, or `undefined` when it does.
 *
 * @example
 * ```ts
 * const unsupported = notApplicable(messenger, 'groups.create');
 * if (unsupported) return unsupported;
 * ```
 */
export function notApplicable(messenger: Messenger, ...paths: CapabilityPath[]): DemoStepOutcome | undefined {
  const missing = paths.filter((path) => !messenger.supports(path));
  if (missing.length === 0) return undefined;
  return { status: 'n/a', detail: `${missing.join(', ')} not supported` };
}
