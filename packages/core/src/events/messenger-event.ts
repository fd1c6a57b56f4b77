import type { SessionState } from '../templates/session-state.js';
import type { ChatReference, Sender } from './chat-reference.js';
import type { MessageContent } from './message-content.js';
import type { MessageStatus } from './message-status.js';

/**
 * What every event has. `id` is a stable deduplication key: a redelivered notification produces the
 * same `id`. `timestamp` is unix milliseconds. `raw` is the provider's payload, untouched.
 */
export interface EventBase {
  /** A stable key for deduplication (the same notification delivered twice has the same id). */
  id: string;
  /** The provider name, such as `'green-api'`. */
  provider: string;
  /** The network, such as `'whatsapp'`, `'telegram'` or `'max'`. */
  network: string;
  /** The instance or session the event belongs to. */
  instanceId: string;
  /** When it happened, unix milliseconds. */
  timestamp: number;
  /** The chat it happened in; for account-level events the account's own chat, or `{ id: '', type: 'unknown' }`. */
  chat: ChatReference;
  /** The provider's payload as it arrived. */
  raw: unknown;
}

/** A message as it appears in events and journals. */
export interface ReceivedMessage {
  /** The provider's message id (use it to reply, quote, mark read, download media). */
  id: string;
  /** Who sent it. */
  sender: Sender;
  /** What it carries. */
  content: MessageContent;
  /** The message this one replies to, when it is a reply. */
  replyTo?:
    | {
        /** The id of the quoted message. */
        messageId: string;
        /** The chat id of the quoted message's author, when the provider says. */
        senderId?: string | undefined;
        /** The quoted message's content, when the provider sends a copy of it. */
        content?: MessageContent | undefined;
      }
    | undefined;
  /** Whether it was forwarded. */
  isForwarded?: boolean | undefined;
}

/**
 * Every event Switchboard delivers, a discriminated union on `type` with noun-verb names:
 *
 * - `message-received`: someone wrote to the account.
 * - `message-sent`: the account sent a message (from the API or from another device), echoed back.
 * - `message-status-updated`: an outgoing message changed status (sent, delivered, read, failed…).
 * - `message-edited`, `message-deleted`: a message was changed or removed.
 * - `reaction-received`: someone reacted to a message (an empty `reaction` removes it).
 * - `call-received`: an incoming call changed state.
 * - `session-state-changed`: the account's state changed (authorized, logged out, blocked…).
 * - `session-connection-changed`: the account's connection to the messenger went online or offline
 *   (GREEN-API and SDKWA `statusInstanceChanged`); its authorization state is unchanged.
 * - `quota-exceeded`: the provider's plan quota is used up.
 * - `provider-error-reported`: the provider reported an error that names no message (Whatsgate's
 *   `error` event, such as an async send that failed); a failed message is `message-status-updated`.
 * - `unknown`: anything else; `raw` has it all. Parsing never throws and never drops a notification.
 */
export type MessengerEvent =
  | (EventBase & {
      /** Someone wrote to the account. */
      type: 'message-received';
      /** The message received. */
      message: ReceivedMessage;
    })
  | (EventBase & {
      /** The account sent a message, echoed back. */
      type: 'message-sent';
      /** The message sent; `sender` is the account itself. */
      message: ReceivedMessage;
      /** `api` when sent through the provider's API, `device` when sent from the phone or another device. */
      source: 'api' | 'device';
    })
  | (EventBase & {
      /** An outgoing message changed status. */
      type: 'message-status-updated';
      /** The id the send returned for the message. */
      messageId: string;
      /** Its new status. */
      status: MessageStatus;
      /** The provider's reason text for failures. */
      description?: string | undefined;
    })
  | (EventBase & {
      /** A message was edited. */
      type: 'message-edited';
      /** The id of the edited message. */
      messageId: string;
      /** Who edited it. */
      sender: Sender;
      /** The message's new content. */
      content: MessageContent;
    })
  | (EventBase & {
      /** A message was deleted for everyone. */
      type: 'message-deleted';
      /** The id of the deleted message. */
      messageId: string;
      /** Who deleted it. */
      sender: Sender;
    })
  | (EventBase & {
      /** Someone reacted to a message or removed a reaction. */
      type: 'reaction-received';
      /** The id of the message reacted to. */
      messageId: string;
      /** Who reacted. */
      sender: Sender;
      /** The emoji; an empty string removes the sender's reaction. */
      reaction: string;
    })
  | (EventBase & {
      /** An incoming call changed state. */
      type: 'call-received';
      /** The provider's id of the call, the same across its state changes. */
      callId: string;
      /** The caller's chat id. */
      from: string;
      /** The call's new state; `unknown` when the provider's word has no match. */
      status: 'offered' | 'accepted' | 'rejected' | 'ended' | 'missed' | 'unknown';
    })
  | (EventBase & {
      /** The account's authorization state changed. */
      type: 'session-state-changed';
      /** The new state in provider-neutral words. */
      state: SessionState;
      /** The provider's own name for the state (GREEN-API `stateInstance`), when it sends one. */
      providerState?: string | undefined;
    })
  | (EventBase & {
      /** The account's connection went online or offline. */
      type: 'session-connection-changed';
      /** `online` while the account is connected to the messenger, `offline` when the connection dropped. */
      connection: 'online' | 'offline';
    })
  | (EventBase & {
      /** The provider's plan quota is used up (GREEN-API `quotaExceeded`). */
      type: 'quota-exceeded';
      /** The provider method the quota counts, when it says (GREEN-API `quotaData.method`). */
      method?: string | undefined;
      /** How many calls were used, when the provider says. */
      used?: number | undefined;
      /** How many calls the plan allows, when the provider says. */
      total?: number | undefined;
      /** The provider's explanation, when it gives one. */
      description?: string | undefined;
    })
  | (EventBase & {
      /** The provider reported an error that names no message. */
      type: 'provider-error-reported';
      /** The provider's error code, when it gives one (Whatsgate `status_code`), with secrets redacted. */
      providerCode?: string | undefined;
      /** The provider's error text, when it gives one, with secrets redacted. */
      description?: string | undefined;
    })
  | (EventBase & {
      /** A notification the adapter does not recognise; `raw` has it all. */
      type: 'unknown';
      /** The provider's name for the notification, when it has one. */
      providerType?: string | undefined;
      /** Why it was not recognised (unknown type, or a payload that failed validation). */
      reason: string;
    });

/** The `type` of a {@link MessengerEvent}. */
export type MessengerEventType = MessengerEvent['type'];

/** Narrows the event union to one `type`. */
export type MessengerEventOf<Type extends MessengerEventType> = Extract<
  MessengerEvent,
  {
    /** The event type to keep. */
    type: Type;
  }
>;
