import type { Network } from '../messenger/messenger.js';
import type { ProviderOptionSpec } from './provider-option-spec.js';

/**
 * One built-in provider: which package implements it, what that package exports, and the options it
 * takes with their environment variables. The catalog imports nothing at runtime; `createMessenger`
 * imports only the package of the provider a config names.
 *
 * @example
 * ```ts
 * const entry: ProviderCatalogEntry = providerCatalog['green-api'];
 * console.log(`pnpm add ${entry.packageName}`);
 * ```
 */
export interface ProviderCatalogEntry {
  /** The provider name used in configs. */
  readonly name: string;
  /** One line for documentation and CLI help. */
  readonly description: string;
  /** The npm package that implements the provider. */
  readonly packageName: string;
  /** The package's export that creates a messenger from the options. */
  readonly createMessengerExport: string;
  /** The package's export that creates a session manager from the options. */
  readonly createSessionManagerExport: string;
  /** The networks the provider serves. */
  readonly networks: readonly Network[];
  /** Every option the registry checks and reads from the environment. */
  readonly options: readonly ProviderOptionSpec[];
}

/**
 * Transport options every built-in adapter takes. Other transport options (`fetch`, hooks) have no
 * spec and are passed to the adapter unchecked.
 *
 * @example
 * ```ts
 * transportOptionSpecs.map((spec) => spec.environmentVariable); // ['SWITCHBOARD_TIMEOUT_MILLISECONDS']
 * ```
 */
export const transportOptionSpecs: readonly ProviderOptionSpec[] = buildTransportOptionSpecs();

// @__NO_SIDE_EFFECTS__
function buildTransportOptionSpecs(): readonly ProviderOptionSpec[] {
  return [
    {
      name: 'timeoutMilliseconds',
      description: 'How long one HTTP request may take, in milliseconds.',
      type: 'number',
      environmentVariable: 'SWITCHBOARD_TIMEOUT_MILLISECONDS',
    },
  ];
}

/**
 * The media download options (see `MediaDownloadOptions`) the catalog lists for providers that fetch
 * files from URLs; `mediaHosts` is set in code or a config file.
 *
 * @example
 * ```ts
 * mediaDownloadOptionSpecs.map((spec) => spec.name); // ['maxMediaBytes', 'allowPrivateMediaAddresses']
 * ```
 */
export const mediaDownloadOptionSpecs: readonly ProviderOptionSpec[] =
  /* @__PURE__ */ buildMediaDownloadOptionSpecs();

function buildMediaDownloadOptionSpecs(): readonly ProviderOptionSpec[] {
  return [
    {
      name: 'maxMediaBytes',
      description: 'The largest media file a download accepts, in bytes (default 104857600).',
      type: 'number',
      environmentVariable: 'SWITCHBOARD_MAX_MEDIA_BYTES',
    },
    {
      name: 'allowPrivateMediaAddresses',
      description:
        'Let media downloads reach private, loopback and link-local addresses (local emulators only).',
      type: 'boolean',
      environmentVariable: 'SWITCHBOARD_ALLOW_PRIVATE_MEDIA_ADDRESSES',
    },
  ];
}

/**
 * The names of the built-in providers.
 *
 * @example
 * ```ts
 * const name: CatalogProviderName = 'sdkwa';
 * ```
 */
export type CatalogProviderName = 'green-api' | 'sdkwa' | 'whatsgate';

/**
 * The built-in providers by name. `createMessenger({ provider: 'green-api', options })` imports
 * `@switchboard/green-api` on first use and calls its `createGreenApiMessenger(options)`.
 *
 * @example
 * ```ts
 * for (const entry of Object.values(providerCatalog)) {
 *   const variables = entry.options.map((option) => option.environmentVariable);
 *   console.log(entry.name, entry.packageName, variables.join(' '));
 * }
 * ```
 */
export const providerCatalog: Readonly<Record<CatalogProviderName, ProviderCatalogEntry>> =
  buildProviderCatalog();

// @__NO_SIDE_EFFECTS__
function buildProviderCatalog(): Readonly<Record<CatalogProviderName, ProviderCatalogEntry>> {
  return {
    'green-api': {
      name: 'green-api',
      description: 'GREEN-API instances for WhatsApp, Telegram and MAX, and the GREEN-API partner API.',
      packageName: '@switchboard/green-api',
      createMessengerExport: 'createGreenApiMessenger',
      createSessionManagerExport: 'createGreenApiSessionManager',
      networks: ['whatsapp', 'telegram', 'max'],
      options: [
        {
          name: 'network',
          description: 'The network of the instance.',
          type: 'string',
          choices: ['whatsapp', 'telegram', 'max'],
          environmentVariable: 'GREEN_API_NETWORK',
          required: 'messenger',
        },
        {
          name: 'idInstance',
          description: 'The instance id, such as 1101000001.',
          type: 'identifier',
          environmentVariable: 'GREEN_API_ID_INSTANCE',
          required: 'messenger',
        },
        {
          name: 'apiTokenInstance',
          description: 'The instance API token.',
          type: 'string',
          environmentVariable: 'GREEN_API_API_TOKEN_INSTANCE',
          secret: true,
          required: 'messenger',
        },
        {
          name: 'apiUrl',
          description: 'The API host shown in the console, such as https://1101.api.green-api.com.',
          type: 'url',
          environmentVariable: 'GREEN_API_API_URL',
        },
        {
          name: 'mediaUrl',
          description: 'The media host for uploads, such as https://1101.media.green-api.com.',
          type: 'url',
          environmentVariable: 'GREEN_API_MEDIA_URL',
        },
        {
          name: 'webhookUrlToken',
          description: 'The bearer token GREEN-API sends with webhooks (webhookUrlToken in the settings).',
          type: 'string',
          environmentVariable: 'GREEN_API_WEBHOOK_URL_TOKEN',
          secret: true,
        },
        {
          name: 'partnerToken',
          description: 'The partner API token, for the session manager.',
          type: 'string',
          environmentVariable: 'GREEN_API_PARTNER_TOKEN',
          secret: true,
          required: 'session-manager',
        },
        ...mediaDownloadOptionSpecs,
        ...transportOptionSpecs,
      ],
    },
    sdkwa: {
      name: 'sdkwa',
      description: 'SDKWA instances for WhatsApp and Telegram, and the SDKWA user API.',
      packageName: '@switchboard/sdkwa',
      createMessengerExport: 'createSdkwaMessenger',
      createSessionManagerExport: 'createSdkwaSessionManager',
      networks: ['whatsapp', 'telegram'],
      options: [
        {
          name: 'network',
          description: 'The network of the instance.',
          type: 'string',
          choices: ['whatsapp', 'telegram'],
          environmentVariable: 'SDKWA_NETWORK',
          required: 'messenger',
        },
        {
          name: 'idInstance',
          description: 'The instance id, such as 1101000001.',
          type: 'identifier',
          environmentVariable: 'SDKWA_ID_INSTANCE',
          required: 'messenger',
        },
        {
          name: 'apiTokenInstance',
          description: 'The instance API token.',
          type: 'string',
          environmentVariable: 'SDKWA_API_TOKEN_INSTANCE',
          secret: true,
          required: 'messenger',
        },
        {
          name: 'host',
          description: 'The API host, https://api.sdkwa.pro by default.',
          type: 'url',
          environmentVariable: 'SDKWA_HOST',
        },
        {
          name: 'webhookUrlToken',
          description: 'The bearer token SDKWA sends with webhooks (webhookUrlToken in the settings).',
          type: 'string',
          environmentVariable: 'SDKWA_WEBHOOK_URL_TOKEN',
          secret: true,
        },
        {
          name: 'userId',
          description: 'The user id of the account (x-user-id), for the session manager.',
          type: 'identifier',
          environmentVariable: 'SDKWA_USER_ID',
          required: 'session-manager',
        },
        {
          name: 'userToken',
          description: 'The user token of the account (x-user-token), for the session manager.',
          type: 'string',
          environmentVariable: 'SDKWA_USER_TOKEN',
          secret: true,
          required: 'session-manager',
        },
        ...mediaDownloadOptionSpecs,
        ...transportOptionSpecs,
      ],
    },
    whatsgate: {
      name: 'whatsgate',
      description: 'Whatsgate WhatsApp sessions and their account-level session API.',
      packageName: '@switchboard/whatsgate',
      createMessengerExport: 'createWhatsgateMessenger',
      createSessionManagerExport: 'createWhatsgateSessionManager',
      networks: ['whatsapp'],
      options: [
        {
          name: 'apiKey',
          description: 'The account API key (X-Api-Key).',
          type: 'string',
          environmentVariable: 'WHATSGATE_API_KEY',
          secret: true,
          required: true,
        },
        {
          name: 'whatsappId',
          description: 'The session id (WhatsappID).',
          type: 'string',
          environmentVariable: 'WHATSGATE_WHATSAPP_ID',
          required: 'messenger',
        },
        {
          name: 'baseUrl',
          description: 'The API base URL, https://whatsgate.ru/api/v1 by default.',
          type: 'url',
          environmentVariable: 'WHATSGATE_BASE_URL',
        },
        {
          name: 'webhookSecret',
          description:
            'The secret in the callback URL Whatsgate calls (?secret=…), checked on every webhook.',
          type: 'string',
          environmentVariable: 'WHATSGATE_WEBHOOK_SECRET',
          secret: true,
        },
        ...transportOptionSpecs,
      ],
    },
  };
}

/**
 * Finds a built-in provider by name.
 *
 * @example
 * ```ts
 * findCatalogEntry('green-api')?.packageName; // '@switchboard/green-api'
 * findCatalogEntry('acme'); // undefined
 * ```
 */
export function findCatalogEntry(name: string): ProviderCatalogEntry | undefined {
  return Object.hasOwn(providerCatalog, name) ? providerCatalog[name as CatalogProviderName] : undefined;
}
