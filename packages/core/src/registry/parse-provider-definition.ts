import * as v from 'valibot';
import { specificationVersion } from '../messenger/messenger.js';
import { createConfigError } from './create-config-error.js';
import { describeConfigIssues } from './describe-config-issues.js';
import type { ProviderDefinition } from './provider-definition.js';

const nonEmptyString = buildNonEmptyString();

// @__NO_SIDE_EFFECTS__
function buildNonEmptyString() {
  return v.pipe(v.string('must be a string'), v.minLength(1, 'must not be empty'));
}

const optionSpecSchema = buildOptionSpecSchema();

// @__NO_SIDE_EFFECTS__
function buildOptionSpecSchema() {
  return v.object({
    name: nonEmptyString,
    description: v.string('must be a string'),
    type: v.picklist(
      ['string', 'number', 'boolean', 'url', 'identifier'],
      'must be string, number, boolean, url or identifier',
    ),
    environmentVariable: v.optional(nonEmptyString),
    secret: v.optional(v.boolean('must be a boolean')),
    required: v.optional(
      v.union(
        [v.boolean(), v.picklist(['messenger', 'session-manager'])],
        'must be a boolean, messenger or session-manager',
      ),
    ),
    choices: v.optional(v.array(v.string(), 'must be an array of strings')),
  });
}

const definitionSchema = buildDefinitionSchema();

// @__NO_SIDE_EFFECTS__
function buildDefinitionSchema() {
  return v.looseObject(
    {
      name: nonEmptyString,
      createMessenger: v.function('must be a function'),
      createSessionManager: v.optional(v.function('must be a function')),
      options: v.optional(v.array(optionSpecSchema, 'must be an array')),
    },
    'must be an object',
  );
}

/**
 * Checks that a value is a {@link ProviderDefinition} of the contract version this package
 * implements, and returns it unchanged (methods keep their `this`). `origin` says where it came from
 * (`createProviderRegistry`, `module acme-adapter`) for the error message. A definition for another
 * `specificationVersion` is refused with an error that names both versions.
 *
 * @example
 * ```ts
 * const definition = parseProviderDefinition(namespace.provider, 'module switchboard-acme');
 * ```
 */
export function parseProviderDefinition(value: unknown, origin: string): ProviderDefinition {
  const version =
    typeof value === 'object' && value !== null ? Reflect.get(value, 'specificationVersion') : undefined;
  const name = typeof value === 'object' && value !== null ? Reflect.get(value, 'name') : undefined;
  const subject =
    typeof name === 'string' ? `Provider ${name} from ${origin}` : `The provider from ${origin}`;
  if (version !== specificationVersion) {
    throw createConfigError(
      `${subject} implements specification ${String(version)}, but this @switchboard/core implements ${specificationVersion}; install versions of the adapter and @switchboard/core that match`,
      {
        provider: typeof name === 'string' ? name : undefined,
        details: { specificationVersion: version, origin },
      },
    );
  }
  const result = v.safeParse(definitionSchema, value);
  if (!result.success) {
    const problems = describeConfigIssues(result.issues, 'provider');
    throw createConfigError(`Invalid provider definition from ${origin}: ${problems.join('; ')}`, {
      details: { origin },
    });
  }
  return value as ProviderDefinition;
}
