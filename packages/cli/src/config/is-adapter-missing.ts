import { findCatalogEntry, isMessengerError } from '@switchboard/core';

/**
 * Tells whether `createMessenger` failed because the provider's adapter package is not installed
 * (or not built, or too old to export its factory): the registry's `invalid-request` error whose
 * `details.module` is the catalog package.
 *
 * @example
 * ```ts
 * try { await createMessenger(config); } catch (error) { if (isAdapterMissing(error, 'sdkwa')) skip(); }
 * ```
 */
export function isAdapterMissing(error: unknown, provider: string): boolean {
  const packageName = findCatalogEntry(provider)?.packageName;
  return (
    packageName !== undefined &&
    isMessengerError(error, 'invalid-request') &&
    error.details?.module === packageName
  );
}
