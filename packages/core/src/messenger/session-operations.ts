import type { MessengerSettings, MessengerSettingsInput } from '../templates/messenger-settings.js';
import type { CodeChannel, CodeRequest, QrCode } from '../templates/qr-code.js';
import type { SessionState } from '../templates/session-state.js';
import type { AccountProfile } from './results.js';
import type { Session } from './session.js';

/**
 * The operations of one account at a provider: state, authorization (QR, pairing code, code by SMS/voice/app,
 * password), logout, reboot and settings. A {@link Session} has them; an adapter gives them to `defineMessenger`.
 */
export interface SessionOperations {
  /** Reads the account state. */
  getState(): Promise<SessionState>;
  /** Reads the account's own id, phone and profile. */
  getProfile(): Promise<AccountProfile>;
  /** Gets a QR code to scan, or `{ status: 'authorized' }` when already logged in. */
  getQrCode(): Promise<QrCode>;
  /** Requests a code to link the account by phone number instead of a QR ("link with phone number"). */
  requestPairingCode(input: { phone: string }): Promise<string>;
  /** Asks for a confirmation code by SMS, voice call or the app; too soon after the last one rejects `rate-limited`. */
  requestCode(input: { phone: string; channel: CodeChannel }): Promise<CodeRequest>;
  /** Confirms the code the user received and resolves with the new state; a wrong code rejects `invalid-request`. */
  confirmCode(code: string): Promise<SessionState>;
  /** Sends the two-factor password (Telegram cloud password). */
  confirmPassword(password: string): Promise<SessionState>;
  /** Logs the account out. */
  logout(): Promise<void>;
  /** Restarts the provider's instance. */
  reboot(): Promise<void>;
  /** Reads the account settings. */
  getSettings(): Promise<MessengerSettings>;
  /** Changes some settings; fields not given stay as they are. */
  updateSettings(settings: MessengerSettingsInput): Promise<void>;
}
