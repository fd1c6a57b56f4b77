import {
  createMessenger,
  createSessionManager,
  type Messenger,
  type MessengerConfig,
  type SessionManager,
} from '@switchboard/core';
import type { CliStreams } from '../output/cli-streams.js';
import type { ConfigFlags } from './config-flags.js';
import { cliImportModule } from './import-module.js';
import { resolveMessengerConfig } from './resolve-messenger-config.js';

/**
 * Creates the messenger a command talks to, from the config file, the environment and the flags
 * (see `resolveMessengerConfig`), with the CLI's module importer. `prepare` may check or extend the resolved config first (a command's own
 * provider options, such as `listen --cursor-file`).
 *
 * @example
 * ```ts
 * const messenger = await openMessenger({ provider: 'whatsgate' }, processStreams());
 * ```
 */
export async function openMessenger(
  flags: ConfigFlags,
  streams: CliStreams,
  prepare?: (config: MessengerConfig) => Promise<MessengerConfig>,
): Promise<Messenger> {
  const resolved = await resolveMessengerConfig(flags, streams.environment, streams.cwd);
  const config = prepare === undefined ? resolved : await prepare(resolved);
  return createMessenger(config, { importModule: cliImportModule });
}

/**
 * Creates the provider's account-level session manager from the same layers as
 * {@link openMessenger}.
 *
 * @example
 * ```ts
 * const sessions = await (await openSessionManager(flags, streams)).list();
 * ```
 */
export async function openSessionManager(flags: ConfigFlags, streams: CliStreams): Promise<SessionManager> {
  const config = await resolveMessengerConfig(flags, streams.environment, streams.cwd);
  return createSessionManager(config, { importModule: cliImportModule });
}
