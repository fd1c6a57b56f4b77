export { controlPrefix } from './control-prefix.js';
export {
  createEmulatorRequest,
  EmulatorJsonError,
  type EmulatorRequest,
  type EmulatorRequestInit,
} from './emulator-request.js';
export {
  bytesResponse,
  type EmulatorResponse,
  emptyResponse,
  jsonResponse,
  textResponse,
} from './emulator-response.js';
export {
  type EmulatorServer,
  type EmulatorServerOptions,
  type EmulatorServerRequest,
  startEmulatorServer,
} from './emulator-server.js';
export {
  type EmulatorFault,
  type FaultCondition,
  FaultInjector,
  type FaultInjectorOptions,
} from './fault-injector.js';
export { FifoBuffer } from './fifo-buffer.js';
export { Counter, createRandom, hexId, IdentifierFactory, numericId } from './identifiers.js';
export { type FileMediaKind, MimeTypeTable } from './mime-type-table.js';
export {
  isMultipartForm,
  MultipartForm,
  MultipartFormError,
  type MultipartPart,
  parseMultipartForm,
} from './multipart-form.js';
export {
  NotificationQueue,
  type NotificationQueueOptions,
  type QueuedNotification,
} from './notification-queue.js';
export * from './qr-code-png.js';
export { TimerSet } from './timer-set.js';
export { tryDecodeUriComponent } from './try-decode-uri-component.js';
export {
  type WebhookDelivery,
  WebhookDispatcher,
  type WebhookDispatcherOptions,
  type WebhookTarget,
} from './webhook-dispatcher.js';
