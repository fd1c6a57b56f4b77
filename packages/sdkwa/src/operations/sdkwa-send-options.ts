import { type OutgoingMessage, parseProviderOptions } from '@switchboard/core';
import * as v from 'valibot';
import { sdkwaProvider } from '../errors.js';

const archivingSendOptionsSchema = /* @__PURE__ */ v.strictObject({
  archiveChat: v.optional(v.boolean('must be a boolean')),
});
const noSendOptionsSchema = /* @__PURE__ */ v.strictObject({});

/** `providerOptions.sdkwa` of a text or file send: `archiveChat` archives the chat after sending. */
export type SdkwaArchivingSendOptions = v.InferOutput<typeof archivingSendOptionsSchema>;

/** The SDKWA provider options of each send, by message type (location and contact take none). */
export interface SdkwaSendOptions {
  text: SdkwaArchivingSendOptions;
  media: SdkwaArchivingSendOptions;
  location: Record<string, never>;
  contact: Record<string, never>;
  poll: Record<string, never>;
}

/**
 * Reads and checks `providerOptions.sdkwa` of a send against its message type; an unknown field (a
 * contract field such as `chatId` included) rejects with `invalid-request` naming it.
 */
export function readSdkwaSendOptions<Type extends keyof SdkwaSendOptions>(
  type: Type,
  providerOptions: OutgoingMessage['providerOptions'],
): SdkwaSendOptions[Type] {
  const schema = type === 'text' || type === 'media' ? archivingSendOptionsSchema : noSendOptionsSchema;
  return parseProviderOptions(
    schema,
    providerOptions,
    sdkwaProvider,
    `a ${type} send`,
  ) as SdkwaSendOptions[Type];
}
