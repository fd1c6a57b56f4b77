import type { CapabilityPath, SentMessage } from '@switchboard/core';
import { expect, it } from 'vitest';
import type { ConformanceCheckContext } from './conformance-check-context.js';
import { sampleOperationCalls } from './sample-operation-calls.js';

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

/** Registers the sending check: every declared content kind is sent and reaches the provider. */
export function registerSendingChecks({ timeout, withSubject }: ConformanceCheckContext): void {
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
}
