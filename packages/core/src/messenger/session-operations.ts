import type { MessengerSettings, MessengerSettingsInput } from '../templates/messenger-settings.js';
import type { CodeChannel, CodeRequest, QrCode } from '../templates/qr-code.js';
import type { SessionState } from '../templates/session-state.js';
import type { AccountProfile } from './results.js';

/**
 * The account's session: state, authorization (QR, pairing code, code by SMS/voice/app, password),
 * logout, reboot and settings: `messenger.session`.
 */
export interface SessionOperations {
  /**
   * Reads the account state.
   *
   * @example
   * ```ts
   * if ((await messenger.session.getState()) === 'authorized') console.log('ready');
   * ```
   */
  getState(): Promise<SessionState>;
  /**
   * Reads the account's own id, phone and profile.
   *
   * @example
   * ```ts
   * const { phone } = await messenger.session.getProfile();
   * ```
   */
  getProfile(): Promise<AccountProfile>;
  /**
   * Gets a QR code to scan, or `{ status: 'authorized' }` when already logged in.
   *
   * @example
   * ```ts
   * const qr = await messenger.session.getQrCode();
   * ```
   */
  getQrCode(): Promise<QrCode>;
  /**
   * Requests a code to link the account by phone number instead of a QR ("link with phone number").
   *
   * @example
   * ```ts
   * const code = await messenger.session.requestPairingCode({ phone: '79001234567' }); // 'ABCD1234'
   * ```
   */
  requestPairingCode(input: { phone: string }): Promise<string>;
  /**
   * Asks the provider to send a confirmation code by SMS, voice call or the messenger app. A refusal
   * because the previous code is too recent rejects with `rate-limited` and `retryAfterMs`.
   *
   * @example
   * ```ts
   * const request = await messenger.session.requestCode({ phone: '79001234567', channel: 'sms' });
   * ```
   */
  requestCode(input: { phone: string; channel: CodeChannel }): Promise<CodeRequest>;
  /**
   * Confirms the code the user received; resolves with the new state (`authorized`, or
   * `pending-password` when a two-factor password is needed). A wrong code rejects with
   * `invalid-request`.
   *
   * @example
   * ```ts
   * const state = await messenger.session.confirmCode('123456');
   * ```
   */
  confirmCode(code: string): Promise<SessionState>;
  /**
   * Sends the two-factor password (Telegram cloud password).
   *
   * @example
   * ```ts
   * await messenger.session.confirmPassword(process.env.TELEGRAM_PASSWORD!);
   * ```
   */
  confirmPassword(password: string): Promise<SessionState>;
  /**
   * Logs the account out.
   *
   * @example
   * ```ts
   * await messenger.session.logout();
   * ```
   */
  logout(): Promise<void>;
  /**
   * Restarts the provider's instance.
   *
   * @example
   * ```ts
   * await messenger.session.reboot();
   * ```
   */
  reboot(): Promise<void>;
  /**
   * Reads the account settings.
   *
   * @example
   * ```ts
   * const { webhookUrl } = await messenger.session.getSettings();
   * ```
   */
  getSettings(): Promise<MessengerSettings>;
  /**
   * Changes some settings; fields not given stay as they are.
   *
   * @example
   * ```ts
   * await messenger.session.updateSettings({ webhookUrl: '', notifications: { incomingMessages: true } });
   * ```
   */
  updateSettings(settings: MessengerSettingsInput): Promise<void>;
}
