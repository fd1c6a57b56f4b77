import * as v from 'valibot';

/** The largest media file a download accepts unless `maxMediaBytes` says otherwise: 100 MiB. */
export const defaultMaxMediaBytes = 104_857_600;

/**
 * How far a messenger's `messages.downloadMedia` may reach. By default it fetches `http(s)` URLs on
 * public addresses only (any host: GREEN-API's files live on third-party object storage such as
 * `*.storage.yandexcloud.net` and `*.digitaloceanspaces.com`), re-checks every redirect, and stops at
 * {@link defaultMaxMediaBytes}.
 *
 * @example
 * ```ts
 * const options: MediaDownloadOptions = { mediaHosts: ['*.storage.yandexcloud.net'], maxMediaBytes: 20_000_000 };
 * ```
 */
export interface MediaDownloadOptions {
  /** The largest file accepted, in bytes, counted while it streams; default 104,857,600 (100 MiB). */
  maxMediaBytes?: number | undefined;
  /**
   * Narrows downloads to these hosts: an exact name (`files.example.com`) or `*.` and a domain for its
   * subdomains (`*.digitaloceanspaces.com`). Every redirect target must match too. Default: any host.
   */
  mediaHosts?: readonly string[] | undefined;
  /**
   * Allows private, loopback, link-local, carrier-grade NAT and cloud-metadata addresses (refused by
   * default, after DNS resolution on Node). Only for local emulators and tests.
   */
  allowPrivateMediaAddresses?: boolean | undefined;
}

/**
 * The valibot entries of {@link MediaDownloadOptions}, for adapters to spread into their options schema.
 *
 * @example
 * ```ts
 * const schema = v.strictObject({ ...instanceCredentialEntries, ...mediaDownloadOptionsEntries });
 * ```
 */
export const mediaDownloadOptionsEntries = /* @__PURE__ */ buildMediaDownloadOptionsEntries();

// Built in a function called under a pure annotation, so that bundlers drop it when an app does not use it.
function buildMediaDownloadOptionsEntries() {
  return {
    /** Validates {@link MediaDownloadOptions.maxMediaBytes}: a positive integer. */
    maxMediaBytes: v.optional(
      v.pipe(
        v.number('maxMediaBytes must be a number'),
        v.integer('maxMediaBytes must be an integer'),
        v.minValue(1, 'maxMediaBytes must be positive'),
      ),
    ),
    /** Validates {@link MediaDownloadOptions.mediaHosts}: host names, optionally with a `*.` prefix. */
    mediaHosts: v.optional(
      v.array(
        v.pipe(
          v.string('mediaHosts must hold strings'),
          v.regex(
            /^(?:\*\.)?[a-z\d.:[\]-]+$/i,
            'mediaHosts must hold host names such as files.example.com or *.example.com',
          ),
        ),
        'mediaHosts must be an array of host names',
      ),
    ),
    /** Validates {@link MediaDownloadOptions.allowPrivateMediaAddresses}. */
    allowPrivateMediaAddresses: v.optional(v.boolean('allowPrivateMediaAddresses must be a boolean')),
  };
}
