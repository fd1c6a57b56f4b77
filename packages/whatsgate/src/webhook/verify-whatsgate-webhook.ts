import { MessengerError } from '@switchboard/core';
import { constantTimeEqual } from '@switchboard/core/adapter';
import { whatsgateProvider } from '../whatsgate-provider.js';
import { defaultWebhookSecretParameter } from './whatsgate-webhook-url.js';

/**
 * How Whatsgate webhooks are authenticated. Whatsgate signs nothing, so the callback URL carries a
 * shared secret: as a query parameter (`?secret=…`, the name set by `webhookSecretParameter`) or as
 * the last path segment (`/hooks/whatsgate/<secret>`).
 *
 * @example
 * ```ts
 * const options: WhatsgateWebhookVerificationOptions = { webhookSecret: process.env.WHATSGATE_WEBHOOK_SECRET };
 * ```
 */
export interface WhatsgateWebhookVerificationOptions {
  /** The expected secret. Without it every request fails unless `allowUnauthenticatedWebhooks`. */
  webhookSecret?: string | undefined;
  /** The query parameter carrying the secret; default `secret`. */
  webhookSecretParameter?: string | undefined;
  /** Accept unauthenticated requests when no secret is configured (not recommended). */
  allowUnauthenticatedWebhooks?: boolean | undefined;
}

function authError(message: string): MessengerError {
  return new MessengerError(message, { code: 'auth', provider: whatsgateProvider, status: 401 });
}

function receivedSecret(url: URL, parameter: string): string {
  const fromQuery = url.searchParams.get(parameter);
  if (fromQuery !== null) return fromQuery;
  const segments = url.pathname.split('/').filter((segment) => segment !== '');
  const last = segments.at(-1) ?? '';
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/**
 * Checks the shared secret of a webhook request in constant time; rejects with an `auth` error when
 * it is missing or wrong, and also when no secret is configured (fail closed) unless
 * `allowUnauthenticatedWebhooks` is `true`.
 *
 * @example
 * ```ts
 * verifyWhatsgateWebhook(request, { webhookSecret: process.env.WHATSGATE_WEBHOOK_SECRET });
 * ```
 */
export function verifyWhatsgateWebhook(
  request: Request | URL | string,
  options: WhatsgateWebhookVerificationOptions,
): void {
  const secret = options.webhookSecret;
  if (secret === undefined || secret === '') {
    if (options.allowUnauthenticatedWebhooks === true) return;
    throw authError(
      'Whatsgate webhook rejected: no webhookSecret is configured (set one, or allowUnauthenticatedWebhooks: true)',
    );
  }
  const address = request instanceof Request ? request.url : request;
  const url = new URL(address, 'http://localhost');
  const received = receivedSecret(url, options.webhookSecretParameter ?? defaultWebhookSecretParameter);
  if (!constantTimeEqual(received, secret))
    throw authError('Whatsgate webhook rejected: the URL secret does not match');
}
