import type { Messenger } from '@switchboard/core';
import {
  createGreenApiMessenger,
  type GreenApiClient,
  type GreenApiMessengerOptions,
} from '@switchboard/green-api';
import type { GreenApiEmulatorInstance } from '@switchboard/testing';

const networks = { whatsapp: 'whatsapp', telegram: 'telegram', v3: 'max' } as const;

/**
 * The connection options of one emulator instance: its network (`v3` is MAX), credentials and URLs.
 *
 * @example
 * ```ts
 * const options = greenApiInstanceOptions(emulator.instances[0]!); // { network: 'whatsapp', idInstance, ... }
 * ```
 */
export function greenApiInstanceOptions(
  instance: GreenApiEmulatorInstance,
): Pick<GreenApiMessengerOptions, 'network' | 'idInstance' | 'apiTokenInstance' | 'apiUrl' | 'mediaUrl'> {
  return {
    network: networks[instance.typeInstance],
    idInstance: String(instance.idInstance),
    apiTokenInstance: instance.apiTokenInstance,
    apiUrl: instance.apiUrl,
    mediaUrl: instance.mediaUrl,
  };
}

/**
 * A GREEN-API messenger for one emulator instance (its credentials, URLs and network), with extra options
 * such as `retry`, `timeoutMilliseconds`, `onLog` or `webhookUrlToken`.
 *
 * @example
 * ```ts
 * const messenger = connectGreenApiInstance(emulator.instances[0]!, { retry: false });
 * ```
 */
export function connectGreenApiInstance(
  instance: GreenApiEmulatorInstance,
  options: Partial<GreenApiMessengerOptions> = {},
): Messenger<GreenApiClient> {
  return createGreenApiMessenger({ ...greenApiInstanceOptions(instance), ...options });
}
