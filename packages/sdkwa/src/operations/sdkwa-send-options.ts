import { createSendOptionsReader, type SendOptionsByMessageType } from '@switchboard/core/adapter';
import * as v from 'valibot';
import { sdkwaProvider } from '../sdkwa-provider.js';

const archivingSendOptionsSchema = v.strictObject({
  /** `true` archives the chat once the message is sent (SDKWA `archiveChat`). */
  archiveChat: v.optional(v.boolean('must be a boolean')),
});

/**
 * `providerOptions.sdkwa` of a text or file send: `archiveChat` archives the chat after sending.
 *
 * @useDeclaredType
 */
export type SdkwaArchivingSendOptions = v.InferOutput<typeof archivingSendOptionsSchema>;

/** The SDKWA provider options of each send, by message type (location and contact take none). */
export type SdkwaSendOptions = SendOptionsByMessageType<{
  /** The options of a text send. */
  text: SdkwaArchivingSendOptions;
  /** The options of a file send. */
  media: SdkwaArchivingSendOptions;
}>;

/** Reads and checks `providerOptions.sdkwa` of a send; an unknown or contract field rejects. */
export const readSdkwaSendOptions = createSendOptionsReader<SdkwaSendOptions>(sdkwaProvider, {
  text: archivingSendOptionsSchema,
  media: archivingSendOptionsSchema,
});
