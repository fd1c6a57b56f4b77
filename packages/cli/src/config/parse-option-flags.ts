import type { ProviderOptionSpec } from '@switchboard/core';
import { CliError } from '../cli-error.js';

function convert(spec: ProviderOptionSpec | undefined, key: string, text: string): unknown {
  if (spec?.type === 'number') {
    const value = Number(text);
    if (text.trim() === '' || !Number.isFinite(value)) {
      throw new CliError(`--option ${key} must be a number`, 2);
    }
    return value;
  }
  if (spec?.type === 'boolean') {
    if (/^(true|1|yes)$/i.test(text)) return true;
    if (/^(false|0|no)$/i.test(text)) return false;
    throw new CliError(`--option ${key} must be true or false`, 2);
  }
  return text;
}

/**
 * Turns `--option key=value` flags into provider options, converting each value to the type its
 * option spec declares (`timeoutMilliseconds=5000` becomes a number). Options without a spec stay
 * strings. A flag without `=` is a usage error naming the flag.
 *
 * @example
 * ```ts
 * parseOptionFlags(providerCatalog['green-api'].options, ['idInstance=1101000001', 'timeoutMilliseconds=5000']);
 * // { idInstance: '1101000001', timeoutMilliseconds: 5000 }
 * ```
 */
export function parseOptionFlags(
  specs: readonly ProviderOptionSpec[],
  flags: readonly string[],
): Record<string, unknown> {
  const options: Record<string, unknown> = {};
  for (const flag of flags) {
    const separator = flag.indexOf('=');
    if (separator <= 0) throw new CliError(`--option ${flag} must look like key=value`, 2);
    const key = flag.slice(0, separator).trim();
    const spec = specs.find((candidate) => candidate.name === key);
    options[key] = convert(spec, key, flag.slice(separator + 1));
  }
  return options;
}
