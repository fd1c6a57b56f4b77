export { createWhatsgateMessage, type WhatsgateMessageInit } from './create-whatsgate-message.js';
export { isWhatsgateWebhookAcknowledged } from './is-whatsgate-webhook-acknowledged.js';
export {
  startWhatsgateEmulator,
  type WhatsgateEmulator,
  type WhatsgateEmulatorSessionSummary,
} from './start-whatsgate-emulator.js';
export type { WhatsgateChatInput } from './whatsgate-chat-book.js';
export type { WhatsgateEmulatorControl } from './whatsgate-emulator-control.js';
export type { WhatsgateEmulatorOptions, WhatsgateSessionSeed } from './whatsgate-emulator-options.js';
export { WhatsgateError, whatsgateErrorMessages } from './whatsgate-error.js';
export type { WhatsgateEventFilter } from './whatsgate-event-store.js';
export type { WhatsgateFields } from './whatsgate-fields.js';
export type {
  WhatsgateIncomingCommon,
  WhatsgateIncomingMediaInput,
  WhatsgateIncomingMediaKind,
  WhatsgateIncomingMessageInput,
} from './whatsgate-incoming-message.js';
export type { WhatsgatePage } from './whatsgate-page.js';
export type {
  WhatsgateAck,
  WhatsgateChat,
  WhatsgateErrorBody,
  WhatsgateEvent,
  WhatsgateEventAction,
  WhatsgateGroupMetadata,
  WhatsgateMediaFile,
  WhatsgateMessage,
  WhatsgateMessageType,
  WhatsgateParticipant,
  WhatsgateRecipient,
  WhatsgateSendRequest,
  WhatsgateSendType,
  WhatsgateSession,
  WhatsgateSessionStatus,
} from './whatsgate-payloads.js';
export type { WhatsgateProfile, WhatsgateSessionCreateInput } from './whatsgate-session-lifecycle.js';
export {
  type WhatsgateAuthType,
  type WhatsgateSentMessage,
  type WhatsgateStoredMedia,
  whatsgateStatusNames,
} from './whatsgate-session-record.js';
