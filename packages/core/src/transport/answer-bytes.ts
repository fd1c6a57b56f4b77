/** Where the bytes read from an answer are kept on it (a property: cheaper than a `WeakMap` entry per answer). */
const answerBytesKey = Symbol('answerBytes');

type AnswerWithBytes = Response & { [answerBytesKey]?: Uint8Array };

/**
 * Remembers the bytes a {@link createReadingFetch} read from an answer, whose own body is then used up.
 *
 * @example
 * ```ts
 * rememberAnswerBytes(response, await readCappedBody(response, maxResponseBytes));
 * ```
 */
export function rememberAnswerBytes(response: Response, bytes: Uint8Array): void {
  (response as AnswerWithBytes)[answerBytesKey] = bytes;
}

/**
 * The bytes read from an answer by {@link createReadingFetch}, or `undefined` for another answer.
 *
 * @example
 * ```ts
 * const bytes = answerBytes(await client.get('getSettings/token'));
 * ```
 */
export function answerBytes(response: Response): Uint8Array | undefined {
  return (response as AnswerWithBytes)[answerBytesKey];
}
