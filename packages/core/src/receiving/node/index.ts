/**
 * Node-only receiving helpers, re-exported from `@switchboard/core/node`.
 *
 * @packageDocumentation
 */
export * from './create-node-webhook-listener.js';
