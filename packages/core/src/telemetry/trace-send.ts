import { context, type Span, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { coreInstruments, coreTracer, telemetryIsOff } from './core-instruments.js';
import { describeErrorType } from './describe-error-type.js';
import { withSendScope } from './send-scope.js';
import { telemetryAttributes as names, telemetryNames } from './telemetry-names.js';

/** Who sends: the messenger's provider, network and instance (none of them a secret). */
export interface SenderIdentity {
  readonly provider: string;
  readonly network: string;
  readonly instanceId: string;
}

/**
 * Runs one send in a `switchboard.send` span and counts it in `switchboard.sends` by outcome; never the
 * recipient or the text. With no provider registered it only runs the send.
 */
export async function traceSend<Result>(
  sender: SenderIdentity,
  operation: string,
  input: unknown,
  run: () => Promise<Result>,
): Promise<Result> {
  if (telemetryIsOff()) return run();
  const messageType = messageTypeOf(input);
  const base = {
    [names.provider]: sender.provider,
    [names.network]: sender.network,
    [names.operation]: operation,
    [names.messageType]: messageType,
  };
  const span = coreTracer().startSpan(telemetryNames.sendSpan, {
    kind: SpanKind.INTERNAL,
    attributes: { ...base, [names.instanceId]: sender.instanceId },
  });
  try {
    const result = trace.isSpanContextValid(span.spanContext())
      ? await context.with(
          withSendScope(trace.setSpan(context.active(), span), { network: sender.network, operation }),
          run,
        )
      : await run();
    settle(span, base, undefined);
    return result;
  } catch (error) {
    settle(span, base, describeErrorType(error));
    throw error;
  }
}

function settle(span: Span, base: Record<string, string>, errorType: string | undefined): void {
  const outcome = errorType === undefined ? 'sent' : 'failed';
  const attributes =
    errorType === undefined
      ? { ...base, [names.outcome]: outcome }
      : { ...base, [names.outcome]: outcome, [names.errorType]: errorType };
  coreInstruments().sends.add(1, attributes);
  span.setAttribute(names.outcome, outcome);
  if (errorType !== undefined) {
    span.setAttribute(names.errorType, errorType);
    span.setStatus({ code: SpanStatusCode.ERROR, message: errorType });
  }
  span.end();
}

/** The message's `type` when it is one of the template's plain words, else `unknown`. */
function messageTypeOf(input: unknown): string {
  const type = (input as { message?: { type?: unknown } } | undefined)?.message?.type;
  return typeof type === 'string' && /^[a-z]{1,16}$/.test(type) ? type : 'unknown';
}
