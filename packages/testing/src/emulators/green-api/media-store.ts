import { bytesResponse, type EmulatorRequest, type EmulatorResponse, hexId } from '../shared/index.js';
import { gatewayResponse } from './green-api-http-error.js';

/** A file held by the emulator and served at `url`. */
export interface StoredMedia {
  id: string;
  url: string;
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
}

const mediaPath = /^\/media\/([0-9a-f]{24})\/[^/]+$/;

/**
 * Files uploaded by clients or injected as incoming media, served from `GET {base}/media/{id}/{fileName}`.
 */
export class MediaStore {
  readonly #files = new Map<string, StoredMedia>();
  readonly #baseUrl: () => string;
  readonly #random: () => number;

  constructor(baseUrl: () => string, random: () => number) {
    this.#baseUrl = baseUrl;
    this.#random = random;
  }

  /** Stores bytes and returns the stored file with its download URL. */
  put(file: { bytes: Uint8Array; fileName: string; mimeType: string }): StoredMedia {
    const id = hexId(24, this.#random).toLowerCase();
    const stored: StoredMedia = {
      id,
      url: `${this.#baseUrl()}/media/${id}/${encodeURIComponent(file.fileName)}`,
      fileName: file.fileName,
      mimeType: file.mimeType,
      bytes: file.bytes,
    };
    this.#files.set(id, stored);
    return stored;
  }

  /** A stored file by its URL (any host), or `undefined`. */
  byUrl(url: string): StoredMedia | undefined {
    if (!URL.canParse(url)) return undefined;
    const match = mediaPath.exec(new URL(url).pathname);
    return match?.[1] === undefined ? undefined : this.#files.get(match[1]);
  }

  /** Answers `GET /media/...` requests; `undefined` when the path is not a media path. */
  handle(request: EmulatorRequest): EmulatorResponse | undefined {
    const match = mediaPath.exec(request.path);
    if (match === null) return undefined;
    if (request.method !== 'GET' && request.method !== 'HEAD') return gatewayResponse(404);
    const stored = match[1] === undefined ? undefined : this.#files.get(match[1]);
    if (stored === undefined) return gatewayResponse(404);
    return bytesResponse(200, stored.bytes, stored.mimeType, {
      'content-disposition': `attachment; filename="${encodeURIComponent(stored.fileName)}"`,
    });
  }
}
