import {
  greenApiAllWebhooksOn,
  startGreenApiEmulator,
  startSdkwaEmulator,
  startWhatsgateEmulator,
} from '@switchboard/testing';
import { createGreenApiSandboxDriver } from './green-api-sandbox-driver.js';
import type { SandboxDriver } from './sandbox-driver.js';
import { type SandboxSpeed, sandboxTimings } from './sandbox-timings.js';
import { createSdkwaSandboxDriver } from './sdkwa-sandbox-driver.js';
import { createWhatsgateSandboxDriver } from './whatsgate-sandbox-driver.js';

/**
 * Options of {@link startSandbox}.
 *
 * @example
 * ```ts
 * const options: SandboxOptions = { speed: 'interactive', loggedIn: true, ports: { greenApi: 7001 } };
 * ```
 */
export interface SandboxOptions {
  /** Emulator timings (default `instant`). */
  speed?: SandboxSpeed;
  /** Start the accounts logged in (default `false`: each waits for a QR scan or a code). */
  loggedIn?: boolean;
  /** Fixed ports; 0 or absent picks a free one. */
  ports?: {
    /** The GREEN-API emulator's API port. */
    greenApi?: number;
    /** The port of the GREEN-API emulator's file storage (where `downloadUrl`s point). */
    greenApiMedia?: number;
    /** The SDKWA emulator's port. */
    sdkwa?: number;
    /** The Whatsgate emulator's port. */
    whatsgate?: number;
  };
  /** The secret every account's webhooks carry (default `sandbox-webhook-secret`). */
  webhookSecret?: string;
}

/**
 * The emulators of a running sandbox and one driver per emulated account.
 *
 * @example
 * ```ts
 * const sandbox = await startSandbox();
 * for (const driver of sandbox.drivers) console.log(driver.label, driver.config);
 * await sandbox.close();
 * ```
 */
export interface Sandbox {
  /** One driver per account: GREEN-API WhatsApp, Telegram and MAX, SDKWA WhatsApp, Whatsgate. */
  drivers: SandboxDriver[];
  /** The emulators' base URLs by provider. */
  urls: {
    /** The GREEN-API emulator's API URL, `http://127.0.0.1:<port>`. */
    greenApi: string;
    /** The URL of the GREEN-API emulator's file storage. */
    greenApiMedia: string;
    /** The SDKWA emulator's URL. */
    sdkwa: string;
    /** The Whatsgate emulator's URL. */
    whatsgate: string;
  };
  /** Stops every emulator. */
  close(): Promise<void>;
}

/**
 * Starts the GREEN-API, SDKWA and Whatsgate emulators on 127.0.0.1 and returns a driver per
 * account, ready for `createMessenger(driver.config)`.
 *
 * @example
 * ```ts
 * const sandbox = await startSandbox({ speed: 'instant' });
 * const messenger = await createMessenger(sandbox.drivers[0]!.config, { importModule });
 * ```
 */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const timings = sandboxTimings[options.speed ?? 'instant'];
  const webhookSecret = options.webhookSecret ?? 'sandbox-webhook-secret';
  const loggedIn = options.loggedIn === true;
  const started = await Promise.allSettled([
    startGreenApiEmulator({
      ...timings.greenApi,
      state: loggedIn ? 'authorized' : 'notAuthorized',
      settings: greenApiAllWebhooksOn,
      port: options.ports?.greenApi ?? 0,
      mediaPort: options.ports?.greenApiMedia ?? 0,
    }),
    startSdkwaEmulator({
      ...timings.sdkwa,
      instances: [{ network: 'whatsapp', state: loggedIn ? 'authorized' : 'notAuthorized' }],
      port: options.ports?.sdkwa ?? 0,
    }),
    startWhatsgateEmulator({
      ...timings.whatsgate,
      sessions: [{ name: 'Switchboard sandbox', status: loggedIn ? 'READY' : 'AUTH' }],
      port: options.ports?.whatsgate ?? 0,
    }),
  ] as const);
  const [greenApiResult, sdkwaResult, whatsgateResult] = started;
  if (
    greenApiResult.status === 'rejected' ||
    sdkwaResult.status === 'rejected' ||
    whatsgateResult.status === 'rejected'
  ) {
    await Promise.all(
      started.map((result) => (result.status === 'fulfilled' ? result.value.close() : undefined)),
    );
    const failure = started.find((result) => result.status === 'rejected');
    throw new Error(`The sandbox could not start: ${String((failure as PromiseRejectedResult).reason)}`);
  }
  const [greenApi, sdkwa, whatsgate] = [greenApiResult.value, sdkwaResult.value, whatsgateResult.value];
  const driverOptions = { webhookSecret };
  const drivers = [
    ...greenApi.instances.map((instance) => createGreenApiSandboxDriver(greenApi, instance, driverOptions)),
    ...sdkwa.instances.map((instance) => createSdkwaSandboxDriver(sdkwa, instance, driverOptions)),
    ...whatsgate.sessions.map((session) =>
      createWhatsgateSandboxDriver(whatsgate, session.whatsappId, driverOptions),
    ),
  ];
  return {
    drivers,
    urls: {
      greenApi: greenApi.url,
      greenApiMedia: greenApi.mediaUrl,
      sdkwa: sdkwa.url,
      whatsgate: whatsgate.url,
    },
    close: async () => {
      await Promise.all([greenApi.close(), sdkwa.close(), whatsgate.close()]);
    },
  };
}
