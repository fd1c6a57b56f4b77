import type { Messenger } from '../messenger/messenger.js';
import { clampTimerDelay } from './clamp-timer-delay.js';
import type { PollingRuntime } from './polling-runtime.js';
import { waitForDelay } from './wait-for-delay.js';

/** One messenger's polling lease as seen by its loop. */
export interface PollingLease {
  /** Waits until this worker holds the lease, retrying every renew interval; `false` when stopping. */
  acquire(): Promise<boolean>;
  /** Whether the lease is held right now. */
  readonly isHeld: boolean;
  /**
   * For receives while the lease is held: aborts when the poller stops or the lease is lost: another
   * owner took it, or no renewal succeeded within the TTL (checked by a timer, so a renewal call that
   * hangs does not keep the lease alive). Renewal itself goes on until `release()`.
   */
  readonly receiveSignal: AbortSignal;
  /**
   * Stops renewing and gives the lease up. Waits at most 2 s for a pending renewal and the release call;
   * past that it resolves anyway and the lease expires on its own within its TTL.
   */
  release(): Promise<void>;
}

/** The store name of a messenger's polling lease. */
export function pollingLeaseName(messenger: Pick<Messenger, 'provider' | 'instanceId'>): string {
  return `poll:${messenger.provider}:${messenger.instanceId}`;
}

/**
 * How long `release()` waits for a pending renewal and the release call; past it the lease expires on its
 * own.
 */
const releaseWaitMilliseconds = 2000;

/**
 * Keeps one messenger's polling lease: acquire, renew, notice loss, release. A holding ends at `renewedAt +
 * ttl` unless a renewal succeeded, so this worker stops before another can take over.
 */
export function createPollingLease(messenger: Messenger, runtime: PollingRuntime): PollingLease {
  const { store, owner, ttlMilliseconds, renewIntervalMilliseconds } = runtime.lease!;
  const name = pollingLeaseName(messenger);
  const report = (error: unknown) => runtime.report(error, { messenger, phase: 'lease', willRetry: true });
  let renewal = new AbortController();
  let receiving = new AbortController();
  let renewing: Promise<void> = Promise.resolve();
  let deadline: ReturnType<typeof setTimeout> | undefined;
  let isHeld = false;
  const stopReceiving = () => receiving.abort();

  const lose = () => {
    isHeld = false;
    clearTimeout(deadline);
    renewal.abort();
    receiving.abort();
    runtime.signal.removeEventListener('abort', stopReceiving);
  };

  /** (Re)arms the hard end of the holding: the TTL counted from when the last successful call was sent. */
  const holdUntil = (expiresAt: number) => {
    clearTimeout(deadline);
    deadline = setTimeout(lose, clampTimerDelay(expiresAt - Date.now()));
  };

  /** Renews every interval until `holding` aborts; a late answer of an ended holding changes nothing. */
  const keepRenewing = async (holding: AbortSignal) => {
    while (await waitForDelay(renewIntervalMilliseconds, holding)) {
      const attemptedAt = Date.now();
      try {
        const renewed = await store.renewLease(name, owner, ttlMilliseconds);
        if (holding.aborted) return;
        if (!renewed) return lose();
        holdUntil(attemptedAt + ttlMilliseconds);
      } catch (error) {
        report(error);
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
            holdUntil(attemptedAt + ttlMilliseconds);
            renewing = keepRenewing(renewal.signal);
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
      const timeUp = new AbortController();
      const givenUp = waitForDelay(releaseWaitMilliseconds, timeUp.signal);
      try {
        await Promise.race([renewing, givenUp]);
        if (wasHeld) await Promise.race([store.releaseLease(name, owner), givenUp]);
      } catch (error) {
        report(error);
      } finally {
        timeUp.abort();
      }
    },
  };
}
