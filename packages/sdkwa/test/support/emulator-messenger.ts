import type { Messenger } from '@switchboard/core';
import type { SdkwaEmulator } from '@switchboard/testing';
import { createSdkwaMessenger, type SdkwaClient, type SdkwaMessengerOptions } from '../../src/index.js';

/**
 * A WhatsApp messenger on the emulator's first instance, retries off, with any other options given.
 *
 * @example
 * const { messenger, idInstance } = messengerOnEmulator(emulator, { webhookUrlToken });
 */
export function messengerOnEmulator(
  emulator: SdkwaEmulator,
  options: Partial<SdkwaMessengerOptions> = {},
): { messenger: Messenger<SdkwaClient>; idInstance: number } {
  const [instance] = emulator.instances;
  if (instance === undefined) throw new Error('the emulator has no instance');
  const messenger = createSdkwaMessenger({
    // The emulator serves media on 127.0.0.1: allow it explicitly (refused by default).
    allowPrivateMediaAddresses: true,
    network: 'whatsapp',
    idInstance: instance.idInstance,
    apiTokenInstance: instance.apiTokenInstance,
    host: emulator.url,
    retry: false,
    ...options,
  });
  return { messenger, idInstance: instance.idInstance };
}
