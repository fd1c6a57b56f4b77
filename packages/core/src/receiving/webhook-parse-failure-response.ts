import { isMessengerError } from '../errors/messenger-error.js';
import { retryAfterHeader } from './retry-after-header.js';
import { webhookErrorResponse } from './webhook-error-response.js';

/**
 * The answer to a request whose `parseWebhook` rejected: 401 for `auth` (without details), 400 with the
 * parser's message for `invalid-request` and other non-retryable errors, 404 for `unsupported` (the
 * messenger takes no webhooks), 503 for retryable ones, 500 for anything that is not a MessengerError
 * (a parser bug: the provider retries, nothing is lost).
 *
 * @example
 * ```ts
 * try { parsed = await messenger.inbox.parseWebhook(request); } catch (error) { return webhookParseFailureResponse(error, 5000); }
 * ```
 */
export function webhookParseFailureResponse(error: unknown, retryAfterMilliseconds: number): Response {
  if (!isMessengerError(error)) {
    return webhookErrorResponse(500, 'internal', 'The webhook could not be parsed');
  }
  switch (error.code) {
    case 'auth':
      return webhookErrorResponse(401, 'auth', 'Webhook verification failed');
    case 'unsupported':
      return webhookErrorResponse(404, 'not-found', 'This messenger does not receive webhooks');
    default:
      if (error.isRetryable) {
        return webhookErrorResponse(
          503,
          error.code,
          'Temporarily unavailable, retry later',
          retryAfterHeader(retryAfterMilliseconds),
        );
      }
      return webhookErrorResponse(400, error.code, truncate(error.message || 'Malformed webhook body', 500));
  }
}

function truncate(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length)}…`;
}
