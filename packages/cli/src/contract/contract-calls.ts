import type {
  CapabilityPath,
  ContactCardInput,
  Destination,
  LocationInput,
  MediaFileInput,
  MediaReference,
  Messenger,
  MessengerSettingsInput,
  PollInput,
  SendOptions,
} from '@switchboard/core';
import { CliError } from '../cli-error.js';

type SendInput<Content> = { to: Destination; content: Content; options?: SendOptions };
type GroupMember = { groupId: string; participantId: string };
type ChatMessage = { chatId: string; messageId: string };

/**
 * Every call the CLI makes into the messenger contract, by the capability path that gates it. The
 * commands call the contract only through this table (and {@link callContract}), so a change of the
 * contract's shape is a change of this file; the operation-coverage test reads the same paths.
 * `inbox.*` is driven by core's poller and webhook handler (`listen`), not called from here.
 *
 * @example
 * ```ts
 * const state = await callContract(messenger, 'session.getState', undefined);
 * ```
 */
export const contractCalls = {
  'send.text': (messenger: Messenger, { to, content, options }: SendInput<string>) =>
    messenger.sendText(to, content, options),
  'send.media': (messenger: Messenger, { to, content, options }: SendInput<MediaFileInput>) =>
    messenger.sendMedia(to, content, options),
  'send.mediaUpload': (messenger: Messenger, { to, content, options }: SendInput<MediaFileInput>) =>
    messenger.sendMedia(to, content, options),
  'send.location': (messenger: Messenger, { to, content, options }: SendInput<LocationInput>) =>
    messenger.sendLocation(to, content, options),
  'send.contact': (messenger: Messenger, { to, content, options }: SendInput<ContactCardInput>) =>
    messenger.sendContact(to, content, options),
  'send.poll': (messenger: Messenger, { to, content, options }: SendInput<PollInput>) =>
    messenger.sendPoll(to, content, options),
  'send.reply': (messenger: Messenger, { to, content, options }: SendInput<string>) =>
    messenger.sendText(to, content, options),
  'send.typing': (
    messenger: Messenger,
    input: { to: Destination; durationMilliseconds?: number; kind?: 'typing' | 'recording' },
  ) => {
    const { to, ...options } = input;
    return messenger.sendTyping(to, options);
  },
  'messages.edit': (messenger: Messenger, input: ChatMessage & { text: string }) =>
    messenger.messages.edit(input),
  'messages.delete': (messenger: Messenger, input: ChatMessage & { forEveryone?: boolean }) =>
    messenger.messages.delete(input),
  'messages.forward': (
    messenger: Messenger,
    input: { fromChatId: string; toChatId: string; messageIds: string[] },
  ) => messenger.messages.forward(input),
  'messages.markRead': (messenger: Messenger, input: { chatId: string; messageId?: string }) =>
    messenger.messages.markRead(input),
  'messages.history': (messenger: Messenger, input: { chatId: string; count?: number }) =>
    messenger.messages.history(input),
  'messages.get': (messenger: Messenger, input: ChatMessage) => messenger.messages.get(input),
  'messages.lastIncoming': (messenger: Messenger, input: { minutes?: number }) =>
    messenger.messages.lastIncoming(input),
  'messages.lastOutgoing': (messenger: Messenger, input: { minutes?: number }) =>
    messenger.messages.lastOutgoing(input),
  'messages.downloadMedia': (messenger: Messenger, reference: MediaReference) =>
    messenger.messages.downloadMedia(reference),
  'session.getState': (messenger: Messenger) => messenger.session.getState(),
  'session.getProfile': (messenger: Messenger) => messenger.session.getProfile(),
  'session.getQrCode': (messenger: Messenger) => messenger.session.getQrCode(),
  'session.requestPairingCode': (messenger: Messenger, input: { phone: string }) =>
    messenger.session.requestPairingCode(input),
  'session.requestCode': (messenger: Messenger, input: { phone: string; channel: 'sms' | 'voice' | 'app' }) =>
    messenger.session.requestCode(input),
  'session.confirmCode': (messenger: Messenger, { code }: { code: string }) =>
    messenger.session.confirmCode(code),
  'session.confirmPassword': (messenger: Messenger, { password }: { password: string }) =>
    messenger.session.confirmPassword(password),
  'session.logout': (messenger: Messenger) => messenger.session.logout(),
  'session.reboot': (messenger: Messenger) => messenger.session.reboot(),
  'session.getSettings': (messenger: Messenger) => messenger.session.getSettings(),
  'session.updateSettings': (messenger: Messenger, settings: MessengerSettingsInput) =>
    messenger.session.updateSettings(settings),
  'groups.create': async (messenger: Messenger, input: { name: string; participants: string[] }) => {
    const group = await messenger.groups.create(input);
    return { groupId: group.id, inviteLink: group.inviteLink };
  },
  'groups.getInfo': (messenger: Messenger, { groupId }: { groupId: string }) =>
    messenger.group(groupId).info(),
  'groups.rename': (messenger: Messenger, { groupId, name }: { groupId: string; name: string }) =>
    messenger.group(groupId).rename(name),
  'groups.addParticipant': (messenger: Messenger, { groupId, participantId }: GroupMember) =>
    messenger.group(groupId).addParticipant(participantId),
  'groups.removeParticipant': (messenger: Messenger, { groupId, participantId }: GroupMember) =>
    messenger.group(groupId).removeParticipant(participantId),
  'groups.promote': (messenger: Messenger, { groupId, participantId }: GroupMember) =>
    messenger.group(groupId).promote(participantId),
  'groups.demote': (messenger: Messenger, { groupId, participantId }: GroupMember) =>
    messenger.group(groupId).demote(participantId),
  'groups.setPicture': (
    messenger: Messenger,
    { groupId, picture }: { groupId: string; picture: MediaFileInput },
  ) => messenger.group(groupId).setPicture(picture),
  'groups.leave': (messenger: Messenger, { groupId }: { groupId: string }) =>
    messenger.group(groupId).leave(),
  'contacts.check': (messenger: Messenger, { phone }: { phone: string }) => messenger.contacts.check(phone),
  'contacts.getInfo': (messenger: Messenger, { chatId }: { chatId: string }) =>
    messenger.contacts.getInfo(chatId),
  'contacts.getAvatar': (messenger: Messenger, { chatId }: { chatId: string }) =>
    messenger.contacts.getAvatar(chatId),
  'contacts.list': (messenger: Messenger) => messenger.contacts.list(),
  'contacts.listChats': (messenger: Messenger) => messenger.contacts.listChats(),
  'queue.listOutgoing': (messenger: Messenger) => messenger.queue.listOutgoing(),
  'queue.clearOutgoing': (messenger: Messenger) => messenger.queue.clearOutgoing(),
  'queue.countNotifications': (messenger: Messenger) => messenger.queue.countNotifications(),
  'queue.clearNotifications': (messenger: Messenger) => messenger.queue.clearNotifications(),
} satisfies Partial<Record<CapabilityPath, (messenger: Messenger, input: never) => Promise<unknown>>>;

/** A capability path the CLI calls directly: every one but `inbox.*`. */
export type ContractCallPath = keyof typeof contractCalls;

/** What the call of `Path` takes (`undefined` for operations without input). */
export type ContractInput<Path extends ContractCallPath> = Parameters<(typeof contractCalls)[Path]>[1];

/** What the call of `Path` resolves with. */
export type ContractResult<Path extends ContractCallPath> = Awaited<ReturnType<(typeof contractCalls)[Path]>>;

/**
 * Refuses, before any request, an operation the messenger does not support: a `CliError` with code
 * `unsupported` (exit 3) saying "<operation> is not supported by <provider> (<network>)".
 *
 * @example
 * ```ts
 * requireCapability(messenger, 'groups.create');
 * ```
 */
export function requireCapability(messenger: Messenger, path: CapabilityPath): void {
  if (messenger.supports(path)) return;
  throw new CliError(`${path} is not supported by ${messenger.provider} (${messenger.network})`, {
    code: 'unsupported',
  });
}

/**
 * Checks the capability, then makes one call into the contract through {@link contractCalls}.
 *
 * @example
 * ```ts
 * const info = await callContract(messenger, 'groups.getInfo', { groupId: '120363043968066561@g.us' });
 * ```
 */
export async function callContract<Path extends ContractCallPath>(
  messenger: Messenger,
  path: Path,
  input: ContractInput<Path>,
): Promise<ContractResult<Path>> {
  requireCapability(messenger, path);
  const call = contractCalls[path] as (messenger: Messenger, input: ContractInput<Path>) => Promise<unknown>;
  return (await call(messenger, input)) as ContractResult<Path>;
}
