/**
 * What {@link createEndlessStream} returns.
 *
 * @example
 * ```ts
 * const { stream, pulledBytes }: EndlessStream = createEndlessStream();
 * ```
 */
export interface EndlessStream {
  /** The never-ending body. */
  stream: ReadableStream<Uint8Array>;
  /** How many bytes its reader has pulled so far. */
  pulledBytes(): number;
}

/**
 * A body stream that never ends (spaces, `chunkBytes` at a time) and counts what its reader pulled, to
 * prove that a reader stops at its limit instead of reading everything: the chunked, `Content-Length`-less
 * body an attacker sends.
 *
 * @example
 * ```ts
 * const endless = createEndlessStream();
 * await expect(readWhatsgateWebhook(new Request(url, { method: 'POST', body: endless.stream, duplex: 'half' }), options)).rejects.toThrow();
 * endless.pulledBytes(); // a little over the limit
 * ```
 */
export function createEndlessStream(chunkBytes = 65_536): EndlessStream {
  let pulled = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulled += chunkBytes;
      controller.enqueue(new Uint8Array(chunkBytes).fill(0x20));
    },
  });
  return { stream, pulledBytes: () => pulled };
}
