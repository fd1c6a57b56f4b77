/** A random text that identifies one check's incoming message among everything else in the inbox. */
export function uniqueMarker(): string {
  return `conformance-${Math.random().toString(36).slice(2, 10)}`;
}
