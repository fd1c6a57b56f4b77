import { isMessengerError } from '../errors/messenger-error.js';
import { retryAfterHeader } from './retry-after-header.js';
import { webhookErrorResponse } from './webhook-error-response.js';

/**
 * The answer to a failed `parseWebhook`: 401 `auth`, 404 `unsupported`, 503 retryable, 400 other errors, 500
 * a non-`MessengerError`.
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
