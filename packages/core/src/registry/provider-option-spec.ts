/**
 * The value type of a provider option. Environment variables are converted to it: `number` from a
 * decimal string, `boolean` from `true`/`false`/`1`/`0`/`yes`/`no`; `url` is a string that must parse as
 * an `http:` or `https:` URL; `identifier` is a string or a whole number (ids such as GREEN-API's
 * `idInstance`, which apps often keep as numbers), read from the environment as a string.
 */
export type ProviderOptionType = 'string' | 'number' | 'boolean' | 'url' | 'identifier';

/**
 * What a provider is asked to build: a messenger (one account) or a session manager (the account-level
 * API). Options can be required for one of them only.
 */
export type ProviderPurpose = 'messenger' | 'session-manager';

/**
 * Describes one option a provider takes, so that the registry can read it from the environment,
 * check it before the adapter is imported, and name both the option and its variable in errors.
 * Options a provider takes without a spec (transport options such as `fetch`) pass through unchecked.
 */
export interface ProviderOptionSpec {
  /** The option's key in `options`. */
  readonly name: string;
  /** One sentence for documentation and CLI help. */
  readonly description: string;
  /** The value type; see {@link ProviderOptionType}. */
  readonly type: ProviderOptionType;
  /** The environment variable `loadMessengerConfigFromEnvironment` reads it from. */
  readonly environmentVariable?: string | undefined;
  /** A secret (token, key): its value never appears in an error message. */
  readonly secret?: boolean | undefined;
  /**
   * `true` when both a messenger and a session manager need it, or the one {@link ProviderPurpose}
   * that needs it. Absent means optional.
   */
  readonly required?: boolean | ProviderPurpose | undefined;
  /** The allowed values of a `string` option. */
  readonly choices?: readonly string[] | undefined;
}

/** Tells whether an option must be set when building for the given purpose. */
export function isOptionRequired(spec: ProviderOptionSpec, purpose: ProviderPurpose): boolean {
  return spec.required === true || spec.required === purpose;
}
