import {
  listProviders,
  type MessengerConfig,
  mergeMessengerConfig,
  providerEnvironmentVariable,
  readMessengerConfigFromEnvironment,
} from '@switchboard/core';
import { CliError } from '../cli-error.js';
import { type ConfigFlags, defaultConfigFileName } from './config-flags.js';
import { loadConfigFileLayer } from './load-config-file-layer.js';
import { parseOptionFlags } from './parse-option-flags.js';

/**
 * Builds the messenger config of a command from three layers, later ones winning: the config file,
 * the environment (`SWITCHBOARD_PROVIDER`, `GREEN_API_ID_INSTANCE`, … as core's
 * `readMessengerConfigFromEnvironment` reads them) and the flags (`--provider`, `--option`).
 * `createMessenger` then validates it, naming a missing option and its variable.
 *
 * @example
 * ```ts
 * const config = await resolveMessengerConfig({ provider: 'whatsgate' }, process.env, process.cwd());
 * const messenger = await createMessenger(config, { importModule });
 * ```
 */
export async function resolveMessengerConfig(
  flags: ConfigFlags,
  environment: Readonly<Record<string, string | undefined>>,
  cwd: string,
): Promise<MessengerConfig> {
  const fromFile = await loadConfigFileLayer(flags, environment, cwd);
  const provider =
    flags.provider ?? fromFile?.provider ?? (environment[providerEnvironmentVariable]?.trim() || undefined);
  if (provider === undefined) {
    throw new CliError(
      `No provider configured: pass --provider <name>, set ${providerEnvironmentVariable}, or write ${defaultConfigFileName} (known providers: ${listProviders().join(', ')})`,
      2,
    );
  }
  const fromEnvironment = readMessengerConfigFromEnvironment(environment, provider);
  const fromFlags = { provider, options: parseOptionFlags(provider, flags.option ?? []) };
  return mergeMessengerConfig(fromFile, fromEnvironment, fromFlags);
}
