/**
 * `@switchboard/core/node`: Node-only conveniences kept out of the portable main entry — reading
 * media from file paths and loading config files.
 *
 * @example
 * ```ts
 * import { enableMediaPaths, readMediaFile } from '@switchboard/core/node';
 * ```
 * @packageDocumentation
 */
export * from './media/node/read-media-file.js';
export * from './receiving/node/index.js';
export {
  type LoadedMessengerConfigFile,
  loadMessengerConfigFile,
} from './registry/node/load-messenger-config-file.js';
