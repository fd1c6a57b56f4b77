import type { WhatsgateEmulatorState } from './whatsgate-emulator-state.js';
import { WhatsgateError, whatsgateErrorMessages } from './whatsgate-error.js';
import { requireString, type WhatsgateFields } from './whatsgate-fields.js';
import type { WhatsgateMediaFile } from './whatsgate-payloads.js';
import type { WhatsgateStoredMedia } from './whatsgate-session-record.js';

/** The `media` object of `get-media` / `get-messagemedia` answers: base64 data plus `filesize`. */
export function toMediaFile(media: WhatsgateStoredMedia): WhatsgateMediaFile {
  return {
    mimetype: media.mimetype,
    filename: media.filename,
    data: Buffer.from(media.bytes).toString('base64'),
    filesize: media.bytes.length,
  };
}

/** `get-media` (§3.5, deprecated): a stored media file by `mediaKey`. */
export function getMediaCommand(state: WhatsgateEmulatorState, fields: WhatsgateFields): unknown {
  const record = state.requireReadySession(fields);
  const media = record.media.get(requireString(fields, 'mediaKey'));
  if (media === undefined) throw new WhatsgateError(500, whatsgateErrorMessages.mediaNotFound);
  return { result: 'OK', media: toMediaFile(media) };
}

/** `get-messagemedia` (§3.6): the media of a message by its long id (`MessageID`). */
export function getMessageMediaCommand(state: WhatsgateEmulatorState, fields: WhatsgateFields): unknown {
  const record = state.requireReadySession(fields);
  const message = record.messages.get(requireString(fields, 'MessageID'));
  if (message === undefined) throw new WhatsgateError(500, whatsgateErrorMessages.messageNotFound);
  const media = message.hasMedia ? record.media.get(message.mediaKey) : undefined;
  if (media === undefined) throw new WhatsgateError(500, whatsgateErrorMessages.messageHasNoMedia);
  return { result: 'OK', media: toMediaFile(media) };
}
