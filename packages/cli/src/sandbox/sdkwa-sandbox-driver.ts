import type { SdkwaEmulator, SdkwaInstanceCredentials } from '@switchboard/testing';
import type { SandboxDriver, SandboxDriverOptions } from './sandbox-driver.js';

/**
 * The sandbox driver of one SDKWA emulator instance: registration by a code "sent by SMS" (read
 * back from the emulator), incoming messages through the emulator's control API.
 *
 * @example
 * ```ts
 * const emulator = await startSdkwaEmulator();
 * const driver = createSdkwaSandboxDriver(emulator, emulator.instances[0]!, { webhookSecret });
 * ```
 */
export function createSdkwaSandboxDriver(
  emulator: SdkwaEmulator,
  instance: SdkwaInstanceCredentials,
  options: SandboxDriverOptions,
): SandboxDriver {
  const peerChatId = instance.network === 'whatsapp' ? '79001234567@c.us' : '20000000';
  const { control } = emulator;
  return {
    label: `sdkwa/${instance.network}`,
    provider: 'sdkwa',
    network: instance.network,
    config: {
      provider: 'sdkwa',
      options: {
        network: instance.network,
        idInstance: String(instance.idInstance),
        apiTokenInstance: instance.apiTokenInstance,
        host: emulator.url,
        webhookUrlToken: options.webhookSecret,
        // The emulator serves media on 127.0.0.1, which downloads refuse unless allowed explicitly.
        allowPrivateMediaAddresses: true,
      },
    },
    sessionManagerConfig: {
      provider: 'sdkwa',
      options: { userId: emulator.userId, userToken: emulator.userToken, host: emulator.url },
    },
    loginMethod: 'sms',
    loginPhone: '79876543210',
    peerChatId,
    webhookSecret: options.webhookSecret,
    controlUrl: `${emulator.url}/__control`,
    scanQrCode: async () => control.scanQr(instance.idInstance),
    readLoginCode: async () => control.readRegistrationCode(instance.idInstance)?.code,
    injectIncoming: async (message) => {
      const content =
        message.kind === 'text'
          ? { type: 'text' as const, text: message.text }
          : {
              type: 'image' as const,
              caption: message.caption,
              fileName: message.fileName,
              mimeType: message.mimeType,
              bytes: message.data,
            };
      return control.injectIncomingMessage(instance.idInstance, { ...content, from: peerChatId }).idMessage;
    },
  };
}
