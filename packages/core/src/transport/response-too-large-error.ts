/**
 * Thrown while an answer is read once it is longer than the transport's `maxResponseBytes`; the
 * transport maps it to an `invalid-response` error and never retries it.
 *
 * @example
 * ```ts
 * throw new ResponseTooLargeError(1_048_576, response.status);
 * ```
 */
export class ResponseTooLargeError extends Error {
  /** The cap the answer went over. */
  readonly maxResponseBytes: number;
  /** The HTTP status of the answer. */
  readonly status: number;

  constructor(maxResponseBytes: number, status: number) {
    super(`the answer is longer than the ${maxResponseBytes}-byte cap`);
    this.name = 'ResponseTooLargeError';
    this.maxResponseBytes = maxResponseBytes;
    this.status = status;
  }
}
