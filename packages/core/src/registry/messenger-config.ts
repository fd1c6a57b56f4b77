import * as v from 'valibot';
import type { CatalogProviderName } from './provider-catalog.js';

/**
 * Which provider to use and its options: the one input of `createMessenger` and
 * `createSessionManager`, whether it comes from code, a JSON file or the environment.
 *
 * - `provider`: a registered provider, a built-in one (`'green-api'`, `'sdkwa'`, `'whatsgate'`), or the
 *   name a `module` exports.
 * - `module`: where a third-party provider lives, either a package name (`'switchboard-acme'`) or a URL
 *   (`'file:///srv/adapters/acme.mjs'`, as `import()` takes it). The module exports a
 *   `ProviderDefinition` as `provider` or as its default export. In a config file, a path starting
 *   with `./` or `../` is resolved against the file's folder.
 * - `options`: the provider's options plus transport options such as `timeoutMilliseconds`.
 */
export interface MessengerConfig {
  /** The provider's name: built-in, registered, or the one `module` exports. */
  provider: CatalogProviderName | (string & {});
  /** Where a third-party provider lives: a package name or a URL for `import()`. */
  module?: string | undefined;
  /** The provider's options plus transport options such as `timeoutMilliseconds`. */
  options?: Record<string, unknown> | undefined;
}

const nonEmptyString = buildNonEmptyString();

// @__NO_SIDE_EFFECTS__
function buildNonEmptyString() {
  return v.pipe(v.string('must be a string'), v.minLength(1, 'must not be empty'));
}

/**
 * The message function strict config objects share: an unknown key "is not a known field", an absent
 * required key "is missing", anything else "must be an object".
 */
export const configObjectMessage = (issue: v.BaseIssue<unknown>): string => {
  if (issue.expected === 'never') return 'is not a known field';
  return issue.path !== undefined && issue.received === 'undefined' ? 'is missing' : 'must be an object';
};

/** A schema for a plain object of unknown values (arrays are refused), for `options`-like fields. */
export const configRecordSchema = buildConfigRecordSchema();

// @__NO_SIDE_EFFECTS__
function buildConfigRecordSchema() {
  return v.pipe(
    v.unknown(),
    v.check(
      (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
      'must be an object',
    ),
    v.record(v.string(), v.unknown()),
  );
}

/** The valibot schema of a {@link MessengerConfig}: a strict object, so a misspelt field is an error. */
export const messengerConfigSchema = buildMessengerConfigSchema();

// @__NO_SIDE_EFFECTS__
function buildMessengerConfigSchema() {
  return v.strictObject(
    {
      provider: nonEmptyString,
      module: v.optional(nonEmptyString),
      options: v.optional(configRecordSchema),
    },
    configObjectMessage,
  );
}
