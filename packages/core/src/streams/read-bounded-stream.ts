/**
 * Reads a byte stream whole without ever holding more than `maximumBytes`: the stream is cancelled as
 * soon as it passes the limit and `undefined` is returned; otherwise its bytes, joined. Rejects when
 * the stream fails.
 *
 * @example
 * ```ts
 * const bytes = await readBoundedStream(response.body, 1_000_000);
 * if (bytes === undefined) throw new Error('too large');
 * ```
 */
export async function readBoundedStream(
  stream: ReadableStream<Uint8Array>,
  maximumBytes: number,
): Promise<Uint8Array<ArrayBuffer> | undefined> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maximumBytes) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
