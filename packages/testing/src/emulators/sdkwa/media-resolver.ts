import type { ResolvedMedia } from './build-message-data.js';
import { sampleMedia } from './sample-media.js';
import type { SdkwaEmulatorContext } from './sdkwa-emulator-context.js';
import { sdkwaMimeTypes } from './sdkwa-media-store.js';
import type { SdkwaMediaContent } from './sdkwa-message-content.js';

/**
 * A `resolveMedia` for {@link buildMessageData}: keeps a given `downloadUrl`, otherwise stores the bytes (or a
 * sample of the kind) in the emulator's media store, links them to `idMessage` (for `downloadFile`) and returns
 * the emulator's own URL.
 */
export function createMediaResolver(
  context: SdkwaEmulatorContext,
  idMessage: string,
): (content: SdkwaMediaContent) => ResolvedMedia {
  return (content) => {
    const sample = sampleMedia(content.type);
    const fileName = content.fileName ?? sample.fileName;
    const mimeType =
      content.mimeType ??
      (content.fileName === undefined ? sample.mimeType : sdkwaMimeTypes.mimeTypeOf(fileName));
    if (content.downloadUrl !== undefined) return { downloadUrl: content.downloadUrl, fileName, mimeType };
    const bytes =
      content.bytes === undefined
        ? sample.bytes
        : typeof content.bytes === 'string'
          ? new TextEncoder().encode(content.bytes)
          : content.bytes;
    const stored = context.media.put({ bytes, fileName, mimeType }, idMessage);
    return { downloadUrl: context.media.urlOf(stored), fileName, mimeType };
  };
}
