import {
  type GreenApiEmulator,
  type GreenApiEmulatorInstance,
  type GreenApiEmulatorOptions,
  startGreenApiEmulator,
} from '../../src/emulators/green-api/index.js';
import { useStartedResource } from './suite-value.js';

/** A GREEN-API emulator started for a describe block, with a shortcut to its instances. */
export interface GreenApiEmulatorSuite {
  /** The running emulator (a stand-in, see `useSuiteValue`). */
  emulator: GreenApiEmulator;
  /** The instance at `index` of `emulator.instances`. */
  instance(index: number): GreenApiEmulatorInstance;
}

/**
 * Starts a GREEN-API emulator before the tests of the surrounding describe block and closes it after them.
 *
 * @example
 * const { emulator, instance } = useGreenApiEmulator({ state: 'authorized', timings: fastTimings });
 */
export function useGreenApiEmulator(options: GreenApiEmulatorOptions = {}): GreenApiEmulatorSuite {
  const emulator = useStartedResource(() => startGreenApiEmulator(options));
  return { emulator, instance: (index) => emulator.instances[index]! };
}
