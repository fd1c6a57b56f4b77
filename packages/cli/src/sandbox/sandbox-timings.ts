import type {
  GreenApiEmulatorOptions,
  SdkwaEmulatorOptions,
  WhatsgateEmulatorOptions,
} from '@switchboard/testing';

/**
 * How fast the emulators run: `instant` for the demo and tests (every wait a few milliseconds),
 * `interactive` for a sandbox people use by hand (no send queues, short long-polls, realistic QR
 * and code lifetimes).
 *
 * @example
 * ```ts
 * const speed: SandboxSpeed = 'interactive';
 * ```
 */
export type SandboxSpeed = 'instant' | 'interactive';

/**
 * The emulator options (timings only) of each speed.
 *
 * @example
 * ```ts
 * await startGreenApiEmulator({ ...sandboxTimings.instant.greenApi, port: 0 });
 * ```
 */
export const sandboxTimings: Readonly<
  Record<
    SandboxSpeed,
    {
      greenApi: GreenApiEmulatorOptions;
      sdkwa: SdkwaEmulatorOptions;
      whatsgate: WhatsgateEmulatorOptions;
    }
  >
> = {
  instant: {
    greenApi: {
      timings: {
        receiveTimeoutSecondMilliseconds: 20,
        sendDelayScale: 0,
        deliveredAfterMilliseconds: 20,
        readAfterMilliseconds: 20,
        webhookRetryDelayMilliseconds: 100,
        webhookAttempts: 5,
        webhookTimeoutMilliseconds: 5_000,
      },
    },
    sdkwa: {
      sendDelayMilliseconds: 0,
      webhookAttempts: 5,
      timings: {
        receiveTimeoutMilliseconds: 50,
        rebootMilliseconds: 10,
        deliveryDelayMilliseconds: 20,
        webhookRetryDelayMilliseconds: 100,
        smsWaitMilliseconds: 500,
        voiceWaitMilliseconds: 500,
      },
    },
    whatsgate: {
      initializationMilliseconds: 10,
      destroyMilliseconds: 10,
      asyncSendDelayMilliseconds: 10,
      ackDelayMilliseconds: 20,
      typingMilliseconds: 100,
      webhookRetryDelayMilliseconds: 100,
      webhookTimeoutMilliseconds: 5_000,
    },
  },
  interactive: {
    greenApi: {
      timings: {
        receiveTimeoutSecondMilliseconds: 200,
        sendDelayScale: 0,
        webhookRetryDelayMilliseconds: 2_000,
        webhookAttempts: 30,
      },
    },
    sdkwa: {
      sendDelayMilliseconds: 0,
      webhookAttempts: 10,
      timings: {
        receiveTimeoutMilliseconds: 1_000,
        rebootMilliseconds: 200,
        webhookRetryDelayMilliseconds: 2_000,
      },
    },
    whatsgate: {
      initializationMilliseconds: 500,
      destroyMilliseconds: 500,
      asyncSendDelayMilliseconds: 50,
      webhookRetryDelayMilliseconds: 2_000,
    },
  },
};
