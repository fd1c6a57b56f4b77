import * as v from 'valibot';
import { parseTemplate } from './parse-template.js';

/** A geographic location to send or one that was received. */
export const locationSchema = buildLocationSchema();

// @__NO_SIDE_EFFECTS__
function buildLocationSchema() {
  return v.strictObject({
    /** Degrees north of the equator (negative south), from -90 to 90. */
    latitude: v.pipe(v.number(), v.minValue(-90), v.maxValue(90)),
    /** Degrees east of Greenwich (negative west), from -180 to 180. */
    longitude: v.pipe(v.number(), v.minValue(-180), v.maxValue(180)),
    /** The place's name, such as a shop's, when given. */
    name: v.optional(v.string()),
    /** The place's street address, when given. */
    address: v.optional(v.string()),
  });
}

/** A validated location, see {@link locationSchema}. */
export type Location = v.InferOutput<typeof locationSchema>;
/** What {@link createLocation} accepts. */
export type LocationInput = v.InferInput<typeof locationSchema>;

/**
 * Builds a complete {@link Location} or throws an `invalid-request` error naming the bad field.
 *
 * @example
 * ```ts
 * createLocation({ latitude: 59.93, longitude: 30.31 });
 * ```
 */
export function createLocation(input: LocationInput): Location {
  return parseTemplate(locationSchema, input, 'location');
}
