import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';

/** When a suite value is created and disposed of: once around the describe block, or around every test. */
export type SuiteValueScope = 'suite' | 'test';

/** Options of {@link useSuiteValue}. */
export interface SuiteValueOptions<Value> {
  /** `'suite'` (default): `beforeAll`/`afterAll`; `'test'`: `beforeEach`/`afterEach`. */
  scope?: SuiteValueScope;
  /** Releases the value after the tests (a server's `close()`, for example). */
  dispose?: (value: Value) => Promise<void> | void;
}

/** Anything started for tests that must be closed afterwards (an emulator, a webhook receiver). */
export interface ClosableResource {
  close(): Promise<void>;
}

/**
 * Creates a value in a `before` hook of the surrounding describe block and disposes of it in the matching
 * `after` hook. Returns a stand-in that forwards every property read and write to the current value, so the
 * tests use it like the value itself; touching it outside the tests of the block throws.
 *
 * Hooks run in the order they are registered (and `after` hooks in reverse), so a later `useSuiteValue` may
 * build on an earlier one.
 *
 * @example
 * const emulator = useSuiteValue(() => startGreenApiEmulator(), { dispose: (started) => started.close() });
 */
export function useSuiteValue<Value extends object>(
  create: () => Promise<Value> | Value,
  options: SuiteValueOptions<Value> = {},
): Value {
  const [before, after] = options.scope === 'test' ? [beforeEach, afterEach] : [beforeAll, afterAll];
  let current: Value | undefined;
  before(async () => {
    current = await create();
  });
  after(async () => {
    const value = current;
    current = undefined;
    if (value !== undefined) await options.dispose?.(value);
  });
  const live = (): Value => {
    if (current === undefined)
      throw new Error('a suite value is only available inside the tests of its block');
    return current;
  };
  return new Proxy({} as Value, {
    get: (_standIn, property) => {
      const value = live();
      const member: unknown = Reflect.get(value, property, value);
      return typeof member === 'function' ? member.bind(value) : member;
    },
    set: (_standIn, property, member: unknown) => Reflect.set(live(), property, member),
    has: (_standIn, property) => Reflect.has(live(), property),
  });
}

/**
 * Starts a closable resource for the tests of the surrounding describe block (or for each test, with
 * `{ scope: 'test' }`) and closes it after them; see {@link useSuiteValue} for the returned stand-in.
 *
 * @example
 * const emulator = useStartedResource(() => startSdkwaEmulator({ ...fastOptions }));
 */
export function useStartedResource<Resource extends ClosableResource>(
  start: () => Promise<Resource>,
  options: Pick<SuiteValueOptions<Resource>, 'scope'> = {},
): Resource {
  return useSuiteValue(start, { ...options, dispose: (resource) => resource.close() });
}
