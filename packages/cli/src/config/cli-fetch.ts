import type { MessengerConfig } from '@switchboard/core';
import { createKeepAliveFetch, type KeepAliveFetch } from '@switchboard/core/node';

let shared: KeepAliveFetch | undefined;
let openRuns = 0;

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
 * Marks the start of a CLI run and returns the function that ends it. The keep-alive `fetch` handed
 * out by {@link withCliFetch} is closed when the last open run ends (runs may overlap when `runCli`
 * is called more than once in a process); a later run gets a new one. Ending a run twice is harmless.
 *
 * @example
 * ```ts
 * const endRun = openCliRun();
 * try { await program.parseAsync(argv); } finally { await endRun(); }
 * ```
 */
export function openCliRun(): () => Promise<void> {
  openRuns += 1;
  let ended = false;
  return async () => {
    if (ended) return;
    ended = true;
    openRuns -= 1;
    if (openRuns > 0) return;
    const keepAliveFetch = shared;
    shared = undefined;
    await keepAliveFetch?.close();
  };
}
