import type { ParsedWebhook } from '@switchboard/core';
import { Redactor, readWebhookBody } from '@switchboard/core/adapter';
import type { WhatsgateEventContext } from '../mappers/whatsgate-event-context.js';
import { whatsgateProvider } from '../whatsgate-provider.js';
import { parseWhatsgateWebhook } from './parse-whatsgate-webhook.js';
import {
  verifyWhatsgateWebhook,
  type WhatsgateWebhookVerificationOptions,
} from './verify-whatsgate-webhook.js';

/**
 * Options of {@link readWhatsgateWebhook}: the secret check, the event context and a body size limit.
 *
 * @example
 * ```ts
 * const options: WhatsgateWebhookOptions = { webhookSecret: process.env.WHATSGATE_WEBHOOK_SECRET, maximumBodyBytes: 262_144 };
 * ```
 */
export interface WhatsgateWebhookOptions extends WhatsgateWebhookVerificationOptions, WhatsgateEventContext {
  /**
   * Bodies larger than this reject with `invalid-request` (status 413), counted while the body streams;
   * default 1 MiB (events carry no file data).
   */
  maximumBodyBytes?: number | undefined;
  /** The most events one request may carry (an array body); default 100. */
  maximumEvents?: number | undefined;
}

const defaultMaximumBodyBytes = 1_048_576;

/**
 * Verifies a webhook request (the URL secret, constant-time, fail closed) and parses its body: the
 * whole webhook path without a client. Rejects with `auth` for a bad secret and `invalid-request` for a body
 * that is too large (counted while it streams) or not JSON. Events carry `instanceId`, never a session
 * the body names.
 *
 * @example
 * ```ts
 * import { readWhatsgateWebhook } from '@switchboard/whatsgate/webhook';
 *
 * export default {
 *   async fetch(request: Request) {
 *     const { events, respond } = await readWhatsgateWebhook(request, { webhookSecret: env.WHATSGATE_WEBHOOK_SECRET });
 *     for (const event of events) await queue.send(event);
 *     return respond();
 *   },
 * };
 * ```
 */
export async function readWhatsgateWebhook(
  request: Request,
  options: WhatsgateWebhookOptions,
): Promise<ParsedWebhook> {
  verifyWhatsgateWebhook(request, options);
  const body = await readWebhookBody(request, {
    provider: whatsgateProvider,
    label: 'Whatsgate',
    maximumBodyBytes: options.maximumBodyBytes ?? defaultMaximumBodyBytes,
  });
  const redactor = options.redactor ?? new Redactor([options.webhookSecret]);
  return parseWhatsgateWebhook(body, { ...options, redactor });
}
