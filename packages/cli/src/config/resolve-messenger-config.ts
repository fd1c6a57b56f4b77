import {
  listProviders,
  loadMessengerConfigFromEnvironment,
  loadProviderOptionSpecs,
  type MessengerConfig,
  mergeMessengerConfig,
  providerEnvironmentVariable,
  providerModuleEnvironmentVariable,
} from '@switchboard/core';
import { CliError } from '../cli-error.js';
import { type ConfigFlags, defaultConfigFileName } from './config-flags.js';
import { cliImportModule } from './import-module.js';
import { loadConfigFileLayer } from './load-config-file-layer.js';
import { parseOptionFlags } from './parse-option-flags.js';

/**
 * Builds the messenger config of a command from three layers, later ones winning: the config file,
 * the environment (`SWITCHBOARD_PROVIDER`, `GREEN_API_ID_INSTANCE`, … as core's
 * `loadMessengerConfigFromEnvironment` reads them) and the flags (`--provider`, `--option`). The
 * provider's option specs name the variables and type the flags; a third-party provider's are read
 * from its `module` (imported once, as `createMessenger` would).
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
  const namedInEnvironment = environment[providerEnvironmentVariable]?.trim() || undefined;
  const module =
    fromFile?.provider === provider && fromFile.module !== undefined
      ? fromFile.module
      : namedInEnvironment === undefined || namedInEnvironment === provider
        ? environment[providerModuleEnvironmentVariable]?.trim() || undefined
        : undefined;
  const source = { provider, ...(module === undefined ? {} : { module }) };
  const resolution = { importModule: cliImportModule };
  const specs = await loadProviderOptionSpecs(source, resolution);
  const fromEnvironment = await loadMessengerConfigFromEnvironment(environment, { ...source, ...resolution });
  const fromFlags = { provider, options: parseOptionFlags(specs, flags.option ?? []) };
  return mergeMessengerConfig(fromFile, fromEnvironment, fromFlags);
}
