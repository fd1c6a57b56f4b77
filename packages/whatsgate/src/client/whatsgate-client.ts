import type { HttpTransport } from '@switchboard/core/adapter';
import { checkNumber, getChats } from './chat-methods.js';
import { getMediaByKey, getMessageMedia } from './media-methods.js';
import { getEvents } from './receiving-methods.js';
import type {
  WhatsgateChatsResponse,
  WhatsgateCheckResponse,
  WhatsgateEventsResponse,
  WhatsgateMediaResponse,
  WhatsgateOkResponse,
  WhatsgateSendResponse,
  WhatsgateSessionResponse,
  WhatsgateSessionsResponse,
} from './schemas/whatsgate-response-schemas.js';
import { markChatSeen, sendMessage, showTyping } from './sending-methods.js';
import {
  createSession,
  deleteSession,
  getSessions,
  setSessionHook,
  setSessionName,
} from './session-methods.js';
import type { WhatsgateCallOptions, WhatsgateClientContext } from './whatsgate-client-context.js';
import type {
  WhatsgateChatRequest,
  WhatsgateEventsRequest,
  WhatsgateSendRequest,
  WhatsgateSessionCreateRequest,
  WhatsgateSessionsRequest,
} from './whatsgate-request-types.js';

/**
 * The typed raw Whatsgate API v1 client (`messenger.raw`): one method per command, provider-shaped
 * bodies in, loosely validated provider answers out. Every command is `POST {baseUrl}/<command>`
 * with `X-Api-Key`. A client bound to a session (`messenger.raw`, `client.forSession(id)`) fills
 * `WhatsappID` in itself; errors are `MessengerError`s with the key redacted.
 *
 * @example
 * ```ts
 * const messenger = createWhatsgateMessenger({ apiKey, whatsappId: '6345454545454' });
 * const { data: chats } = await messenger.raw.getChats();
 * const { result } = await messenger.raw.send({ async: false, recipient: { number: '79991112233' }, message: { body: 'Hi' } });
 * ```
 */
export class WhatsgateClient {
  readonly #context: WhatsgateClientContext;

  /** Wraps a transport whose base URL ends in `/api/v1`. Prefer `createWhatsgateAccount(…).raw`. */
  constructor(transport: HttpTransport, whatsappId?: string) {
    this.#context = { transport, whatsappId };
  }

  /** The session this client is bound to, if any. */
  get whatsappId(): string | undefined {
    return this.#context.whatsappId;
  }

  /** Whether its transport retries a send by itself (`false` when built with `retry: false`). */
  get retriesSends(): boolean | undefined {
    return this.#context.transport.retriesSends;
  }

  /** A client for one session, sharing this client's transport. */
  forSession(whatsappId: string): WhatsgateClient {
    return new WhatsgateClient(this.#context.transport, whatsappId);
  }

  /** `send`: text, quoted reply or base64 file; sync answers the message, async answers `"OK"`. */
  send(body: WhatsgateSendRequest, options?: WhatsgateCallOptions): Promise<WhatsgateSendResponse> {
    return sendMessage(this.#context, body, options);
  }

  /** `seen`: marks the latest messages of a chat as read. */
  seen(body: WhatsgateChatRequest, options?: WhatsgateCallOptions): Promise<WhatsgateOkResponse> {
    return markChatSeen(this.#context, body, options);
  }

  /** `typing`: shows "typing…" in a chat for 15 seconds. */
  typing(body: WhatsgateChatRequest, options?: WhatsgateCallOptions): Promise<WhatsgateOkResponse> {
    return showTyping(this.#context, body, options);
  }

  /** `get-chats`: active chats (contacts and groups with metadata). */
  getChats(
    body: { WhatsappID?: string } = {},
    options?: WhatsgateCallOptions,
  ): Promise<WhatsgateChatsResponse> {
    return getChats(this.#context, body, options);
  }

  /** `check`: whether a number is on WhatsApp (`data: true`). */
  check(
    body: { WhatsappID?: string; number: string },
    options?: WhatsgateCallOptions,
  ): Promise<WhatsgateCheckResponse> {
    return checkNumber(this.#context, body, options);
  }

  /** `get-media` (deprecated by Whatsgate): a received file by media key. */
  getMedia(
    body: { WhatsappID?: string; mediaKey: string },
    options?: WhatsgateCallOptions,
  ): Promise<WhatsgateMediaResponse> {
    return getMediaByKey(this.#context, body, options);
  }

  /** `get-messagemedia`: the file of a message by its long id. */
  getMessageMedia(
    body: { WhatsappID?: string; MessageID: string },
    options?: WhatsgateCallOptions,
  ): Promise<WhatsgateMediaResponse> {
    return getMessageMedia(this.#context, body, options);
  }

  /** `events-get`: one page of stored events (bound clients filter by their session). */
  getEvents(body?: WhatsgateEventsRequest, options?: WhatsgateCallOptions): Promise<WhatsgateEventsResponse> {
    return getEvents(this.#context, body, options);
  }

  /** `session-create`: a new session (QR, or pairing code with `auth_type: 'CODE'` and `number`). */
  createSession(
    body: WhatsgateSessionCreateRequest,
    options?: WhatsgateCallOptions,
  ): Promise<WhatsgateSessionResponse> {
    return createSession(this.#context, body, options);
  }

  /** `session-delete`: logs the session out and deletes it. */
  deleteSession(
    body: { WhatsappID?: string } = {},
    options?: WhatsgateCallOptions,
  ): Promise<WhatsgateSessionResponse> {
    return deleteSession(this.#context, body, options);
  }

  /** `sessions-get`: one page of sessions, filtered by `WhatsappID`, `name`, `status`. */
  getSessions(
    body: WhatsgateSessionsRequest = {},
    options?: WhatsgateCallOptions,
  ): Promise<WhatsgateSessionsResponse> {
    return getSessions(this.#context, body, options);
  }

  /** `set-name`: renames a session. */
  setName(
    body: { WhatsappID?: string; name: string },
    options?: WhatsgateCallOptions,
  ): Promise<WhatsgateSessionResponse> {
    return setSessionName(this.#context, body, options);
  }

  /** `set-hook`: sets (or with `''` removes) the session's webhook URL. */
  setHook(
    body: { WhatsappID?: string; callback: string },
    options?: WhatsgateCallOptions,
  ): Promise<WhatsgateOkResponse> {
    return setSessionHook(this.#context, body, options);
  }
}
