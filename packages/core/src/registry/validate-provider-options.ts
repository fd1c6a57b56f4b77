import { createConfigError } from './create-config-error.js';
import { isOptionRequired, type ProviderOptionSpec, type ProviderPurpose } from './provider-option-spec.js';

interface OptionProblem {
  option: string;
  environmentVariable: string | undefined;
  problem: 'missing' | 'invalid';
}

/**
 * Checks options against a provider's option specs before the adapter runs: every required option is
 * set, and every set option has its spec's type (and one of its `choices`). Options without a spec
 * pass. Throws one `invalid-request` error listing every problem, each naming the option and its
 * environment variable, for example
 * `green-api option apiTokenInstance is missing (set it in config or GREEN_API_API_TOKEN_INSTANCE)`.
 * Values are never quoted, so secrets cannot leak.
 */
export function validateProviderOptions(
  providerName: string,
  specs: readonly ProviderOptionSpec[],
  options: Readonly<Record<string, unknown>>,
  purpose: ProviderPurpose,
): void {
  const problems: OptionProblem[] = [];
  const messages: string[] = [];
  for (const spec of specs) {
    const value = options[spec.name];
    const where = spec.environmentVariable === undefined ? 'config' : `config or ${spec.environmentVariable}`;
    const report = (problem: OptionProblem['problem'], text: string) => {
      problems.push({ option: spec.name, environmentVariable: spec.environmentVariable, problem });
      messages.push(`${providerName} option ${spec.name} ${text}`);
    };
    if (value === undefined || value === null || value === '') {
      if (isOptionRequired(spec, purpose)) report('missing', `is missing (set it in ${where})`);
      continue;
    }
    const expectation = describeMismatch(spec, value);
    if (expectation !== undefined) report('invalid', `must be ${expectation} (check ${where})`);
  }
  if (messages.length > 0) {
    throw createConfigError(messages.join('; '), { provider: providerName, details: { problems } });
  }
}

function describeMismatch(spec: ProviderOptionSpec, value: unknown): string | undefined {
  switch (spec.type) {
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? undefined : 'a number';
    case 'boolean':
      return typeof value === 'boolean' ? undefined : 'true or false';
    case 'url':
      return typeof value === 'string' && isHttpUrl(value) ? undefined : 'an http or https URL';
    case 'identifier':
      return typeof value === 'string' || (Number.isSafeInteger(value) && (value as number) >= 0)
        ? undefined
        : 'a string or a whole number';
    default:
      if (typeof value !== 'string') return 'a string';
      if (spec.choices !== undefined && !spec.choices.includes(value))
        return `one of ${spec.choices.join(', ')}`;
      return undefined;
  }
}

function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
