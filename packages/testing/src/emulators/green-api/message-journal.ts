import type { JsonObject } from './green-api-types.js';

/**
 * One journal entry (reference §2.4): common fields plus flattened content.
 *
 * @example
 * const entry: GreenApiJournalEntry = { type: 'incoming', idMessage: 'A1', timestamp: 1, typeMessage: 'textMessage', chatId: '1@c.us' };
 */
export interface GreenApiJournalEntry {
  type: 'incoming' | 'outgoing';
  idMessage: string;
  timestamp: number;
  typeMessage: string;
  chatId: string;
  [field: string]: unknown;
}

/**
 * The per-instance message history behind getChatHistory, getMessage, lastIncoming/OutgoingMessages and getChats.
 *
 * @example
 * const journal = new MessageJournal();
 * journal.add({ type: 'outgoing', idMessage: 'A', timestamp: 1, typeMessage: 'textMessage', chatId: 'c' });
 * journal.history('c', 10);
 */
export class MessageJournal {
  readonly #entries: GreenApiJournalEntry[] = [];
  readonly #byId = new Map<string, GreenApiJournalEntry>();

  /**
   * Appends an entry (newer entries come later).
   *
   * @example
   * journal.add(entry);
   */
  add(entry: GreenApiJournalEntry): GreenApiJournalEntry {
    this.#entries.push(entry);
    this.#byId.set(entry.idMessage, entry);
    return entry;
  }

  /**
   * An entry by message id.
   *
   * @example
   * journal.get('BAE5…');
   */
  get(idMessage: string): GreenApiJournalEntry | undefined {
    return this.#byId.get(idMessage);
  }

  /**
   * Merges fields into an existing entry; `false` when the id is unknown.
   *
   * @example
   * journal.update('BAE5…', { statusMessage: 'read' });
   */
  update(idMessage: string, patch: JsonObject): boolean {
    const entry = this.#byId.get(idMessage);
    if (entry === undefined) return false;
    Object.assign(entry, patch);
    return true;
  }

  /**
   * The newest `count` entries of a chat, newest first.
   *
   * @example
   * journal.history('79001234567@c.us', 100);
   */
  history(chatId: string, count: number): GreenApiJournalEntry[] {
    const result: GreenApiJournalEntry[] = [];
    for (let index = this.#entries.length - 1; index >= 0 && result.length < count; index -= 1) {
      const entry = this.#entries[index];
      if (entry?.chatId === chatId) result.push(entry);
    }
    return result;
  }

  /**
   * Entries of one direction from the last `minutes`, newest first.
   *
   * @example
   * journal.last('incoming', 1440);
   */
  last(type: 'incoming' | 'outgoing', minutes: number): GreenApiJournalEntry[] {
    const since = Math.floor(Date.now() / 1000) - minutes * 60;
    const result: GreenApiJournalEntry[] = [];
    for (let index = this.#entries.length - 1; index >= 0; index -= 1) {
      const entry = this.#entries[index];
      if (entry !== undefined && entry.type === type && entry.timestamp >= since) result.push(entry);
    }
    return result;
  }

  /**
   * Chat ids with their newest entry, most recently active first.
   *
   * @example
   * for (const [chatId, entry] of journal.chats()) console.info(chatId, entry.timestamp);
   */
  chats(): Map<string, GreenApiJournalEntry> {
    const chats = new Map<string, GreenApiJournalEntry>();
    for (let index = this.#entries.length - 1; index >= 0; index -= 1) {
      const entry = this.#entries[index];
      if (entry !== undefined && !chats.has(entry.chatId)) chats.set(entry.chatId, entry);
    }
    return chats;
  }
}
