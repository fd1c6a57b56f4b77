/**
 * The global flags that select and configure a messenger, shared by every command that talks to a
 * provider.
 *
 * @example
 * ```ts
 * const flags: ConfigFlags = { provider: 'green-api', option: ['network=whatsapp', 'idInstance=1101000001'] };
 * ```
 */
export interface ConfigFlags {
  /** `--config <file>`: a messenger config file (default `switchboard.config.json` when present). */
  config?: string | undefined;
  /** `--messenger <name>`: which messenger of a multi-messenger file. */
  messenger?: string | undefined;
  /** `--provider <name>`: the provider, overriding file and environment. */
  provider?: string | undefined;
  /** `--option key=value` (repeatable): provider options, overriding file and environment. */
  option?: string[] | undefined;
}

/**
 * The config file looked for in the working folder when `--config` is not given.
 *
 * @example
 * ```ts
 * join(process.cwd(), defaultConfigFileName);
 * ```
 */
export const defaultConfigFileName = 'switchboard.config.json';

/**
 * The environment variable naming a config file, used when `--config` is not given.
 *
 * @example
 * ```ts
 * process.env[configFileEnvironmentVariable]; // '/etc/switchboard.json'
 * ```
 */
export const configFileEnvironmentVariable = 'SWITCHBOARD_CONFIG';

/**
 * The environment variable naming the messenger of a multi-messenger config file, used when
 * `--messenger` is not given.
 *
 * @example
 * ```ts
 * process.env[messengerEnvironmentVariable]; // 'green-api-whatsapp'
 * ```
 */
export const messengerEnvironmentVariable = 'SWITCHBOARD_MESSENGER';
