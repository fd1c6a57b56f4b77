import type { JsonObject } from './green-api-types.js';

/**
 * One journal entry (reference §2.4): common fields plus flattened content.
 *
 * @example
 * const entry: GreenApiJournalEntry = { type: 'incoming', idMessage: 'A1', timestamp: 1, typeMessage: 'textMessage', chatId: '1@c.us' };
 */
export interface GreenApiJournalEntry {
  /** Whether the instance received or sent it. */
  type: 'incoming' | 'outgoing';
  /** The message id. */
  idMessage: string;
  /** Unix seconds. */
  timestamp: number;
  /** GREEN-API's message type (`textMessage`, `imageMessage`, …). */
  typeMessage: string;
  /** The chat it belongs to. */
  chatId: string;
  [field: string]: unknown;
}

/**
 * The per-instance message history behind getChatHistory, getMessage, lastIncoming/OutgoingMessages and getChats.
 */
export class MessageJournal {
  readonly #entries: GreenApiJournalEntry[] = [];
  readonly #byId = new Map<string, GreenApiJournalEntry>();

  /** Appends an entry (newer entries come later). */
  add(entry: GreenApiJournalEntry): GreenApiJournalEntry {
    this.#entries.push(entry);
    this.#byId.set(entry.idMessage, entry);
    return entry;
  }

  /** An entry by message id. */
  get(idMessage: string): GreenApiJournalEntry | undefined {
    return this.#byId.get(idMessage);
  }

  /** Merges fields into an existing entry; `false` when the id is unknown. */
  update(idMessage: string, patch: JsonObject): boolean {
    const entry = this.#byId.get(idMessage);
    if (entry === undefined) return false;
    Object.assign(entry, patch);
    return true;
  }

  /** The newest `count` entries of a chat, newest first. */
  history(chatId: string, count: number): GreenApiJournalEntry[] {
    const result: GreenApiJournalEntry[] = [];
    for (let index = this.#entries.length - 1; index >= 0 && result.length < count; index -= 1) {
      const entry = this.#entries[index];
      if (entry?.chatId === chatId) result.push(entry);
    }
    return result;
  }

  /** Entries of one direction from the last `minutes`, newest first. */
  last(type: 'incoming' | 'outgoing', minutes: number): GreenApiJournalEntry[] {
    const since = Math.floor(Date.now() / 1000) - minutes * 60;
    const result: GreenApiJournalEntry[] = [];
    for (let index = this.#entries.length - 1; index >= 0; index -= 1) {
      const entry = this.#entries[index];
      if (entry !== undefined && entry.type === type && entry.timestamp >= since) result.push(entry);
    }
    return result;
  }

  /** Chat ids with their newest entry, most recently active first. */
  chats(): Map<string, GreenApiJournalEntry> {
    const chats = new Map<string, GreenApiJournalEntry>();
    for (let index = this.#entries.length - 1; index >= 0; index -= 1) {
      const entry = this.#entries[index];
      if (entry !== undefined && !chats.has(entry.chatId)) chats.set(entry.chatId, entry);
    }
    return chats;
  }
}
