import { createConfigError } from './create-config-error.js';
import type { ProviderOptionSpec } from './provider-option-spec.js';

const booleanWords: Readonly<Record<string, boolean>> = {
  true: true,
  '1': true,
  yes: true,
  false: false,
  '0': false,
  no: false,
};

/**
 * Reads the options whose specs name an environment variable, converting each to its spec's type.
 * Unset and empty variables are left out. A value that does not convert is an `invalid-request` error
 * naming the variable and the option, never the value.
 */
export function readOptionsFromEnvironment(
  providerName: string,
  specs: readonly ProviderOptionSpec[],
  environment: Readonly<Record<string, string | undefined>>,
): Record<string, unknown> {
  const options: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const spec of specs) {
    if (spec.environmentVariable === undefined) continue;
    const text = environment[spec.environmentVariable]?.trim();
    if (text === undefined || text === '') continue;
    const value = convertEnvironmentValue(spec, text);
    if (value === undefined) {
      const expectation = spec.type === 'number' ? 'a number' : 'true or false';
      problems.push(
        `${spec.environmentVariable} must be ${expectation} (${providerName} option ${spec.name})`,
      );
    } else {
      options[spec.name] = value;
    }
  }
  if (problems.length > 0) {
    throw createConfigError(problems.join('; '), { provider: providerName });
  }
  return options;
}

function convertEnvironmentValue(spec: ProviderOptionSpec, text: string): unknown {
  if (spec.type === 'number') {
    const value = Number(text);
    return Number.isFinite(value) ? value : undefined;
  }
  if (spec.type === 'boolean') return booleanWords[text.toLowerCase()];
  return text;
}
