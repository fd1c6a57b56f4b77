import * as v from 'valibot';

/**
 * Strict-schema entries that accept any value and ignore it: options of a sibling factory (a
 * messenger's `idInstance` in a session manager's options, say), so one config can build both.
 */
export function ignoredOptionEntries<const Names extends readonly string[]>(
  ...names: Names
): { [Name in Names[number]]: v.OptionalSchema<v.UnknownSchema, undefined> } {
  return Object.fromEntries(names.map((name) => [name, v.optional(v.unknown())])) as {
    [Name in Names[number]]: v.OptionalSchema<v.UnknownSchema, undefined>;
  };
}
