import { MessengerError } from './messenger-error.js';

/**
 * Rejects an operation the provider or network cannot do. It names both, so the message reads
 * `green-api (max) does not support messages.edit`. Its `code` is `'unsupported'`.
 */
export class UnsupportedError extends MessengerError {
  /** The capability path of the operation, such as `'groups.create'`. */
  readonly operation: string;
  /** The network of the messenger that was asked, when known. */
  readonly network: string | undefined;

  constructor(provider: string, operation: string, network?: string) {
    const subject = network === undefined ? provider : `${provider} (${network})`;
    super(`${subject} does not support ${operation}`, {
      code: 'unsupported',
      provider,
      details: { operation, network },
    });
    this.name = 'UnsupportedError';
    this.operation = operation;
    this.network = network;
  }
}
