import { type Context, context, createContextKey } from '@opentelemetry/api';

/**
 * What a provider request inherits from the traced operation around it (network, operation), through the
 * active context.
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
