import type { MessengerConfig, Network } from '@switchboard/core';

/**
 * A message the sandbox makes the provider deliver to the account, as if a contact had written.
 *
 * @example
 * ```ts
 * const reply: SandboxIncomingMessage = { kind: 'image', caption: 'Invoice attached', fileName: 'invoice.png', data };
 * ```
 */
export type SandboxIncomingMessage =
  | {
      /** A text message. */
      kind: 'text';
      /** What the contact writes. */
      text: string;
    }
  | {
      /** An image with a caption. */
      kind: 'image';
      /** The text under the image. */
      caption: string;
      /** The file name the image arrives with. */
      fileName: string;
      /** The image's MIME type, such as `image/png`. */
      mimeType: string;
      /** The image's bytes. */
      data: Uint8Array;
    };

/**
 * How the CLI logs an account in against an emulator: by QR code, or by a code sent by SMS.
 *
 * @example
 * ```ts
 * const method: SandboxLoginMethod = 'sms';
 * ```
 */
export type SandboxLoginMethod = 'qr' | 'sms';

/**
 * The one provider-specific piece of the demo and the sandbox: an emulated account with its
 * messenger config, and the emulator's control API behind three actions (scan the QR, read the
 * login code, deliver an incoming message). Every provider has one, with this same shape;
 * everything else goes through the provider-neutral `Messenger`.
 *
 * @example
 * ```ts
 * const messenger = await createMessenger(driver.config, { importModule });
 * await messenger.session.getQrCode();
 * await driver.scanQrCode();
 * await driver.injectIncoming({ kind: 'text', text: 'Hi' });
 * ```
 */
export interface SandboxDriver {
  /** A short name such as `green-api/whatsapp`. */
  readonly label: string;
  /** The provider name of the config. */
  readonly provider: string;
  /** The account's network. */
  readonly network: Network;
  /** The messenger config that points at the emulator (includes the webhook secret); its options are readable by name. */
  readonly config: MessengerConfig & {
    /** The provider's options, by name. */
    readonly options: Readonly<Record<string, unknown>>;
  };
  /** The account-level (session manager) config. */
  readonly sessionManagerConfig: MessengerConfig;
  /** How the demo logs this account in. */
  readonly loginMethod: SandboxLoginMethod;
  /** The phone number code logins use. */
  readonly loginPhone: string;
  /** The contact the demo writes to and hears from. */
  readonly peerChatId: string;
  /** The secret webhooks of this account carry (`session.updateSettings({ webhookToken })`). */
  readonly webhookSecret: string;
  /** Where the emulator's control API is (`POST {controlUrl}/…`). */
  readonly controlUrl: string;
  /** Whether a QR code of this account was handed out and waits to be scanned (drivers that can tell). */
  qrShown?(): Promise<boolean>;
  /** The phone "scans" the QR code last shown; `false` when the account was not waiting for one. */
  scanQrCode(): Promise<boolean>;
  /** The login code the provider "sent" by SMS, if one is pending. */
  readLoginCode(): Promise<string | undefined>;
  /** Delivers an incoming message from {@link SandboxDriver.peerChatId}; resolves with its id. */
  injectIncoming(message: SandboxIncomingMessage): Promise<string>;
}

/**
 * What every driver factory takes besides its emulator and account.
 *
 * @example
 * ```ts
 * createGreenApiSandboxDriver(emulator, instance, { webhookSecret: 'sandbox-webhook-secret' });
 * ```
 */
export interface SandboxDriverOptions {
  /** The webhook secret to put in the messenger config. */
  webhookSecret: string;
}
