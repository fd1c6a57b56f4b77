import { type IdentifierFactory, MimeTypeTable } from '../shared/index.js';

/**
 * A file held by the emulator and served at `GET {url}/media/{id}/{fileName}` (no auth).
 *
 * @example
 * const media: SdkwaStoredMedia = store.put({ bytes, fileName: 'a.png', mimeType: 'image/png' });
 */
export interface SdkwaStoredMedia {
  id: string;
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
}

/**
 * File-name ↔ MIME-type lookups of the SDKWA emulator (the common table, no overrides).
 *
 * @example
 * sdkwaMimeTypes.mimeTypeOf('photo.JPG'); // 'image/jpeg'
 * sdkwaMimeTypes.extensionFor('image/jpeg'); // 'jpg'
 */
export const sdkwaMimeTypes = new MimeTypeTable();

/**
 * In-memory file store of the emulator: uploads, incoming media, avatars; files can also be looked up by the
 * `idMessage` they belong to (for `downloadFile`).
 *
 * @example
 * const store = new SdkwaMediaStore(ids, () => emulatorUrl);
 * const media = store.put({ bytes, fileName: 'a.png', mimeType: 'image/png' });
 * store.urlOf(media); // http://127.0.0.1:PORT/media/<id>/a.png
 */
export class SdkwaMediaStore {
  readonly #files = new Map<string, SdkwaStoredMedia>();
  readonly #byMessage = new Map<string, string>();
  readonly #ids: IdentifierFactory;
  readonly #baseUrl: () => string;

  /**
   * @example
   * new SdkwaMediaStore(new IdentifierFactory(1), () => 'http://127.0.0.1:1234');
   */
  constructor(ids: IdentifierFactory, baseUrl: () => string) {
    this.#ids = ids;
    this.#baseUrl = baseUrl;
  }

  /**
   * Stores a file (optionally linked to a message id) and returns it.
   *
   * @example
   * store.put({ bytes, fileName: 'doc.pdf', mimeType: 'application/pdf' }, 'EA0BD1AE042DC4F3609867126309D67C');
   */
  put(file: Omit<SdkwaStoredMedia, 'id'>, idMessage?: string): SdkwaStoredMedia {
    const stored: SdkwaStoredMedia = { ...file, id: this.#ids.hex(32).toLowerCase() };
    this.#files.set(stored.id, stored);
    if (idMessage !== undefined) this.#byMessage.set(idMessage, stored.id);
    return stored;
  }

  /**
   * Links an already stored file to a message id.
   *
   * @example
   * store.link('3EB0C767D097B7C7C030', media.id);
   */
  link(idMessage: string, mediaId: string): void {
    this.#byMessage.set(idMessage, mediaId);
  }

  /**
   * A file by id.
   *
   * @example
   * store.get(id)?.bytes;
   */
  get(id: string): SdkwaStoredMedia | undefined {
    return this.#files.get(id);
  }

  /**
   * The file attached to a message, if any.
   *
   * @example
   * store.forMessage('EA0BD1AE042DC4F3609867126309D67C');
   */
  forMessage(idMessage: string): SdkwaStoredMedia | undefined {
    const id = this.#byMessage.get(idMessage);
    return id === undefined ? undefined : this.#files.get(id);
  }

  /**
   * The public URL of a stored file.
   *
   * @example
   * store.urlOf(media);
   */
  urlOf(media: SdkwaStoredMedia): string {
    return `${this.#baseUrl()}/media/${media.id}/${encodeURIComponent(media.fileName)}`;
  }
}
