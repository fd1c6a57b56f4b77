/**
 * Serialises a value for `--json` output: two-space indented, byte arrays shown by their length
 * (`{ "bytes": 1024 }`), `undefined` fields left out.
 *
 * @example
 * ```ts
 * formatJson({ ok: true, data: new Uint8Array(3) }); // '{\n  "ok": true,\n  "data": {\n    "bytes": 3\n  }\n}'
 * ```
 */
export function formatJson(value: unknown): string {
  return JSON.stringify(
    value,
    (_key, item: unknown) => (item instanceof Uint8Array ? { bytes: item.byteLength } : item),
    2,
  );
}
