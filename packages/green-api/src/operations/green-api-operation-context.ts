import type { MediaDownloadOptions, Redactor } from '@switchboard/core/adapter';
import type { GreenApiNetwork } from '@switchboard/green-api-protocol';
import type { GreenApiClient } from '../client/green-api-client.js';

/** What every operation group is built from: the raw client and the messenger's configuration. */
export interface GreenApiOperationContext {
  client: GreenApiClient;
  network: GreenApiNetwork;
  idInstance: string;
  /** The per-request timeout; long-polls and downloads add it to their own wait. */
  timeoutMilliseconds: number;
  /** The `fetch` for media downloads; the global one (read at call time) when left out. */
  fetch?: typeof fetch | undefined;
  webhookUrlToken?: string | undefined;
  allowUnauthenticatedWebhooks?: boolean | undefined;
  /** Where media downloads may reach and how large a file may be. */
  mediaDownload: MediaDownloadOptions;
  /** Removes the instance's secrets from download errors. */
  redactor: Redactor;
}
