import type { FaultInjector } from '@switchboard/testing';

/**
 * Options of {@link injectProviderFaults}.
 *
 * @example
 * ```ts
 * const options: ProviderFaultOptions = { scale: 1, slowerThanTimeoutMilliseconds: 1500 };
 * ```
 */
export interface ProviderFaultOptions {
  /** Multiplies every fraction (1 = the soak's mix: about 8% of requests fail or stall). */
  scale?: number;
  /** A delay longer than the client's timeout, so a few requests time out (default 1500 ms). */
  slowerThanTimeoutMilliseconds?: number;
}

/**
 * Makes an emulator unreliable in every way the poller must survive, by fraction of requests (seeded):
 * 5xx, 429 with `Retry-After: 0` and a few with `Retry-After: 1`, slow answers, a few answers slower than
 * the client timeout, and dropped connections.
 *
 * @example
 * ```ts
 * injectProviderFaults(emulator.faults);
 * ```
 */
export function injectProviderFaults(faults: FaultInjector, options: ProviderFaultOptions = {}): void {
  const scale = options.scale ?? 1;
  faults.inject({ kind: 'status', status: 502, body: 'Bad Gateway' }, { fraction: 0.01 * scale });
  faults.inject({ kind: 'status', status: 503 }, { fraction: 0.005 * scale });
  faults.inject(
    { kind: 'status', status: 429, body: 'Too Many Requests', retryAfterMilliseconds: 0 },
    { fraction: 0.01 * scale },
  );
  faults.inject(
    { kind: 'status', status: 429, body: 'Too Many Requests', retryAfterMilliseconds: 1000 },
    { fraction: 0.01 * scale, times: 3 },
  );
  faults.inject({ kind: 'delay', milliseconds: 25 }, { fraction: 0.02 * scale });
  faults.inject(
    { kind: 'delay', milliseconds: options.slowerThanTimeoutMilliseconds ?? 1500 },
    { fraction: 0.002 * scale, times: 6 },
  );
  faults.inject({ kind: 'drop' }, { fraction: 0.01 * scale });
}

/**
 * The text before the secret in an echoing 500 body: find it in an error to know the provider's text got
 * through (redacted).
 *
 * @example
 * ```ts
 * if (describeError(error).includes(echoMarker)) echoed += 1;
 * ```
 */
export const echoMarker = 'upstream failed for request with key';

/**
 * A misbehaving provider that echoes a secret in some 500 bodies (as gateways echo the request path, where
 * GREEN-API keeps its token): the adapter must redact it from every error and log line.
 *
 * @example
 * ```ts
 * injectSecretEchoFault(emulator.faults, { secret: token, pathIncludes: token, fraction: 0.01 });
 * ```
 */
export function injectSecretEchoFault(
  faults: FaultInjector,
  options: { secret: string; pathIncludes?: string; fraction: number },
): void {
  const body = JSON.stringify({ error: `${echoMarker} ${options.secret}` });
  faults.inject(
    { kind: 'status', status: 500, body },
    {
      fraction: options.fraction,
      ...(options.pathIncludes === undefined ? {} : { pathIncludes: options.pathIncludes }),
    },
  );
}
