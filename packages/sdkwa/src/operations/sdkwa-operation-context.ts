import type { HttpTransport, MediaDownloadOptions, Redactor } from '@switchboard/core/adapter';
import type { SdkwaClient } from '../client/sdkwa-client.js';
import type { SdkwaNetwork } from '../sdkwa-network.js';

/**
 * What every operation group is built from: the raw client, its transport and the messenger's
 * configuration.
 */
export interface SdkwaOperationContext {
  client: SdkwaClient;
  /** The instance's transport (it carries the bearer token: use it only for the SDKWA host). */
  transport: HttpTransport;
  network: SdkwaNetwork;
  idInstance: string;
  /** The API host without a trailing slash. */
  host: string;
  /** The per-request timeout; the receive long-poll adds it to SDKWA's own wait. */
  timeoutMilliseconds: number;
  /** The `fetch` for files on other hosts; the global one (read at call time) when left out. */
  fetch?: typeof fetch | undefined;
  webhookUrlToken?: string | undefined;
  allowUnauthenticatedWebhooks?: boolean | undefined;
  /** Where media downloads may reach and how large a file may be. */
  mediaDownload: MediaDownloadOptions;
  /** Removes the instance's secrets from download errors. */
  redactor: Redactor;
}
