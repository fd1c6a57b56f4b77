import type { WhatsgateEmulator } from '@switchboard/testing';
import type { SandboxDriver, SandboxDriverOptions } from './sandbox-driver.js';

const peerPhone = '79991112233';

/**
 * The sandbox driver of one Whatsgate emulator session: QR login (the session's QR page is
 * "scanned" through the control API), incoming messages through the control API.
 *
 * @example
 * ```ts
 * const emulator = await startWhatsgateEmulator();
 * const driver = createWhatsgateSandboxDriver(emulator, emulator.sessions[0]!.whatsappId, { webhookSecret });
 * ```
 */
export function createWhatsgateSandboxDriver(
  emulator: WhatsgateEmulator,
  whatsappId: string,
  options: SandboxDriverOptions,
): SandboxDriver {
  const { control } = emulator;
  return {
    label: 'whatsgate/whatsapp',
    provider: 'whatsgate',
    network: 'whatsapp',
    config: {
      provider: 'whatsgate',
      options: {
        apiKey: emulator.apiKey,
        whatsappId,
        baseUrl: emulator.apiUrl,
        webhookSecret: options.webhookSecret,
      },
    },
    sessionManagerConfig: {
      provider: 'whatsgate',
      options: { apiKey: emulator.apiKey, baseUrl: emulator.apiUrl },
    },
    loginMethod: 'qr',
    loginPhone: '79876543210',
    peerChatId: `${peerPhone}@c.us`,
    webhookSecret: options.webhookSecret,
    controlUrl: `${emulator.url}/__control`,
    scanQrCode: async () => {
      const session = control.sessions().find((candidate) => candidate.unique_id === whatsappId);
      if (session === undefined || session.status === 'READY') return false;
      control.scan(whatsappId, { number: '79876543210', pushname: 'Switchboard sandbox' });
      return true;
    },
    readLoginCode: async () => undefined,
    injectIncoming: async (message) => {
      const input =
        message.kind === 'text'
          ? { kind: 'text' as const, from: peerPhone, body: message.text }
          : {
              kind: 'image' as const,
              from: peerPhone,
              caption: message.caption,
              media: { data: message.data, mimetype: message.mimeType, filename: message.fileName },
            };
      return control.injectIncomingMessage(whatsappId, input).id;
    },
  };
}
