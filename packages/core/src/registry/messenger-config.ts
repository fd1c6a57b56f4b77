import * as v from 'valibot';

/**
 * The options type of each provider name, filled in by the adapters: each adapter's main entry adds
 * its provider by declaration merging, so a config that names it gets its options type. A
 * third-party adapter can do the same for its own name.
 *
 * @example
 * ```ts
 * declare module '@switchboard/core' {
 *   interface ProviderOptionsByName {
 *     acme: AcmeMessengerOptions;
 *   }
 * }
 * ```
 */
// biome-ignore lint/suspicious/noEmptyInterface: adapters extend it by declaration merging
export interface ProviderOptionsByName {}

/**
 * The options type of each provider's session manager, filled in by the adapters like
 * {@link ProviderOptionsByName}.
 *
 * @example
 * ```ts
 * declare module '@switchboard/core' {
 *   interface SessionManagerOptionsByName {
 *     acme: AcmeSessionManagerOptions;
 *   }
 * }
 * ```
 */
// biome-ignore lint/suspicious/noEmptyInterface: adapters extend it by declaration merging
export interface SessionManagerOptionsByName {}

/**
 * Which provider to use and its options: the one input of `createMessenger`, whether it comes from
 * code, a JSON file or the environment.
 *
 * - `provider`: a registered provider, a built-in one (`'green-api'`, `'sdkwa'`, `'whatsgate'`), or the
 *   name a `module` exports.
 * - `module`: where a third-party provider lives, either a package name (`'switchboard-acme'`) or a URL
 *   (`'file:///srv/adapters/acme.mjs'`, as `import()` takes it). The module exports a
 *   `ProviderDefinition` as `provider` or as its default export. In a config file, a path starting
 *   with `./` or `../` is resolved against the file's folder.
 * - `options`: the provider's options plus transport options such as `timeoutMilliseconds`, typed by
 *   {@link ProviderOptionsByName} when the provider's adapter is loaded (any object otherwise).
 */
export interface MessengerConfig<Name extends string = string> {
  /** The provider's name: built-in, registered, or the one `module` exports. */
  provider: Name;
  /** Where a third-party provider lives: a package name or a URL for `import()`. */
  module?: string | undefined;
  /** The provider's options plus transport options such as `timeoutMilliseconds`; typed by {@link ProviderOptionsByName}. */
  options?: (Name extends keyof ProviderOptionsByName ? ProviderOptionsByName[Name] : object) | undefined;
}

/**
 * The config of `createSessionManager`: a {@link MessengerConfig} whose options are typed by
 * {@link SessionManagerOptionsByName} (such as GREEN-API's `partnerToken`).
 */
export interface SessionManagerConfig<Name extends string = string> {
  /** The provider's name: built-in, registered, or the one `module` exports. */
  provider: Name;
  /** Where a third-party provider lives: a package name or a URL for `import()`. */
  module?: string | undefined;
  /** The session manager's options (such as a partner token); typed by {@link SessionManagerOptionsByName}. */
  options?:
    | (Name extends keyof SessionManagerOptionsByName ? SessionManagerOptionsByName[Name] : object)
    | undefined;
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
