/** A Node request that cannot become a web `Request`; the listener answers with its `status` (400 or 405). */
export class UnusableRequestError extends Error {
  override readonly name = 'UnusableRequestError';

  constructor(
    /** The HTTP status to answer with. */
    readonly status: 400 | 405,
    /** The `error.code` of the JSON answer. */
    readonly code: 'invalid-request' | 'method-not-allowed',
    message: string,
  ) {
    super(message);
  }
}
