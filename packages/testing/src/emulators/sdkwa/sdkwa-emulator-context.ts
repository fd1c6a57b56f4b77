import type { IdentifierFactory } from '../shared/index.js';
import type { SdkwaDirectory } from './sdkwa-directory.js';
import type { SdkwaMediaStore } from './sdkwa-media-store.js';
import type { SdkwaNotifier } from './sdkwa-notifier.js';
import type { SdkwaTimings } from './sdkwa-timings.js';

/** The emulator-wide services every instance and handler shares. */
export interface SdkwaEmulatorContext {
  /** `http://127.0.0.1:PORT` of the running server. */
  baseUrl(): string;
  readonly ids: IdentifierFactory;
  /** Timings already multiplied by `timeScale`. */
  readonly timings: SdkwaTimings;
  /** Multiplies waits that come from requests or settings (`receiveTimeout`, `delaySendMessagesMilliseconds`). */
  readonly timeScale: number;
  /** Emit `delivered` automatically after `sent`. */
  readonly autoDeliver: boolean;
  /** Registration/confirmation codes are always this value when set. */
  readonly fixedCode: string | undefined;
  readonly media: SdkwaMediaStore;
  readonly notifier: SdkwaNotifier;
  readonly directory: SdkwaDirectory;
}
