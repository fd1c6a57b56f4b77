import { type Context, context, createContextKey } from '@opentelemetry/api';

/**
 * What a provider request made inside a traced operation inherits from it: the network and the contract
 * operation (the transport knows only the provider). It travels in the active OpenTelemetry context, so
 * it reaches the transport when the app registered a context manager (the Node SDK does).
 *
 * @example
 * ```ts
 * const scope: SendScope = { network: 'whatsapp', operation: 'sendText' };
 * ```
 */
export interface SendScope {
  readonly network: string;
  readonly operation: string;
}

const sendScopeKey = /* @__PURE__ */ createContextKey('switchboard.send-scope');

/** The context with `scope` set, for the operation's provider requests. */
export function withSendScope(parent: Context, scope: SendScope): Context {
  return parent.setValue(sendScopeKey, scope);
}

/** The scope of the operation running now, if any. */
export function activeSendScope(): SendScope | undefined {
  return context.active().getValue(sendScopeKey) as SendScope | undefined;
}
