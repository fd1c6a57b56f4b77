import { MessengerError } from '@switchboard/core';

/**
 * The `invalid-request` error that dead-letters a message whose messenger retries sends in its own transport: the
 * outbox paces and retries every attempt itself, and a transport retry would send outside its pacing.
 *
 * @example
 * throw retryingTransportError('1101000001', 'green-api');
 */
export function retryingTransportError(instanceId: string, provider: string): MessengerError {
  return new MessengerError(
    `The messenger of instance ${instanceId} retries sends in its transport, outside the outbox's pacing and retries: build it with retry: false`,
    { code: 'invalid-request', provider },
  );
}
