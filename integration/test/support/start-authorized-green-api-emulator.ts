import {
  type GreenApiEmulator,
  type GreenApiEmulatorTimings,
  type GreenApiTypeInstance,
  startGreenApiEmulator,
} from '@switchboard/testing';

/**
 * The instances the polling proofs run over: two WhatsApp, one Telegram and one MAX (`v3`).
 *
 * @example
 * ```ts
 * const emulator = await startPollingGreenApiEmulator(seed, pollingInstanceTypes);
 * ```
 */
export const pollingInstanceTypes: readonly GreenApiTypeInstance[] = [
  'whatsapp',
  'whatsapp',
  'telegram',
  'v3',
];

/**
 * Options of {@link startAuthorizedGreenApiEmulator}.
 *
 * @example
 * ```ts
 * const options: AuthorizedGreenApiEmulatorOptions = { seed: 3, typeInstances: ['whatsapp'], timings: {} };
 * ```
 */
export interface AuthorizedGreenApiEmulatorOptions {
  /** Seed of the emulator's ids and tokens. */
  seed: number;
  /** One instance per entry, of that type. */
  typeInstances: readonly GreenApiTypeInstance[];
  timings: Partial<GreenApiEmulatorTimings>;
}

/**
 * A GREEN-API emulator whose instances are authorized and notify incoming messages (`incomingWebhook: 'yes'`).
 *
 * @example
 * ```ts
 * const emulator = await startAuthorizedGreenApiEmulator({
 *   seed,
 *   typeInstances: ['whatsapp', 'telegram', 'v3'],
 *   timings: { webhookRetryDelayMilliseconds: 5 },
 * });
 * ```
 */
export function startAuthorizedGreenApiEmulator(
  options: AuthorizedGreenApiEmulatorOptions,
): Promise<GreenApiEmulator> {
  return startGreenApiEmulator({
    seed: options.seed,
    state: 'authorized',
    settings: { incomingWebhook: 'yes' },
    instances: options.typeInstances.map((typeInstance) => ({ typeInstance })),
    timings: options.timings,
  });
}

/**
 * An authorized GREEN-API emulator for polling, with a 10 ms `receiveTimeout` second so that an empty
 * `receiveNotification` answers within milliseconds (the default instances: {@link pollingInstanceTypes}).
 *
 * @example
 * ```ts
 * const emulator = await startPollingGreenApiEmulator(seed, ['whatsapp']);
 * ```
 */
export function startPollingGreenApiEmulator(
  seed: number,
  typeInstances: readonly GreenApiTypeInstance[] = pollingInstanceTypes,
): Promise<GreenApiEmulator> {
  return startAuthorizedGreenApiEmulator({
    seed,
    typeInstances,
    timings: { receiveTimeoutSecondMilliseconds: 10 },
  });
}
