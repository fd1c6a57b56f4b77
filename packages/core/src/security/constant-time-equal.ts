const encoder = /* @__PURE__ */ new TextEncoder();

/**
 * Compares two secrets in time that depends only on the expected secret's length, so an attacker
 * cannot learn a webhook token byte by byte from response times. Works in every runtime (no
 * `node:crypto`).
 */
export function constantTimeEqual(received: string, expected: string): boolean {
  const receivedBytes = encoder.encode(received);
  const expectedBytes = encoder.encode(expected);
  let difference = receivedBytes.length ^ expectedBytes.length;
  for (let index = 0; index < expectedBytes.length; index += 1) {
    difference |=
      (expectedBytes[index] ?? 0) ^ (receivedBytes[index % Math.max(receivedBytes.length, 1)] ?? 0);
  }
  return difference === 0;
}
