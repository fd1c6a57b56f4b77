import type { Messenger } from '../messenger/messenger.js';
import type { PollingRuntime } from './polling-runtime.js';
import { waitForDelay } from './wait-for-delay.js';

/**
 * One messenger's polling lease as seen by its loop.
 *
 * @example
 * ```ts
 * const lease = createPollingLease(messenger, runtime);
 * if (await lease.acquire()) await messenger.inbox.receive({ signal: lease.receiveSignal });
 * ```
 */
export interface PollingLease {
  /** Waits until this worker holds the lease, retrying every renew interval; `false` when stopping. */
  acquire(): Promise<boolean>;
  /** Whether the lease is held right now. */
  readonly isHeld: boolean;
  /**
   * For receives while the lease is held: aborts when the poller stops or the lease is lost (another
   * owner took it, or renewal failed past the TTL). Renewal itself goes on until `release()`.
   */
  readonly receiveSignal: AbortSignal;
  /** Stops renewing and gives the lease up. */
  release(): Promise<void>;
}

/**
 * The store name of a messenger's polling lease.
 *
 * @example
 * ```ts
 * pollingLeaseName(messenger); // 'poll:green-api:1101000001'
 * ```
 */
export function pollingLeaseName(messenger: Pick<Messenger, 'provider' | 'instanceId'>): string {
  return `poll:${messenger.provider}:${messenger.instanceId}`;
}

/**
 * Creates the lease keeper of one messenger for a poller with `runtime.lease` set: acquire, renew in the
 * background while held, notice loss, release on stop.
 *
 * @example
 * ```ts
 * const lease = createPollingLease(messenger, runtime);
 * ```
 */
export function createPollingLease(messenger: Messenger, runtime: PollingRuntime): PollingLease {
  const { store, owner, ttlMilliseconds, renewIntervalMilliseconds } = runtime.lease!;
  const name = pollingLeaseName(messenger);
  const report = (error: unknown) => runtime.report(error, { messenger, phase: 'lease', willRetry: true });
  let renewal = new AbortController();
  let receiving = new AbortController();
  let renewing: Promise<void> = Promise.resolve();
  let isHeld = false;
  const stopReceiving = () => receiving.abort();

  const lose = () => {
    isHeld = false;
    renewal.abort();
    receiving.abort();
    runtime.signal.removeEventListener('abort', stopReceiving);
  };

  const keepRenewing = async (acquiredAt: number) => {
    let renewedAt = acquiredAt;
    while (isHeld) {
      if (!(await waitForDelay(renewIntervalMilliseconds, renewal.signal))) return;
      const attemptedAt = Date.now();
      try {
        if (!(await store.renewLease(name, owner, ttlMilliseconds))) return lose();
        renewedAt = attemptedAt;
      } catch (error) {
        report(error);
        if (Date.now() - renewedAt >= ttlMilliseconds) return lose();
      }
    }
  };

  return {
    get isHeld() {
      return isHeld;
    },
    get receiveSignal() {
      return receiving.signal;
    },
    async acquire() {
      while (!runtime.signal.aborted) {
        const attemptedAt = Date.now();
        try {
          if (await store.acquireLease(name, owner, ttlMilliseconds)) {
            isHeld = true;
            renewal = new AbortController();
            receiving = new AbortController();
            runtime.signal.addEventListener('abort', stopReceiving, { once: true });
            renewing = keepRenewing(attemptedAt);
            return true;
          }
        } catch (error) {
          report(error);
        }
        await waitForDelay(renewIntervalMilliseconds, runtime.signal);
      }
      return false;
    },
    async release() {
      const wasHeld = isHeld;
      lose();
      await renewing;
      if (!wasHeld) return;
      try {
        await store.releaseLease(name, owner);
      } catch (error) {
        report(error);
      }
    },
  };
}
