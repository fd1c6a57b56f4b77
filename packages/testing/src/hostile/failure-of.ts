/**
 * What a promise rejects with, or `undefined` when it fulfils, so a test can assert on the error itself.
 *
 * @example
 * ```ts
 * const error = await failureOf(parseWebhook(request));
 * ```
 */
export function failureOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (error: unknown) => error,
  );
}
