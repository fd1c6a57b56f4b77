/**
 * Thrown by `toWebRequest` when a Node request cannot become a web `Request`: a malformed `Host`
 * header or URL (`status` 400) or a method the Fetch API refuses, such as `TRACE` (`status` 405). The
 * listener answers it with that status instead of calling the handler.
 */
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
