import { type IdentifierFactory, MimeTypeTable } from '../shared/index.js';

/** A file held by the emulator and served at `GET {url}/media/{id}/{fileName}` (no auth). */
export interface SdkwaStoredMedia {
  id: string;
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
}

/** File-name ↔ MIME-type lookups of the SDKWA emulator (the common table, no overrides). */
export const sdkwaMimeTypes = new MimeTypeTable();

/**
 * In-memory file store of the emulator: uploads, incoming media, avatars; files can also be looked up by the
 * `idMessage` they belong to (for `downloadFile`).
 */
export class SdkwaMediaStore {
  readonly #files = new Map<string, SdkwaStoredMedia>();
  readonly #byMessage = new Map<string, string>();
  readonly #ids: IdentifierFactory;
  readonly #baseUrl: () => string;

  constructor(ids: IdentifierFactory, baseUrl: () => string) {
    this.#ids = ids;
    this.#baseUrl = baseUrl;
  }

  /** Stores a file (optionally linked to a message id) and returns it. */
  put(file: Omit<SdkwaStoredMedia, 'id'>, idMessage?: string): SdkwaStoredMedia {
    const stored: SdkwaStoredMedia = { ...file, id: this.#ids.hex(32).toLowerCase() };
    this.#files.set(stored.id, stored);
    if (idMessage !== undefined) this.#byMessage.set(idMessage, stored.id);
    return stored;
  }

  /** Links an already stored file to a message id. */
  link(idMessage: string, mediaId: string): void {
    this.#byMessage.set(idMessage, mediaId);
  }

  /** A file by id. */
  get(id: string): SdkwaStoredMedia | undefined {
    return this.#files.get(id);
  }

  /** The file attached to a message, if any. */
  forMessage(idMessage: string): SdkwaStoredMedia | undefined {
    const id = this.#byMessage.get(idMessage);
    return id === undefined ? undefined : this.#files.get(id);
  }

  /** The public URL of a stored file. */
  urlOf(media: SdkwaStoredMedia): string {
    return `${this.#baseUrl()}/media/${media.id}/${encodeURIComponent(media.fileName)}`;
  }
}
