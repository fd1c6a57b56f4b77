const answers = new WeakMap<Response, Uint8Array>();

/**
 * Remembers the bytes a {@link createReadingFetch} read from an answer, whose own body is then used up.
 *
 * @example
 * ```ts
 * rememberAnswerBytes(response, await readCappedBody(response, maxResponseBytes));
 * ```
 */
export function rememberAnswerBytes(response: Response, bytes: Uint8Array): void {
  answers.set(response, bytes);
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
  return answers.get(response);
}
