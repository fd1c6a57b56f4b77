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

  /**
   * Wraps a transport whose base URL ends in `/api/v1`. Prefer `createWhatsgateAccount(…).raw`.
   *
   * @example
   * ```ts
   * const client = new WhatsgateClient(transport).forSession('6345454545454');
   * ```
   */
  constructor(transport: HttpTransport, whatsappId?: string) {
    this.#context = { transport, whatsappId };
  }

  /**
   * The session this client is bound to, if any.
   *
   * @example
   * ```ts
   * account.raw.forSession('6345454545454').whatsappId; // '6345454545454'
   * ```
   */
  get whatsappId(): string | undefined {
    return this.#context.whatsappId;
  }

  /**
   * A client for one session, sharing this client's transport.
   *
   * @example
   * ```ts
   * const session = account.raw.forSession('6345454545454');
   * ```
   */
  forSession(whatsappId: string): WhatsgateClient {
    return new WhatsgateClient(this.#context.transport, whatsappId);
  }

  /**
   * `send`: text, quoted reply or base64 file; sync answers the message, async answers `"OK"`.
   *
   * @example
   * ```ts
   * await client.send({ async: true, recipient: { number: '79991112233' }, message: { type: 'text', body: 'Hello' } });
   * ```
   */
  send(body: WhatsgateSendRequest, options?: WhatsgateCallOptions): Promise<WhatsgateSendResponse> {
    return sendMessage(this.#context, body, options);
  }

  /**
   * `seen`: marks the latest messages of a chat as read.
   *
   * @example
   * ```ts
   * await client.seen({ recipient: { id: '79999999999@c.us' } });
   * ```
   */
  seen(body: WhatsgateChatRequest, options?: WhatsgateCallOptions): Promise<WhatsgateOkResponse> {
    return markChatSeen(this.#context, body, options);
  }

  /**
   * `typing`: shows "typing…" in a chat for 15 seconds.
   *
   * @example
   * ```ts
   * await client.typing({ recipient: { number: '79999999999' } });
   * ```
   */
  typing(body: WhatsgateChatRequest, options?: WhatsgateCallOptions): Promise<WhatsgateOkResponse> {
    return showTyping(this.#context, body, options);
  }

  /**
   * `get-chats`: active chats (contacts and groups with metadata).
   *
   * @example
   * ```ts
   * const groups = (await client.getChats()).data.filter((chat) => chat.isGroup);
   * ```
   */
  getChats(
    body: { WhatsappID?: string } = {},
    options?: WhatsgateCallOptions,
  ): Promise<WhatsgateChatsResponse> {
    return getChats(this.#context, body, options);
  }

  /**
   * `check`: whether a number is on WhatsApp (`data: true`).
   *
   * @example
   * ```ts
   * const { data } = await client.check({ number: '79999999999' });
   * ```
   */
  check(
    body: { WhatsappID?: string; number: string },
    options?: WhatsgateCallOptions,
  ): Promise<WhatsgateCheckResponse> {
    return checkNumber(this.#context, body, options);
  }

  /**
   * `get-media` (deprecated by Whatsgate): a received file by media key.
   *
   * @example
   * ```ts
   * const { media } = await client.getMedia({ mediaKey });
   * ```
   */
  getMedia(
    body: { WhatsappID?: string; mediaKey: string },
    options?: WhatsgateCallOptions,
  ): Promise<WhatsgateMediaResponse> {
    return getMediaByKey(this.#context, body, options);
  }

  /**
   * `get-messagemedia`: the file of a message by its long id.
   *
   * @example
   * ```ts
   * const { media } = await client.getMessageMedia({ MessageID: 'false_79999999999@c.us_17AC61BFA5A561B7EE42F98810EDFFC4' });
   * ```
   */
  getMessageMedia(
    body: { WhatsappID?: string; MessageID: string },
    options?: WhatsgateCallOptions,
  ): Promise<WhatsgateMediaResponse> {
    return getMessageMedia(this.#context, body, options);
  }

  /**
   * `events-get`: one page of stored events (bound clients filter by their session).
   *
   * @example
   * ```ts
   * const { data: events } = await client.getEvents({ action: 'message', page_cnt: 100 });
   * ```
   */
  getEvents(body?: WhatsgateEventsRequest, options?: WhatsgateCallOptions): Promise<WhatsgateEventsResponse> {
    return getEvents(this.#context, body, options);
  }

  /**
   * `session-create`: a new session (QR, or pairing code with `auth_type: 'CODE'` and `number`).
   *
   * @example
   * ```ts
   * const { data: session } = await client.createSession({ name: 'Shop' });
   * ```
   */
  createSession(
    body: WhatsgateSessionCreateRequest,
    options?: WhatsgateCallOptions,
  ): Promise<WhatsgateSessionResponse> {
    return createSession(this.#context, body, options);
  }

  /**
   * `session-delete`: logs the session out and deletes it.
   *
   * @example
   * ```ts
   * await client.deleteSession({ WhatsappID: '6345454545454' });
   * ```
   */
  deleteSession(
    body: { WhatsappID?: string } = {},
    options?: WhatsgateCallOptions,
  ): Promise<WhatsgateSessionResponse> {
    return deleteSession(this.#context, body, options);
  }

  /**
   * `sessions-get`: one page of sessions, filtered by `WhatsappID`, `name`, `status`.
   *
   * @example
   * ```ts
   * const { data, pages } = await client.getSessions({ status: 'READY', page_cnt: 100, page: 1 });
   * ```
   */
  getSessions(
    body: WhatsgateSessionsRequest = {},
    options?: WhatsgateCallOptions,
  ): Promise<WhatsgateSessionsResponse> {
    return getSessions(this.#context, body, options);
  }

  /**
   * `set-name`: renames a session.
   *
   * @example
   * ```ts
   * await client.setName({ name: 'Nabi' });
   * ```
   */
  setName(
    body: { WhatsappID?: string; name: string },
    options?: WhatsgateCallOptions,
  ): Promise<WhatsgateSessionResponse> {
    return setSessionName(this.#context, body, options);
  }

  /**
   * `set-hook`: sets (or with `''` removes) the session's webhook URL.
   *
   * @example
   * ```ts
   * await client.setHook({ callback: 'https://example.com/hooks/whatsgate?secret=s3cr3t' });
   * ```
   */
  setHook(
    body: { WhatsappID?: string; callback: string },
    options?: WhatsgateCallOptions,
  ): Promise<WhatsgateOkResponse> {
    return setSessionHook(this.#context, body, options);
  }
}
