import type { HttpTransport, MediaDownloadOptions, Redactor } from '@switchboard/core/adapter';
import type { GreenApiNetwork } from '../green-api-network.js';
import type { BearerWebhookOptions } from '../webhook/parse-bearer-webhook.js';

/** What every operation group of a GREEN-API-family messenger is built from. */
export interface GreenApiFamilyOperationContext<Client, Network extends GreenApiNetwork = GreenApiNetwork> {
  /** The adapter's raw client. */
  client: Client;
  /** The instance's transport (it carries the instance's credentials: use it only for the API host). */
  transport: HttpTransport;
  /** The instance's network. */
  network: Network;
  /** The instance id, as in the request paths. */
  idInstance: string;
  /** The API host without a trailing slash. */
  baseUrl: string;
  /** The per-request timeout; long-polls and downloads add it to their own wait. */
  timeoutMilliseconds: number;
  /** The `fetch` for files on other hosts; the global one (read at call time) when left out. */
  fetch?: typeof fetch | undefined;
  /** How `inbox.parseWebhook` verifies and limits a request, and the instance its events carry. */
  webhook: BearerWebhookOptions;
  /** Where media downloads may reach and how large a file may be. */
  mediaDownload: MediaDownloadOptions;
  /** Removes the instance's secrets from download errors. */
  redactor: Redactor;
}
