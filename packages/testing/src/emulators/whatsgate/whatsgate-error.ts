import { type EmulatorResponse, jsonResponse } from '../shared/emulator-response.js';
import type { WhatsgateErrorBody } from './whatsgate-payloads.js';

const statusNames: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  500: 'Internal Server Error',
};

/**
 * An API failure the emulator answers with a Yii2-shaped body `{name, message, code, status}`.
 *
 * @example
 * throw new WhatsgateError(500, 'WhatsApp session not found');
 */
export class WhatsgateError extends Error {
  /** The HTTP status of the answer. */
  readonly status: number;
  /** Extra response headers (`Retry-After`, …). */
  readonly headers: Record<string, string>;

  /**
   * @example
   * new WhatsgateError(405, 'Method Not Allowed. This URL can only handle the following request methods: POST.', { allow: 'POST' });
   */
  constructor(status: number, message: string, headers: Record<string, string> = {}) {
    super(message);
    this.name = statusNames[status] ?? 'Error';
    this.status = status;
    this.headers = headers;
  }

  /**
   * The Yii2 error body.
   *
   * @example
   * new WhatsgateError(500, 'x').toBody(); // { name: 'Internal Server Error', message: 'x', code: 0, status: 500 }
   */
  toBody(): WhatsgateErrorBody {
    return { name: this.name, message: this.message, code: 0, status: this.status };
  }

  /**
   * The HTTP answer.
   *
   * @example
   * return error.toResponse();
   */
  toResponse(): EmulatorResponse {
    return jsonResponse(this.status, this.toBody(), this.headers);
  }
}

/**
 * The texts of the emulator's errors, so adapters and tests can match them.
 *
 * @example
 * expect(body.message).toBe(whatsgateErrorMessages.unauthorized);
 */
export const whatsgateErrorMessages = {
  /** Yii2 HttpHeaderAuth text [V: swagger]. */
  unauthorized: 'Your request was made with invalid credentials.',
  /** Yii2 VerbFilter text. */
  methodNotAllowed: 'Method Not Allowed. This URL can only handle the following request methods: POST.',
  /** Yii2 UrlManager text for an unknown route. */
  notFound: 'Page not found.',
  /** Yii2 JsonParser text. */
  invalidJson: 'Invalid JSON data in request body: Syntax error.',
  /** When `WhatsappID` names no session of the account. */
  sessionNotFound: 'WhatsApp session not found',
  /** When the session is not `READY` for a message command. */
  sessionNotReady: 'WhatsApp session is not ready',
  /** When `session-create` exceeds the plan's sessions. */
  sessionLimit: 'The session limit of your plan is reached',
  /** whatsapp-web.js / Puppeteer text seen for numbers that are not on WhatsApp [V: W8]. */
  notOnWhatsapp: "Evaluation failed: TypeError: Cannot read properties of undefined (reading 'serialize')",
  /** When `get-media` knows no such media key. */
  mediaNotFound: 'Media not found',
  /** When `get-messagemedia` knows no such message id. */
  messageNotFound: 'Message not found',
  /** When `get-messagemedia` names a message without media. */
  messageHasNoMedia: 'Message has no media',
} as const;

/** A 500 error for a missing or invalid request field. */
export function missingFieldError(field: string): WhatsgateError {
  return new WhatsgateError(500, `Missing required parameter: ${field}`);
}

/** A 500 error for a field with a wrong value. */
export function invalidFieldError(field: string, reason: string): WhatsgateError {
  return new WhatsgateError(500, `Invalid parameter ${field}: ${reason}`);
}
