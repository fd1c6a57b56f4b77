import { basename } from 'node:path';
import {
  type ContactCardInput,
  createPoll,
  type Destination,
  isMessengerError,
  type LocationInput,
  type MediaFileInput,
  type PollInput,
} from '@switchboard/core';
import { readMediaFile } from '@switchboard/core/node';
import { CliError } from '../cli-error.js';
import { looksLikePhone, parsePhone } from './parse-phone.js';

/**
 * The flags of `switchboard send` that choose what is sent.
 *
 * @example
 * ```ts
 * const flags: SendFlags = { location: '55.7539,37.6208', locationName: 'Red Square' };
 * ```
 */
export interface SendFlags {
  file?: string;
  caption?: string;
  location?: string;
  locationName?: string;
  address?: string;
  contact?: string;
  contactName?: string;
  poll?: string;
  choice?: string[];
  multipleAnswers?: boolean;
  replyTo?: string;
}

/**
 * What `switchboard send` sends: exactly one kind of content.
 *
 * @example
 * ```ts
 * const content: OutgoingContent = { kind: 'text', text: 'Hello' };
 * ```
 */
export type OutgoingContent =
  | { kind: 'text'; text: string }
  | { kind: 'media'; file: MediaFileInput; caption?: string }
  | { kind: 'location'; location: LocationInput }
  | { kind: 'contact'; contact: ContactCardInput }
  | { kind: 'poll'; poll: PollInput };

/**
 * Reads a destination argument: `+79001234567` is a phone number (also bare digits on WhatsApp),
 * checked by the CLI's one phone validator; anything else is a native chat id (`79001234567@c.us`,
 * a Telegram/MAX id such as `20000000`).
 *
 * @example
 * ```ts
 * parseDestination('+7 900 123-45-67', 'telegram'); // { phone: '79001234567' }
 * parseDestination('-1001234567', 'telegram'); // '-1001234567'
 * ```
 */
export function parseDestination(to: string, network: string): Destination {
  const trimmed = to.trim();
  if (trimmed === '') throw new CliError('the destination must not be empty', 2);
  if (looksLikePhone(trimmed, network)) return { phone: parsePhone(trimmed, '<to>') };
  return trimmed;
}

/** One coordinate of `--location`: a decimal number from -limit to limit. */
function parseCoordinate(text: string | undefined, name: string, limit: number): number {
  const trimmed = text?.trim() ?? '';
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(trimmed)) {
    throw new CliError(
      `--location ${name} ${trimmed === '' ? 'is missing' : `"${trimmed}" is not a number`}: give latitude,longitude (55.7539,37.6208)`,
      2,
    );
  }
  const value = Number(trimmed);
  if (Math.abs(value) > limit) {
    throw new CliError(`--location ${name} must be from -${limit} to ${limit}, not ${trimmed}`, 2);
  }
  return value;
}

function parseLocation(flags: SendFlags, text: string): LocationInput {
  const parts = text.split(',');
  if (parts.length !== 2) {
    throw new CliError('--location must look like latitude,longitude (55.7539,37.6208)', 2);
  }
  const latitude = parseCoordinate(parts[0], 'latitude', 90);
  const longitude = parseCoordinate(parts[1], 'longitude', 180);
  return {
    latitude,
    longitude,
    ...(flags.locationName === undefined ? {} : { name: flags.locationName }),
    ...(flags.address === undefined ? {} : { address: flags.address }),
  };
}

/**
 * Reads a file argument: an http(s) URL is sent by URL, anything else is read from disk (a usage
 * error naming `where` when it cannot be read).
 *
 * @example
 * ```ts
 * const picture = await readFileArgument('logo.jpg', 'groups picture <file>');
 * ```
 */
export async function readFileArgument(file: string, where = '--file'): Promise<MediaFileInput> {
  if (/^https?:\/\//i.test(file)) {
    const name = basename(new URL(file).pathname);
    return { url: file, fileName: /\.[A-Za-z0-9]{1,8}$/.test(name) ? name : 'file.bin' };
  }
  try {
    return await readMediaFile(file);
  } catch (error) {
    const reason = (error as { code?: unknown }).code ?? 'unreadable';
    throw new CliError(`cannot read ${where} ${file} (${String(reason)})`, 2);
  }
}

/**
 * Picks the one content to send from the words and flags, refusing none or several.
 *
 * @example
 * ```ts
 * await parseOutgoingContent(['Hello', 'there'], {}); // { kind: 'text', text: 'Hello there' }
 * ```
 */
export async function parseOutgoingContent(
  words: readonly string[],
  flags: SendFlags,
): Promise<OutgoingContent> {
  const text = words.join(' ').trim();
  const given = [text !== '', flags.file, flags.location, flags.contact, flags.poll].filter(Boolean).length;
  if (given !== 1) {
    throw new CliError(
      'give exactly one of: text, --file <path-or-url>, --location <lat,lon>, --contact <phone>, --poll <question>',
      2,
    );
  }
  if (flags.poll !== undefined) {
    const poll = {
      question: flags.poll,
      options: flags.choice ?? [],
      multipleAnswers: flags.multipleAnswers === true,
    };
    try {
      // Core's poll template names what is wrong (too few choices, duplicates) before anything is sent.
      return { kind: 'poll', poll: createPoll(poll) };
    } catch (error) {
      if (!isMessengerError(error, 'invalid-request')) throw error;
      throw new CliError(`--poll: ${error.message}`, 2);
    }
  }
  if (flags.file !== undefined) {
    const file = await readFileArgument(flags.file);
    return { kind: 'media', file, ...(flags.caption === undefined ? {} : { caption: flags.caption }) };
  }
  if (flags.location !== undefined)
    return { kind: 'location', location: parseLocation(flags, flags.location) };
  if (flags.contact !== undefined) {
    return {
      kind: 'contact',
      contact: {
        phone: parsePhone(flags.contact, '--contact'),
        ...(flags.contactName === undefined ? {} : { displayName: flags.contactName }),
      },
    };
  }
  return { kind: 'text', text };
}
