export { buildRequestUrl } from './build-request-url.js';
export { createHttpTransport } from './create-http-transport.js';
export { extractProviderErrorText } from './extract-provider-error-text.js';
export { findNetworkErrorCode } from './find-network-error-code.js';
export type { HttpLogEntry } from './http-log-entry.js';
export type {
  HttpHost,
  HttpMethod,
  HttpRequest,
  HttpResponseType,
  HttpSearchParams,
} from './http-request.js';
export type {
  HttpErrorDetectorInput,
  HttpRetryOptions,
  HttpTransport,
  HttpTransportOptions,
} from './http-transport.js';
export { isIdempotentMethod } from './is-idempotent-method.js';
export { isNeverSentError, neverSentErrorCodes } from './is-never-sent-error.js';
export { type HttpFailure, mapHttpError } from './map-http-error.js';
export { parseRetryAfter } from './parse-retry-after.js';
export { ResponseTooLargeError } from './response-too-large-error.js';
export { sanitizeError } from './sanitize-error.js';
