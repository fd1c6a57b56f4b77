import type { Readable } from 'node:stream';

/**
 * A web stream that pulls from a Node stream chunk by chunk (and destroys it when cancelled).
 *
 * @example
 * ```ts
 * const stream = toReadableStream(Readable.from([new Uint8Array([1, 2])]));
 * ```
 */
export function toReadableStream(source: Readable): ReadableStream<Uint8Array> {
  const iterator: AsyncIterator<Uint8Array> = source[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { done, value } = await iterator.next();
      if (done === true) controller.close();
      else controller.enqueue(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
    },
    cancel(reason) {
      source.destroy(reason instanceof Error ? reason : undefined);
    },
  });
}
