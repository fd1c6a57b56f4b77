type AbortListener = () => void;

/**
 * The abort signal of one attempt, without the cost of an `AbortController` (whose `AbortSignal` is
 * an `EventTarget`, slow to create on Node). It has the shape of an abortable `EventEmitter` —
 * `aborted`, `reason`, `on`/`once`/`removeListener('abort')` — which `undici.request` accepts as its
 * `signal`; {@link AttemptSignal.toAbortSignal} gives a real `AbortSignal` for `fetch`.
 *
 * @example
 * ```ts
 * const signal = new AttemptSignal();
 * signal.once('abort', () => console.warn('aborted:', signal.reason));
 * signal.abort(new AttemptTimeoutError(30_000));
 * ```
 */
export class AttemptSignal {
  /** Whether {@link AttemptSignal.abort} was called. */
  aborted = false;
  /** What the attempt was aborted with. */
  reason: unknown = undefined;
  #listeners: AbortListener[] | undefined;

  /**
   * Aborts once: records the reason and calls every listener.
   *
   * @example
   * ```ts
   * signal.abort(callerSignal.reason);
   * ```
   */
  abort(reason: unknown): void {
    if (this.aborted) return;
    this.aborted = true;
    this.reason = reason;
    const listeners = this.#listeners ?? [];
    this.#listeners = undefined;
    for (const listener of listeners) listener();
  }

  /**
   * Calls `listener` when the attempt is aborted (at most once: an attempt aborts once).
   *
   * @example
   * ```ts
   * signal.on('abort', () => socket.destroy());
   * ```
   */
  on(_event: 'abort', listener: AbortListener): this {
    if (this.#listeners === undefined) this.#listeners = [listener];
    else this.#listeners.push(listener);
    return this;
  }

  /**
   * The same as {@link AttemptSignal.on}.
   *
   * @example
   * ```ts
   * signal.once('abort', onAbort);
   * ```
   */
  once(event: 'abort', listener: AbortListener): this {
    return this.on(event, listener);
  }

  /**
   * Forgets a listener.
   *
   * @example
   * ```ts
   * signal.removeListener('abort', onAbort);
   * ```
   */
  removeListener(_event: 'abort', listener: AbortListener): this {
    const index = this.#listeners?.indexOf(listener) ?? -1;
    if (index !== -1) this.#listeners?.splice(index, 1);
    return this;
  }

  /**
   * Throws the abort reason once aborted.
   *
   * @example
   * ```ts
   * signal.throwIfAborted();
   * ```
   */
  throwIfAborted(): void {
    if (this.aborted) throw this.reason;
  }

  /**
   * A real `AbortSignal` that aborts with this one (for `fetch` and other web APIs).
   *
   * @example
   * ```ts
   * await fetch(url, { signal: signal.toAbortSignal() });
   * ```
   */
  toAbortSignal(): AbortSignal {
    const controller = new AbortController();
    if (this.aborted) controller.abort(this.reason);
    else this.on('abort', () => controller.abort(this.reason));
    return controller.signal;
  }
}
