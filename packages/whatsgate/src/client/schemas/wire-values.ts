import * as v from 'valibot';

/**
 * A WhatsApp id as Whatsgate serialises it: normally a string (`79991112233@c.us`), sometimes a
 * whatsapp-web.js id object with `_serialized`, which is read as its string.
 */
export const wireIdSchema = v.union([
  v.string(),
  v.pipe(
    v.looseObject({
      // The id as a string, e.g. `79991112233@c.us`.
      _serialized: v.string(),
    }),
    v.transform((value) => value._serialized),
  ),
]);

/** An integer that may arrive as a number or as a decimal string (`"10"`), read as a number. */
export const wireIntegerSchema = v.union([
  v.pipe(v.number(), v.integer()),
  v.pipe(v.string(), v.regex(/^-?\d+$/), v.transform(Number)),
]);

/**
 * A list that may arrive as an array, as a PHP-style object keyed by index, or as `null`/missing
 * (an empty list), validated item by item.
 */
export function wireListSchema<const Item extends v.GenericSchema>(item: Item) {
  return v.optional(
    v.pipe(
      v.unknown(),
      v.transform((value): unknown[] => {
        if (Array.isArray(value)) return value;
        if (typeof value === 'object' && value !== null) return Object.values(value);
        return [];
      }),
      v.array(item),
    ),
    [],
  );
}
