import type { FaultInjector } from '../shared/index.js';
import type {
  GreenApiStateInstance,
  GreenApiTypeInstance,
  GreenApiWritableSettings,
} from './green-api-types.js';

/**
 * Every timing of the emulator. Defaults are realistic; tests shorten them.
 *
 * @example
 * await startGreenApiEmulator({ timings: { receiveTimeoutSecondMilliseconds: 10, sendDelayScale: 0 } });
 */
export interface GreenApiEmulatorTimings {
  /** Length of one `receiveTimeout` second (default 1000; e.g. 10 makes the 5 s minimum last 50 ms). */
  receiveTimeoutSecondMilliseconds: number;
  /** Factor applied to `delaySendMessagesMilliseconds` between queued sends (default 1; 0 sends at once). */
  sendDelayScale: number;
  /** Pause from `sent` to `delivered` (default 1000). */
  deliveredAfterMilliseconds: number;
  /** Pause from `delivered` to `read` (default 2000). */
  readAfterMilliseconds: number;
  /** Pause between webhook attempts (default 60 000, as GREEN-API retries about every minute). */
  webhookRetryDelayMilliseconds: number;
  /** Webhook attempts per notification (default 1440 ≈ 24 h of minute retries). */
  webhookAttempts: number;
  /** How long a receiver may take to answer (default 180 000). */
  webhookTimeoutMilliseconds: number;
  /** `clearWebhooksQueue` is allowed once per this interval (default 60 000). */
  clearWebhooksQueueIntervalMilliseconds: number;
  /** Time in `starting` after reboot/setSettings (default 0 = no `starting` phase). */
  startingMilliseconds: number;
  /** Telegram/MAX login code validity (default 300 000). */
  authorizationCodeTtlMilliseconds: number;
  /** WhatsApp pairing code validity (default 150 000). */
  pairingCodeTtlMilliseconds: number;
  /** How long `qr` hands out the same code before a new one (default 20 000, as WhatsApp rotates it). */
  qrRefreshMilliseconds: number;
}

/**
 * One instance to create at start.
 *
 * @example
 * const instance: GreenApiInstanceOptions = { typeInstance: 'telegram', state: 'authorized' };
 */
export interface GreenApiInstanceOptions {
  /** Default: a 10-digit id with the messenger's prefix (1101…, 4100…, 3100…). */
  idInstance?: number;
  /** Default: 50 random hex characters. */
  apiTokenInstance?: string;
  /** Default `whatsapp`. */
  typeInstance?: GreenApiTypeInstance;
  /** Default: the emulator's `state` option, else `notAuthorized`. */
  state?: GreenApiStateInstance;
  /** Own phone digits used for `wid` once authorized (default random 7…). */
  phone?: string;
  /** Own display name in echoes (default `Me`). */
  name?: string;
  /** Settings overriding the emulator-wide `settings` option. */
  settings?: GreenApiWritableSettings;
  /** Telegram 2FA cloud password: logins then go through `pendingPassword`. */
  twoFactorPassword?: string;
}

/**
 * Options of `startGreenApiEmulator`.
 *
 * @example
 * await startGreenApiEmulator({ state: 'authorized', settings: greenApiAllWebhooksOn });
 */
export interface GreenApiEmulatorOptions {
  /** Default `127.0.0.1`. */
  host?: string;
  /** API port (default 0 = ephemeral). */
  port?: number;
  /** Media port when `separateMediaServer` (default 0). */
  mediaPort?: number;
  /**
   * Serve WhatsApp's `sendFileByUpload`/`uploadFile` on a second port only, answering 404 for them on the API port,
   * so a client posting WhatsApp uploads to the wrong host fails (default true). Telegram and MAX use one host for
   * API and media (reference §1.2): their uploads are taken on both ports. `false`: one port for everything.
   */
  separateMediaServer?: boolean;
  /** Instances to create; default one per messenger (WhatsApp, Telegram, MAX). */
  instances?: GreenApiInstanceOptions[];
  /** Initial state of instances that do not give their own (default `notAuthorized`). */
  state?: GreenApiStateInstance;
  /** Settings applied to every instance at start (default: GREEN-API's, all notifications off). */
  settings?: GreenApiWritableSettings;
  /** Partner token for `/partner/{method}/{token}` (default: random). */
  partnerToken?: string;
  /** Seed for ids and tokens (default: random). */
  seed?: number;
  /** Overrides of the default delays (QR refresh, reboot, pacing), in milliseconds. */
  timings?: Partial<GreenApiEmulatorTimings>;
  /** Last status sent automatically after a send (default `read`). */
  statusProgression?: 'sent' | 'delivered' | 'read';
  /** Use an existing fault injector (default: a new one, exposed as `emulator.faults`). */
  faults?: FaultInjector;
}

/**
 * The realistic default timings.
 *
 * @example
 * const timings = { ...defaultGreenApiTimings, sendDelayScale: 0 };
 */
export const defaultGreenApiTimings: Readonly<GreenApiEmulatorTimings> = {
  receiveTimeoutSecondMilliseconds: 1000,
  sendDelayScale: 1,
  deliveredAfterMilliseconds: 1000,
  readAfterMilliseconds: 2000,
  webhookRetryDelayMilliseconds: 60_000,
  webhookAttempts: 1440,
  webhookTimeoutMilliseconds: 180_000,
  clearWebhooksQueueIntervalMilliseconds: 60_000,
  startingMilliseconds: 0,
  authorizationCodeTtlMilliseconds: 300_000,
  pairingCodeTtlMilliseconds: 150_000,
  qrRefreshMilliseconds: 20_000,
};
