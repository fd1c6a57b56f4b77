import type { Messenger } from '@switchboard/core';
import type { GreenApiEmulatorInstance } from '@switchboard/testing';

/** Resolves instance ids to GREEN-API messengers of emulator instances (see the `.mjs`). */
export declare function emulatorMessengers(
  instances: readonly GreenApiEmulatorInstance[],
  options?: {
    timeoutMilliseconds?: number;
    retry?: false | { limit?: number };
    wrap?: (messenger: Messenger) => Messenger;
  },
): (instanceId: string) => Messenger;
