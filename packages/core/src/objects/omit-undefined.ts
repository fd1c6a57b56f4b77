/**
 * A shallow copy without the fields whose value is `undefined`, so JSON bodies and results carry only
 * what was set.
 *
 * @example
 * ```ts
 * omitUndefined({ chatId: '1@c.us', caption: undefined }); // { chatId: '1@c.us' }
 * ```
 */
export function omitUndefined<Value extends object>(value: Value): Value {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as Value;
}
