import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { MessengerConfig } from '@switchboard/core';
import { loadMessengerConfigFile } from '@switchboard/core/node';
import { CliError } from '../cli-error.js';
import {
  type ConfigFlags,
  configFileEnvironmentVariable,
  defaultConfigFileName,
  messengerEnvironmentVariable,
} from './config-flags.js';

/**
 * Reads the config file layer: `--config`, else `SWITCHBOARD_CONFIG`, else `switchboard.config.json`
 * in the working folder when it exists (no file is fine). A multi-messenger file needs `--messenger`
 * (else `SWITCHBOARD_MESSENGER`) unless it holds exactly one (or, for the implicit file, `--provider` is given: then it is not used).
 * Errors name the file and the field.
 *
 * @example
 * ```ts
 * const fromFile = await loadConfigFileLayer({ config: 'tenants.json', messenger: 'shop' }, process.env, process.cwd());
 * ```
 */
export async function loadConfigFileLayer(
  flags: ConfigFlags,
  environment: Readonly<Record<string, string | undefined>>,
  cwd: string,
): Promise<MessengerConfig | undefined> {
  const named = flags.config ?? (environment[configFileEnvironmentVariable]?.trim() || undefined);
  const path = named === undefined ? resolve(cwd, defaultConfigFileName) : resolve(cwd, named);
  if (named === undefined && !existsSync(path)) return undefined;
  const file = await loadMessengerConfigFile(path);
  const chosen = flags.messenger ?? (environment[messengerEnvironmentVariable]?.trim() || undefined);
  if (file.kind === 'single') {
    if (flags.messenger !== undefined) {
      throw new CliError(
        `--messenger ${flags.messenger}: ${path} holds a single messenger, not a messengers map`,
        2,
      );
    }
    return file.config;
  }
  const names = Object.keys(file.messengers);
  const name = chosen ?? (names.length === 1 ? names[0] : undefined);
  // A provider given by flag needs nothing from an implicit file that names several messengers.
  if (name === undefined && named === undefined && flags.provider !== undefined) return undefined;
  if (name === undefined) {
    throw new CliError(
      `${path} holds several messengers (${names.join(', ')}): pick one with --messenger <name>`,
      2,
    );
  }
  const config = file.messengers[name];
  if (config === undefined) {
    throw new CliError(`--messenger ${name} is not in ${path} (it has ${names.join(', ')})`, 2);
  }
  return config;
}
