import { waitUntil } from '../wait-until.js';
import { type DemoContext, type DemoStepOutcome, notApplicable } from './demo-context.js';
import { demoImage } from './demo-file.js';
import { isReplyWith } from './reply-matching.js';

const receiveTimeoutMilliseconds = 1_000;

/**
 * Has the sandbox contact reply with an image, then takes it from the provider's queue by polling
 * (`inbox.receive`, acknowledging every item with `inbox.ack` once looked at).
 *
 * @example
 * ```ts
 * await receivePollingStep(context); // context.reply is set
 * ```
 */
export async function receivePollingStep(context: DemoContext): Promise<DemoStepOutcome> {
  const { messenger, driver } = context;
  const unsupported = notApplicable(messenger, 'inbox.receive', 'inbox.ack');
  if (unsupported) return unsupported;
  const caption = `Polling reply (${context.marker})`;
  await driver.injectIncoming({ kind: 'image', caption, ...demoImage });
  const event = await waitUntil(
    async () => {
      const item = await messenger.inbox.receive({ timeoutMilliseconds: receiveTimeoutMilliseconds });
      if (item === null) return undefined;
      await messenger.inbox.ack(item);
      return isReplyWith(item.event, caption) ? item.event : undefined;
    },
    { what: 'the reply by polling', timeoutMilliseconds: context.waitMilliseconds, intervalMilliseconds: 0 },
  );
  context.reply = { event, expectedBytes: demoImage.data };
  return { status: 'ok', detail: `event ${event.id}` };
}

function replyOrSkip(context: DemoContext): DemoStepOutcome | undefined {
  if (context.reply !== undefined) return undefined;
  const polling = context.results.find((result) => result.step === 'receive-polling');
  return polling?.status === 'n/a'
    ? { status: 'n/a', detail: 'nothing is received by polling' }
    : { status: 'skipped', detail: 'no reply was received' };
}

/**
 * Downloads the image of the polled reply and checks that its bytes are the ones the contact sent.
 *
 * @example
 * ```ts
 * await downloadMediaStep(context); // { status: 'ok', detail: '70 bytes, as sent' }
 * ```
 */
export async function downloadMediaStep(context: DemoContext): Promise<DemoStepOutcome> {
  const unsupported = notApplicable(context.messenger, 'messages.downloadMedia') ?? replyOrSkip(context);
  if (unsupported) return unsupported;
  const { event, expectedBytes } = context.reply!;
  const { content } = event.message;
  if (content.type !== 'media') throw new Error(`the reply arrived as ${content.type}, not as media`);
  const file = await context.messenger.messages.downloadMedia({
    ...content.file,
    chatId: event.chat.id,
    messageId: event.message.id,
  });
  const same =
    file.data.byteLength === expectedBytes.byteLength &&
    file.data.every((byte, index) => byte === expectedBytes[index]);
  if (!same)
    throw new Error(
      `downloaded ${file.data.byteLength} bytes that differ from the ${expectedBytes.byteLength} sent`,
    );
  return { status: 'ok', detail: `${file.data.byteLength} bytes, as sent` };
}

/**
 * Marks the polled reply read.
 *
 * @example
 * ```ts
 * await markReadStep(context);
 * ```
 */
export async function markReadStep(context: DemoContext): Promise<DemoStepOutcome> {
  const unsupported = notApplicable(context.messenger, 'messages.markRead') ?? replyOrSkip(context);
  if (unsupported) return unsupported;
  const { event } = context.reply!;
  await context.messenger.messages.markRead({ chatId: event.chat.id, messageId: event.message.id });
  return { status: 'ok', detail: `chat ${event.chat.id}` };
}

/**
 * Points the provider at the demo's local webhook server (`session.updateSettings`), has the
 * contact reply again, and waits for the server to parse it with `inbox.parseWebhook`.
 *
 * @example
 * ```ts
 * await receiveWebhookStep(context);
 * ```
 */
export async function receiveWebhookStep(context: DemoContext): Promise<DemoStepOutcome> {
  const { messenger, driver, webhook } = context;
  const unsupported = notApplicable(messenger, 'inbox.parseWebhook', 'session.updateSettings');
  if (unsupported) return unsupported;
  await messenger.session.updateSettings({ webhookUrl: webhook.url, webhookToken: driver.webhookSecret });
  await waitUntil(async () => ((await messenger.session.getState()) === 'authorized' ? true : undefined), {
    what: 'the account to restart with the new settings',
    timeoutMilliseconds: context.waitMilliseconds,
  });
  const text = `Webhook reply (${context.marker})`;
  await driver.injectIncoming({ kind: 'text', text });
  const event = await waitUntil(
    () => {
      const [rejection] = webhook.errors;
      if (rejection !== undefined) throw rejection;
      return webhook.events.find((candidate) => isReplyWith(candidate, text));
    },
    { what: 'the reply by webhook', timeoutMilliseconds: context.waitMilliseconds },
  );
  return { status: 'ok', detail: `event ${event.id}` };
}
