import { type EmulatorResponse, jsonResponse, textResponse } from '../shared/index.js';

/** An error answer thrown by route code and turned into an HTTP response by the router. */
export class GreenApiHttpError extends Error {
  readonly status: number;
  /** A body to send as-is instead of the standard 400 JSON object. */
  readonly response: EmulatorResponse | undefined;

  constructor(status: number, message: string, response?: EmulatorResponse) {
    super(message);
    this.name = 'GreenApiHttpError';
    this.status = status;
    this.response = response;
  }

  /** A Joi-style validation failure: `Validation failed. Details: <detail>`. */
  static validation(detail: string): GreenApiHttpError {
    return new GreenApiHttpError(400, `Validation failed. Details: ${detail}`);
  }

  /** A 400 with a plain message (e.g. `instance account not authorized`). */
  static badRequest(message: string): GreenApiHttpError {
    return new GreenApiHttpError(400, message);
  }

  /**
   * The response for this error; `path` goes into the standard JSON body
   * `{statusCode, timestamp, path, message}` [I].
   */
  toResponse(path: string): EmulatorResponse {
    if (this.response !== undefined) return this.response;
    return jsonResponse(this.status, {
      statusCode: this.status,
      timestamp: new Date().toISOString(),
      path,
      message: this.message,
    });
  }
}

/** Plain-text status answers of the gateway (401 `Unauthorized`, 403 `Forbidden`, 404 `Not Found`, 429). */
export function gatewayResponse(status: 401 | 403 | 404 | 429 | 500): EmulatorResponse {
  const texts = {
    401: 'Unauthorized',
    403: 'Forbidden',
    404: 'Not Found',
    429: 'Too Many Requests',
    500: 'Internal Server Error',
  } as const;
  return textResponse(status, texts[status]);
}
