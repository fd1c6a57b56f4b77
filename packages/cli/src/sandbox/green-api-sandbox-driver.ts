import type { Network } from '@switchboard/core';
import type { GreenApiEmulator, GreenApiEmulatorInstance } from '@switchboard/testing';
import type { SandboxDriver, SandboxDriverOptions } from './sandbox-driver.js';

const networkOfType: Readonly<Record<GreenApiEmulatorInstance['typeInstance'], Network>> = {
  whatsapp: 'whatsapp',
  telegram: 'telegram',
  v3: 'max',
};

/**
 * The sandbox driver of one GREEN-API emulator instance (WhatsApp, Telegram or MAX): QR login,
 * incoming messages through the emulator's control API.
 *
 * @example
 * ```ts
 * const emulator = await startGreenApiEmulator();
 * const drivers = emulator.instances.map((instance) => createGreenApiSandboxDriver(emulator, instance, { webhookSecret }));
 * ```
 */
export function createGreenApiSandboxDriver(
  emulator: GreenApiEmulator,
  instance: GreenApiEmulatorInstance,
  options: SandboxDriverOptions,
): SandboxDriver {
  const network = networkOfType[instance.typeInstance];
  const peerChatId = network === 'whatsapp' ? '79001234567@c.us' : '20000000';
  const { control } = emulator;
  return {
    label: `green-api/${network}`,
    provider: 'green-api',
    network,
    config: {
      provider: 'green-api',
      options: {
        network,
        idInstance: String(instance.idInstance),
        apiTokenInstance: instance.apiTokenInstance,
        apiUrl: instance.apiUrl,
        mediaUrl: instance.mediaUrl,
        webhookUrlToken: options.webhookSecret,
        // The emulator serves media on 127.0.0.1, which downloads refuse unless allowed explicitly.
        allowPrivateMediaAddresses: true,
      },
    },
    sessionManagerConfig: {
      provider: 'green-api',
      options: { partnerToken: emulator.partnerToken, partnerUrl: emulator.partnerUrl },
    },
    loginMethod: 'qr',
    loginPhone: '79876543210',
    peerChatId,
    webhookSecret: options.webhookSecret,
    controlUrl: `${emulator.url}/__control`,
    qrShown: async () => control.qrRequests(instance.idInstance) > 0,
    scanQrCode: async () => control.scanQr(instance.idInstance),
    readLoginCode: async () => control.authorizationCode(instance.idInstance),
    injectIncoming: async (message) => {
      const content =
        message.kind === 'text'
          ? { kind: 'text' as const, text: message.text }
          : {
              kind: 'image' as const,
              caption: message.caption,
              fileName: message.fileName,
              mimeType: message.mimeType,
              bytes: message.data,
            };
      return control.injectIncomingMessage(instance.idInstance, { ...content, chatId: peerChatId }).idMessage;
    },
  };
}
