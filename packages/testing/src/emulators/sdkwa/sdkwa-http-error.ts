import { type EmulatorResponse, jsonResponse } from '../shared/index.js';

const statusTexts: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
};

/**
 * Thrown by SDKWA handlers to answer with a ready-made error response; the router turns it into that response.
 */
export class SdkwaHttpError extends Error {
  readonly response: EmulatorResponse;

  constructor(response: EmulatorResponse) {
    super(`SDKWA error response ${response.status}`);
    this.name = 'SdkwaHttpError';
    this.response = response;
  }
}

/** A NestJS-style error body `{statusCode, message, error}` (the SDKWA server is NestJS, reference §3.8). */
export function nestErrorResponse(status: number, message: string): EmulatorResponse {
  return jsonResponse(status, { statusCode: status, message, error: statusTexts[status] ?? 'Error' });
}

/** The NestJS answer for an unknown route or a wrong verb: 404 `Cannot GET /path` [I]. */
export function routeNotFoundResponse(method: string, path: string): EmulatorResponse {
  return nestErrorResponse(404, `Cannot ${method} ${path}`);
}

/**
 * The documented validation failure body: HTTP 400
 * `{statusCode:400, timestamp, path:"/{idInstance}/{method}", message:"Validation failed. Details: …"}`.
 */
export function validationFailure(apiPath: string, details: string): SdkwaHttpError {
  return new SdkwaHttpError(
    jsonResponse(400, {
      statusCode: 400,
      timestamp: new Date().toISOString(),
      path: apiPath,
      message: `Validation failed. Details: ${details}`,
    }),
  );
}
