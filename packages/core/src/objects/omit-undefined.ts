/**
 * A shallow copy without the fields whose value is `undefined`, so JSON bodies and results carry only
 * what was set.
 */
export function omitUndefined<Value extends object>(value: Value): Value {
  // A plain loop: several times faster than entries/filter/fromEntries, and it runs on every send.
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const field = (value as Record<string, unknown>)[key];
    if (field !== undefined) copy[key] = field;
  }
  return copy as Value;
}
