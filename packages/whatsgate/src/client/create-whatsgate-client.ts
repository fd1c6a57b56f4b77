import { createHttpTransport, pickTransportOptions } from '@switchboard/core/adapter';
import { createWhatsgateErrorDetector } from '../errors.js';
import type { ResolvedWhatsgateAccountOptions } from '../whatsgate-account-options.js';
import { whatsgateProvider } from '../whatsgate-provider.js';
import { WhatsgateClient } from './whatsgate-client.js';

/**
 * Builds the unbound raw client of an account: a core HTTP transport on `{baseUrl}` (ending in
 * `/api/v1`) sending `X-Api-Key` and JSON, with Whatsgate's error detection and the account's
 * redactor.
 *
 * @example
 * ```ts
 * const client = createWhatsgateClient(resolveWhatsgateAccountOptions({ apiKey })).forSession('67506a033c2f8');
 * ```
 */
export function createWhatsgateClient(options: ResolvedWhatsgateAccountOptions): WhatsgateClient {
  const transport = createHttpTransport({
    provider: whatsgateProvider,
    baseUrl: options.baseUrl,
    headers: { 'X-Api-Key': options.apiKey, Accept: 'application/json' },
    redactor: options.redactor,
    detectError: createWhatsgateErrorDetector(options.redactor, options.baseUrl),
    ...pickTransportOptions(options),
  });
  return new WhatsgateClient(transport);
}
