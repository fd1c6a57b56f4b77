import type { SentMessage } from '@switchboard/core';
import { type DemoContext, type DemoStepOutcome, notApplicable } from './demo-context.js';
import { demoFile } from './demo-file.js';

const sentDetail = (sent: SentMessage): DemoStepOutcome => ({
  status: 'ok',
  detail: sent.status === 'accepted' ? `message ${sent.messageId}` : 'message queued (pending)',
});

/**
 * Sends a text message to the sandbox contact.
 *
 * @example
 * ```ts
 * await sendTextStep(context); // { status: 'ok', detail: 'message BAE5…' }
 * ```
 */
export async function sendTextStep(context: DemoContext): Promise<DemoStepOutcome> {
  const unsupported = notApplicable(context.messenger, 'send.text');
  if (unsupported) return unsupported;
  return sentDetail(
    await context.messenger.sendText(
      context.driver.peerChatId,
      `Hello from the Switchboard demo (${context.marker})`,
    ),
  );
}

/**
 * Sends a file: uploaded as bytes where `send.mediaUpload` is supported, else by URL (served by the
 * demo's local server).
 *
 * @example
 * ```ts
 * await sendFileStep(context);
 * ```
 */
export async function sendFileStep(context: DemoContext): Promise<DemoStepOutcome> {
  const { messenger, driver } = context;
  const caption = `The demo file (${context.marker})`;
  if (messenger.supports('send.mediaUpload')) {
    const { data, fileName, mimeType } = demoFile;
    return sentDetail(
      await messenger.sendMedia(driver.peerChatId, { data, fileName, mimeType }, { caption }),
    );
  }
  const unsupported = notApplicable(messenger, 'send.media');
  if (unsupported) return unsupported;
  const file = { url: context.fileUrl, fileName: demoFile.fileName, mimeType: demoFile.mimeType };
  return sentDetail(await messenger.sendMedia(driver.peerChatId, file, { caption }));
}

/**
 * Sends a location.
 *
 * @example
 * ```ts
 * await sendLocationStep(context);
 * ```
 */
export async function sendLocationStep(context: DemoContext): Promise<DemoStepOutcome> {
  const unsupported = notApplicable(context.messenger, 'send.location');
  if (unsupported) return unsupported;
  const location = { latitude: 55.7539, longitude: 37.6208, name: 'Red Square', address: 'Moscow' };
  return sentDetail(await context.messenger.sendLocation(context.driver.peerChatId, location));
}

/**
 * Sends a contact card.
 *
 * @example
 * ```ts
 * await sendContactStep(context);
 * ```
 */
export async function sendContactStep(context: DemoContext): Promise<DemoStepOutcome> {
  const unsupported = notApplicable(context.messenger, 'send.contact');
  if (unsupported) return unsupported;
  const contact = { phone: '79001234568', firstName: 'Anna', lastName: 'Petrova' };
  return sentDetail(await context.messenger.sendContact(context.driver.peerChatId, contact));
}

/**
 * Creates a group with the sandbox contact in it.
 *
 * @example
 * ```ts
 * await createGroupStep(context); // context.group is set
 * ```
 */
export async function createGroupStep(context: DemoContext): Promise<DemoStepOutcome> {
  const unsupported = notApplicable(context.messenger, 'groups.create');
  if (unsupported) return unsupported;
  const group = await context.messenger.groups.create({
    name: 'Switchboard demo',
    participants: [context.driver.peerChatId],
  });
  context.group = group;
  return { status: 'ok', detail: `group ${group.id}` };
}

/**
 * Posts a text message to the group `create-group` made.
 *
 * @example
 * ```ts
 * await postToGroupStep(context);
 * ```
 */
export async function postToGroupStep(context: DemoContext): Promise<DemoStepOutcome> {
  const unsupported = notApplicable(context.messenger, 'groups.create', 'send.text');
  if (unsupported) return unsupported;
  if (context.group === undefined) return { status: 'skipped', detail: 'no group was created' };
  return sentDetail(await context.group.sendText(`Hello, group (${context.marker})`));
}
