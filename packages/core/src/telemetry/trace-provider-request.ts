import { type Attributes, type Span, SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { isMessengerError } from '../errors/messenger-error.js';
import type { TransportCall } from '../transport/transport-call.js';
import { coreInstruments, coreTracer, telemetryIsOff } from './core-instruments.js';
import { describeErrorType } from './describe-error-type.js';
import { activeSendScope } from './send-scope.js';
import { telemetryAttributes as names } from './telemetry-names.js';
import { urlTemplate } from './url-template.js';

/**
 * Runs one provider request in a client span `{method} {url.template}` and records its duration in seconds;
 * never the URL, whose path holds the token. With no provider registered it only runs the request.
 */
export async function traceProviderRequest<Output>(
  call: TransportCall,
  run: () => Promise<Output>,
): Promise<Output> {
  if (telemetryIsOff()) return run();
  const startedAt = performance.now();
  const scope = activeSendScope();
  const method = call.request.method;
  const base: Attributes = { [names.provider]: call.context.provider, [names.httpMethod]: method };
  if (scope !== undefined) {
    base[names.network] = scope.network;
    base[names.operation] = scope.operation;
  }
  const span = coreTracer().startSpan(method, { kind: SpanKind.CLIENT, attributes: base });
  if (span.isRecording()) describeTarget(span, call);
  try {
    const output = await run();
    settle(span, base, startedAt, call.status, undefined);
    return output;
  } catch (error) {
    const status = isMessengerError(error) ? (error.status ?? call.status) : call.status;
    settle(span, base, startedAt, status, describeErrorType(error, call.request.signal));
    throw error;
  }
}

function describeTarget(span: Span, call: TransportCall): void {
  const url = call.url;
  if (url === undefined) return;
  const template = urlTemplate(url.pathname, call.context.redactor);
  span.updateName(`${call.request.method} ${template}`);
  span.setAttribute(names.urlTemplate, template);
  span.setAttribute(names.serverAddress, url.hostname);
  const port = url.port === '' ? (url.protocol === 'http:' ? 80 : 443) : Number(url.port);
  span.setAttribute(names.serverPort, port);
}

function settle(
  span: Span,
  base: Attributes,
  startedAt: number,
  status: number | undefined,
  errorType: string | undefined,
): void {
  const outcome = errorType === undefined ? 'succeeded' : 'failed';
  const attributes: Attributes = { ...base, [names.outcome]: outcome };
  if (status !== undefined) attributes[names.httpStatus] = status;
  if (errorType !== undefined) attributes[names.errorType] = errorType;
  coreInstruments().requestDuration.record((performance.now() - startedAt) / 1000, attributes);
  span.setAttributes(attributes);
  if (errorType !== undefined) span.setStatus({ code: SpanStatusCode.ERROR, message: errorType });
  span.end();
}
