import type { ModuleImporter } from '@switchboard/core';

/**
 * Imports adapter packages from the CLI's own location, so the adapters it depends on resolve under
 * pnpm's strict layout. Passed to every `createMessenger` and `createSessionManager` call.
 *
 * @example
 * ```ts
 * const messenger = await createMessenger(config, { importModule: cliImportModule });
 * ```
 */
export const cliImportModule: ModuleImporter = (specifier) => import(specifier);
