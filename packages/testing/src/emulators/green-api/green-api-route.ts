import type { EmulatorResponse, EmulatorServerRequest } from '../shared/index.js';
import type { GreenApiEmulatorTimings } from './green-api-emulator-options.js';
import type { GreenApiInstance } from './green-api-instance.js';
import type { GreenApiTypeInstance } from './green-api-types.js';
import type { InstanceRegistry } from './instance-registry.js';
import type { MediaStore } from './media-store.js';

/** Emulator-wide services a route may use. */
export interface GreenApiServices {
  readonly media: MediaStore;
  readonly timings: GreenApiEmulatorTimings;
  readonly statusProgression: 'sent' | 'delivered' | 'read';
  readonly instances: InstanceRegistry;
  readonly random: () => number;
}

/** What a route handler receives once the router has checked instance, token, verb, host, state and quota. */
export interface GreenApiRouteContext {
  request: EmulatorServerRequest;
  instance: GreenApiInstance;
  services: GreenApiServices;
  /** The segment after the token (only `deleteNotification` takes one). */
  receiptId: string | undefined;
}

/** One instance API method. */
export interface GreenApiRoute {
  /** Canonical method name; matched case-insensitively. */
  name: string;
  verbs: readonly string[];
  /** Messengers offering the method (default all); others get 404. */
  networks?: readonly GreenApiTypeInstance[];
  /**
   * Host serving the method (default `api`); the other host answers 404, except that Telegram and MAX, which use
   * one host for API and media, also take `media` methods on the API host.
   */
  host?: 'api' | 'media';
  /** Needs a logged-in account (400 otherwise); queued sends do not. */
  live?: boolean;
  /** Takes a segment after the token (`deleteNotification`). */
  takesReceiptId?: boolean;
  handle(context: GreenApiRouteContext): EmulatorResponse | Promise<EmulatorResponse>;
}

/** Shorthands for the `networks` of routes. */
export const networksOf = {
  all: ['whatsapp', 'telegram', 'v3'],
  whatsapp: ['whatsapp'],
  whatsappTelegram: ['whatsapp', 'telegram'],
  telegramMax: ['telegram', 'v3'],
  telegram: ['telegram'],
} as const satisfies Record<string, readonly GreenApiTypeInstance[]>;
