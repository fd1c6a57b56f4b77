/**
 * Why an attempt was abandoned when its timeout elapsed (name `TimeoutError`, like the DOM's). The
 * transport maps it to a `timeout` {@link MessengerError} and the retry policy's `timeout` failure.
 *
 * @example
 * ```ts
 * const error = new AttemptTimeoutError(30_000);
 * error.message; // 'the attempt timed out after 30000 ms'
 * ```
 */
export class AttemptTimeoutError extends Error {
  /** The timeout that elapsed. */
  readonly timeoutMilliseconds: number;

  /**
   * Creates the error for an attempt that ran longer than `timeoutMilliseconds`.
   *
   * @example
   * ```ts
   * controller.abort(new AttemptTimeoutError(timeoutMilliseconds));
   * ```
   */
  constructor(timeoutMilliseconds: number) {
    super(`the attempt timed out after ${timeoutMilliseconds} ms`);
    this.name = 'TimeoutError';
    this.timeoutMilliseconds = timeoutMilliseconds;
  }
}
