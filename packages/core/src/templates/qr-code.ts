/**
 * What `session.getQrCode()` returns: either a code to scan, or the news that the account is
 * already authorized. A pending code carries at least one of: a base64 PNG image, the raw text the
 * QR encodes (render it in a terminal), or a link to a page that shows it.
 *
 * @example
 * ```ts
 * const qr = await messenger.session.getQrCode();
 * if (qr.status === 'pending' && qr.imageBase64) await writeFile('qr.png', base64ToBytes(qr.imageBase64));
 * ```
 */
export type QrCode =
  | {
      /** The account waits to be linked: scan the code. */
      status: 'pending';
      /** A PNG image of the code, base64 without a `data:` prefix. */
      imageBase64?: string;
      /** The text the code encodes, when the provider gives it. */
      value?: string;
      /** A web page that shows the code, when the provider has one. */
      link?: string;
    }
  | {
      /** The account is already linked; there is no code to scan. */
      status: 'authorized';
    };

/**
 * What `session.requestCode` returns: the code was sent, and when the next request is allowed.
 *
 * @example
 * ```ts
 * const request = await messenger.session.requestCode({ phone: '79001234567', channel: 'sms' });
 * const nextRequestAt = Date.now() + (request.retryAfterMilliseconds ?? 0); // when a new code may be requested
 * ```
 */
export interface CodeRequest {
  /** How the code was delivered. */
  channel: CodeChannel;
  /** Milliseconds until another code may be requested over the same channel, when known. */
  retryAfterMilliseconds?: number | undefined;
  /** Milliseconds until a code may be requested per channel, when the provider reports both. */
  waitMilliseconds?: Partial<Record<CodeChannel, number>> | undefined;
  /** How many digits the code has, when known. */
  length?: number | undefined;
}

/**
 * How a confirmation code reaches the user: a text message, a voice call, or the messenger app
 * itself (Telegram sends login codes to its service chat).
 *
 * @example
 * ```ts
 * const channel: CodeChannel = 'voice';
 * ```
 */
export type CodeChannel = 'sms' | 'voice' | 'app';
