import { WhatsgateChatBook } from './whatsgate-chat-book.js';
import type { WhatsgateFields } from './whatsgate-fields.js';
import type { WhatsgateMessage, WhatsgateSession, WhatsgateSessionStatus } from './whatsgate-payloads.js';

/**
 * `status_name` of each status (§2.7).
 *
 * @example
 * whatsgateStatusNames.READY; // 'Working'
 */
export const whatsgateStatusNames: Readonly<Record<WhatsgateSessionStatus, string>> = {
  PENDING: 'Initialization',
  AUTH: 'Authorization',
  READY: 'Working',
  DESTROYING: 'Deleting',
};

/**
 * A media file held by the emulator (incoming media and uploads), fetchable by media key or message id.
 *
 * @example
 * const media: WhatsgateStoredMedia = { mimetype: 'image/png', filename: 'a.png', bytes: new Uint8Array([1]) };
 */
export interface WhatsgateStoredMedia {
  /** The MIME type served with it. */
  mimetype: string;
  /** The file name served with it. */
  filename: string;
  /** The file's contents. */
  bytes: Uint8Array;
}

/**
 * One `send` call as the emulator decoded it.
 *
 * @example
 * const [first] = emulator.control.sentMessages(whatsappId);
 * first?.message.to; // '79991112233@c.us'
 */
export interface WhatsgateSentMessage {
  /** The sending session's `unique_id`. */
  whatsappId: string;
  /** Whether the request asked for an async send. */
  async: boolean;
  /** Recipient JID resolved from `recipient`. */
  chatId: string;
  /** The request body as received. */
  request: WhatsgateFields;
  /** The message object (its ack as of sending). */
  message: WhatsgateMessage;
  /** Long id of the quoted message, for replies. */
  quote?: string;
  /** The decoded attachment. */
  media?: WhatsgateStoredMedia;
}

/**
 * How a session authorizes: QR code (default) or pairing code.
 *
 * @example
 * const authType: WhatsgateAuthType = 'CODE';
 */
export type WhatsgateAuthType = 'QR' | 'CODE';

/** The emulator's state of one session. */
export class WhatsgateSessionRecord {
  readonly rowId: number;
  readonly whatsappId: string;
  readonly dateAdd: string;
  name: string;
  status: WhatsgateSessionStatus = 'PENDING';
  callback: string | null = null;
  authType: WhatsgateAuthType = 'QR';
  pairingCode: string | undefined;
  /** Number given for pairing-code auth. */
  pairingNumber: string | undefined;
  pushname: string | null = null;
  /** The account's phone number once authorized. */
  number: string | null = null;
  readonly chats = new WhatsgateChatBook();
  /** Messages by long id, current ack. */
  readonly messages = new Map<string, WhatsgateMessage>();
  /** Media by media key. */
  readonly media = new Map<string, WhatsgateStoredMedia>();
  readonly sent: WhatsgateSentMessage[] = [];
  /** Chats passed to `seen`, in call order. */
  readonly seenChats: string[] = [];
  /** Chat JID → end of the typing indicator (milliseconds). */
  readonly typingUntil = new Map<string, number>();

  constructor(init: { rowId: number; whatsappId: string; name: string; dateAdd: string }) {
    this.rowId = init.rowId;
    this.whatsappId = init.whatsappId;
    this.name = init.name;
    this.dateAdd = init.dateAdd;
  }

  /** The session's own JID once authorized. */
  get wid(): string | null {
    return this.number === null ? null : `${this.number}@c.us`;
  }

  /**
   * The text the QR code encodes while the session waits for a QR scan (AUTH), else `null`: a whatsapp-web.js style
   * `ref,publicKey,identityKey,advSecret` payload, stable per session [I: the docs only show `qr: null` while PENDING].
   */
  get qrValue(): string | null {
    if (this.status !== 'AUTH' || this.authType !== 'QR') return null;
    return `2@${this.whatsappId},ZW11bGF0b3Itbm9pc2Uta2V5,ZW11bGF0b3ItaWRlbnRpdHk=,ZW11bGF0b3ItYWR2`;
  }

  /** The session object of the API; `qr_link` points at the emulator's QR page until the session is READY. */
  toWire(baseUrl: string): WhatsgateSession {
    const session: WhatsgateSession = {
      id: this.rowId,
      name: this.name,
      unique_id: this.whatsappId,
      status: this.status,
      callback: this.callback,
      date_add: this.dateAdd,
      qr: this.qrValue,
      status_name: whatsgateStatusNames[this.status],
      pushname: this.pushname,
      wid: this.wid,
      qr_link: this.status === 'READY' ? '' : `${baseUrl}/qr/${this.whatsappId}`,
    };
    if (this.authType === 'CODE' && this.pairingCode !== undefined) session.code = this.pairingCode;
    return session;
  }
}
