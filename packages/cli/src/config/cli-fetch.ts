import type { MessengerConfig } from '@switchboard/core';
import { createKeepAliveFetch, type KeepAliveFetch } from '@switchboard/core/node';

let shared: KeepAliveFetch | undefined;

/**
 * Gives a config the CLI's process-wide keep-alive `fetch` (core's `createKeepAliveFetch`, 2–4x
 * faster per request than Node's global fetch; see bench/README.md) unless its options name a
 * `fetch` already. The CLI owns its process, so the fast fetch is safe as its default here; a
 * library cannot assume it, as test interceptors such as nock patch only the global `fetch`.
 *
 * @example
 * ```ts
 * const messenger = await createMessenger(withCliFetch(config), { importModule: cliImportModule });
 * ```
 */
export function withCliFetch(config: MessengerConfig): MessengerConfig {
  if (config.options?.fetch !== undefined) return config;
  shared ??= createKeepAliveFetch();
  return { ...config, options: { ...config.options, fetch: shared } };
}

/**
 * Closes the keep-alive `fetch` handed out by {@link withCliFetch}, if any; the next command gets a
 * new one. `runCli` calls it when a command ends.
 *
 * @example
 * ```ts
 * await closeCliFetch();
 * ```
 */
export async function closeCliFetch(): Promise<void> {
  const keepAliveFetch = shared;
  shared = undefined;
  await keepAliveFetch?.close();
}
