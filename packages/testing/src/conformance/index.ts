export * from './collect-error-text.js';
export * from './conformance-driver.js';
export * from './describe-messenger-conformance.js';
export * from './messenger-conformance-options.js';
export * from './receive-matching-event.js';
export * from './sample-operation-calls.js';
export * from './session-manager-conformance.js';
