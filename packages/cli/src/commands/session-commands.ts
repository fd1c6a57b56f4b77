import {
  createMessengerSettings,
  isMessengerError,
  type MessengerSettings,
  type MessengerSettingsInput,
  messengerSettingsSchema,
  notificationSettingsSchema,
} from '@switchboard/core';
import { Option } from 'commander';
import { CliError } from '../cli-error.js';
import { renderQrCode } from '../output/render-qr-code.js';
import { renderValue } from '../output/render-value.js';
import { saveQrImage } from '../output/save-qr-image.js';
import { defineOperationCommand } from './operation-command.js';

const textSettings = new Set(['webhookUrl', 'webhookToken']);

/** Turns `key=value` words into settings: `true`/`false` are booleans, whole numbers numbers; `notifications.x=…` nests. */
function parseSettingWords(words: readonly string[], webhookUrl: string | undefined): MessengerSettingsInput {
  const settings: Record<string, unknown> = webhookUrl === undefined ? {} : { webhookUrl };
  const notifications: Record<string, unknown> = {};
  for (const word of words) {
    const separator = word.indexOf('=');
    if (separator <= 0) throw new CliError(`setting ${word} must look like key=value`, 2);
    const key = word.slice(0, separator).trim();
    const text = word.slice(separator + 1);
    const value = textSettings.has(key)
      ? text
      : /^(true|false)$/.test(text)
        ? text === 'true'
        : /^\d+$/.test(text)
          ? Number(text)
          : text;
    if (key.startsWith('notifications.')) {
      const kind = key.slice('notifications.'.length);
      if (!Object.hasOwn(notificationSettingsSchema.entries, kind)) {
        throw new CliError(
          `unknown setting ${key} (notifications.<kind> takes: ${Object.keys(notificationSettingsSchema.entries).join(', ')})`,
          2,
        );
      }
      notifications[kind] = value;
    } else if (key !== 'notifications' && Object.hasOwn(messengerSettingsSchema.entries, key)) {
      settings[key] = value;
    } else {
      const known = Object.keys(messengerSettingsSchema.entries).filter((name) => name !== 'notifications');
      throw new CliError(`unknown setting ${key} (known: ${known.join(', ')}, notifications.<kind>)`, 2);
    }
  }
  if (Object.keys(notifications).length > 0) settings.notifications = notifications;
  if (Object.keys(settings).length === 0) {
    throw new CliError('give the settings to change: --webhook-url <url> or key=value', 2);
  }
  try {
    // Core's settings template names a mistyped field (`keepOnline: expected boolean`).
    return createMessengerSettings(settings as MessengerSettingsInput);
  } catch (error) {
    if (!isMessengerError(error, 'invalid-request')) throw error;
    throw new CliError(error.message, 2);
  }
}

/** The settings for printing: the webhook token shown only with `--show-secrets`. */
function withoutSecrets(settings: MessengerSettings, showSecrets: boolean): MessengerSettings {
  if (showSecrets || settings.webhookToken === undefined || settings.webhookToken === '') return settings;
  return { ...settings, webhookToken: '(hidden; --show-secrets prints it)' };
}

/**
 * The `switchboard session …` commands: state, profile, qr, settings get/set (the webhook URL among
 * them), logout and reboot. Logging in is `switchboard login`.
 *
 * @example
 * ```ts
 * registerOperationCommands(program, streams, sessionCommands);
 * // switchboard session settings set --webhook-url https://example.com/hook
 * ```
 */
export const sessionCommands = [
  defineOperationCommand({
    command: 'session state',
    operation: 'session.getState',
    description: "print the account's state",
    input: () => undefined,
    json: (state) => ({ state }),
  }),
  defineOperationCommand({
    command: 'session profile',
    operation: 'session.getProfile',
    description: "show the account's own chat id, phone and name",
    input: () => undefined,
  }),
  defineOperationCommand({
    command: 'session qr',
    operation: 'session.getQrCode',
    description: 'draw the QR code to scan now (login waits for the scan: switchboard login)',
    input: () => undefined,
    after: async (qr) => renderQrCode(qr, { saveImage: saveQrImage }),
    print: (_qr, _input, _given, rendered) =>
      [rendered.drawing, rendered.note].filter((line) => line !== undefined).join('\n'),
    json: (qr, _input, _given, rendered) => ({
      status: qr.status,
      payload: rendered.payload,
      link: qr.status === 'authorized' ? undefined : qr.link,
      shown: rendered.shown,
      note: rendered.note,
    }),
  }),
  defineOperationCommand({
    command: 'session settings get',
    operation: 'session.getSettings',
    description: "show the account's settings (the webhook token only with --show-secrets)",
    options: [new Option('--show-secrets', 'print the webhook token too')],
    input: () => undefined,
    print: (settings, _input, given) =>
      renderValue(withoutSecrets(settings, given.options.showSecrets === true)),
    json: (settings, _input, given) => withoutSecrets(settings, given.options.showSecrets === true),
  }),
  defineOperationCommand({
    command: 'session settings set',
    operation: 'session.updateSettings',
    description: 'change settings: --webhook-url <url> ("" removes it) and key=value pairs',
    arguments: [
      [
        '[settings...]',
        'key=value: webhookToken, sendDelayMilliseconds, markIncomingAsRead, keepOnline, … and notifications.<kind> (true/false)',
      ],
    ],
    options: [new Option('--webhook-url <url>', 'where the provider posts events ("" removes it)')],
    input: ({ arguments: words, options }) =>
      parseSettingWords(words, options.webhookUrl as string | undefined),
    print: (_result, settings) => `updated ${Object.keys(settings).join(', ')}`,
    json: (_result, settings) => ({ ok: true, updated: Object.keys(settings) }),
  }),
  defineOperationCommand({
    command: 'session logout',
    operation: 'session.logout',
    description: 'log the account out (log in again with switchboard login)',
    input: () => undefined,
    print: () => 'logged out',
  }),
  defineOperationCommand({
    command: 'session reboot',
    operation: 'session.reboot',
    description: "restart the provider's instance",
    input: () => undefined,
    print: () => 'rebooting',
  }),
];
