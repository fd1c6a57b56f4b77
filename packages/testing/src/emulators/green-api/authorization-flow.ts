import { qrCodePng } from '../shared/qr-code-png.js';
import type { GreenApiStateInstance, GreenApiTypeInstance, JsonObject } from './green-api-types.js';

/** What {@link AuthorizationFlow} needs from its instance. */
export interface AuthorizationHost {
  readonly typeInstance: GreenApiTypeInstance;
  readonly state: GreenApiStateInstance;
  changeState(state: GreenApiStateInstance): void;
  authorize(phone: string | undefined): void;
}

/** Code lifetimes of {@link AuthorizationFlow}. */
export interface AuthorizationTimings {
  /** Telegram/MAX login code validity (default 5 min). */
  authorizationCodeTtlMilliseconds: number;
  /** WhatsApp pairing code validity (default 2.5 min). */
  pairingCodeTtlMilliseconds: number;
  /** How long one QR code is handed out before a new one replaces it (default 20 s, as WhatsApp rotates). */
  qrRefreshMilliseconds: number;
}

interface PendingCode {
  code: string;
  phone: string;
  expiresAt: number;
}

const outcome = (status: 'success' | 'fail', reason?: string): JsonObject => ({
  status: true,
  data: reason === undefined ? { status } : { status, reason },
});

/**
 * The login state machine: QR (`qrCode` until scanned, then `alreadyLogged`), WhatsApp pairing by phone, and the
 * Telegram/MAX `startAuthorization` → `pendingCode` → `sendAuthorizationCode` → (Telegram 2FA) `pendingPassword` →
 * `sendAuthorizationPassword` flow. Codes are chosen here and readable through the control API.
 */
export class AuthorizationFlow {
  /** Telegram 2FA cloud password; when set, a correct code leads to `pendingPassword`. */
  twoFactorPassword: string | undefined;
  /** How many QR codes were handed out since the last login. */
  qrRequests = 0;
  readonly #host: AuthorizationHost;
  readonly #timings: AuthorizationTimings;
  readonly #random: () => number;
  #pending: PendingCode | undefined;
  #passwordPhone: string | undefined;
  #qr: { payload: string; issuedAt: number } | undefined;

  constructor(host: AuthorizationHost, timings: AuthorizationTimings, random: () => number) {
    this.#host = host;
    this.#timings = timings;
    this.#random = random;
  }

  /** The pending login code (Telegram/MAX SMS code or WhatsApp pairing code), if any. */
  pendingCode(): string | undefined {
    return this.#pending?.code;
  }

  /** Answer of the `qr` method for the current state. */
  qr(): { type: string; message: string } {
    const state = this.#host.state;
    if (state === 'authorized' || state === 'yellowCard' || state === 'sleepMode') {
      return { type: 'alreadyLogged', message: 'instance account already authorized' };
    }
    if (state === 'starting') return { type: 'error', message: 'instance in starting process try later' };
    if (state === 'pendingPassword') return { type: 'pending_password', message: 'cloud password required' };
    if (state !== 'notAuthorized' && state !== 'pendingCode') {
      return { type: 'error', message: `instance state is ${state}` };
    }
    this.qrRequests += 1;
    return { type: 'qrCode', message: Buffer.from(qrCodePng(this.qrPayload())).toString('base64') };
  }

  /**
   * The payload of the QR code handed out now: the same until `qrRefreshMilliseconds` passed, then a new one.
   */
  qrPayload(): string {
    const now = Date.now();
    if (this.#qr === undefined || now - this.#qr.issuedAt >= this.#timings.qrRefreshMilliseconds) {
      const token = Math.floor(this.#random() * 2 ** 48)
        .toString(16)
        .padStart(12, '0');
      this.#qr = { payload: `2@${token}`, issuedAt: now };
    }
    return this.#qr.payload;
  }

  /**
   * The phone "scans" the QR code: authorizes (or, on Telegram with a 2FA password, asks for it).
   * Returns `false` when the instance is not waiting for a login.
   */
  scanQr(phone: string | undefined): boolean {
    const state = this.#host.state;
    if (state !== 'notAuthorized' && state !== 'pendingCode') return false;
    this.#pending = undefined;
    if (this.#host.typeInstance === 'telegram' && this.twoFactorPassword !== undefined) {
      this.#passwordPhone = phone;
      this.#host.changeState('pendingPassword');
      return true;
    }
    this.#host.authorize(phone);
    return true;
  }

  /** `getAuthorizationCode` (WhatsApp link by phone number): a code to type on the phone. */
  requestPairingCode(phone: string): JsonObject {
    if (this.#host.state !== 'notAuthorized') return { status: false, code: '' };
    const alphabet = 'ABCDEFGHJKLMNPQRSTVWXYZ0123456789';
    let code = '';
    for (let index = 0; index < 8; index += 1) code += alphabet[Math.floor(this.#random() * alphabet.length)];
    this.#pending = { code, phone, expiresAt: Date.now() + this.#timings.pairingCodeTtlMilliseconds };
    return { status: true, code };
  }

  /** The user typed the pairing code on the phone (any code when omitted). Returns whether it logged in. */
  confirmPairingCode(code: string | undefined): boolean {
    const pending = this.#pending;
    if (pending === undefined || pending.expiresAt < Date.now() || this.#host.state !== 'notAuthorized')
      return false;
    if (code !== undefined && code.toUpperCase().replace(/-/g, '') !== pending.code) return false;
    this.#pending = undefined;
    this.#host.authorize(pending.phone);
    return true;
  }

  /** `startAuthorization` (Telegram/MAX): sends a code and waits in `pendingCode`. */
  startAuthorization(phone: string): JsonObject {
    const state = this.#host.state;
    if (state === 'authorized') return outcome('fail', 'already_registered');
    if (state !== 'notAuthorized' && state !== 'pendingCode')
      return outcome('fail', `instance state is ${state}`);
    const code = String(10_000 + Math.floor(this.#random() * 90_000));
    this.#pending = { code, phone, expiresAt: Date.now() + this.#timings.authorizationCodeTtlMilliseconds };
    this.#host.changeState('pendingCode');
    return outcome('success');
  }

  /** `sendAuthorizationCode`: checks the code (and Telegram's optional `password`). */
  sendAuthorizationCode(code: string, password: string | undefined): JsonObject {
    const state = this.#host.state;
    const pending = this.#pending;
    if (state === 'authorized') return outcome('fail', 'already_registered');
    if (state !== 'pendingCode' || pending === undefined) return outcome('fail', 'code_not_requested');
    if (pending.expiresAt < Date.now()) {
      this.#pending = undefined;
      this.#host.changeState('notAuthorized');
      return outcome('fail', 'code_expired');
    }
    if (code.trim() !== pending.code) return outcome('fail', 'invalid_code');
    this.#pending = undefined;
    if (this.#host.typeInstance === 'telegram' && this.twoFactorPassword !== undefined) {
      this.#passwordPhone = pending.phone;
      if (password === this.twoFactorPassword) {
        this.#host.authorize(pending.phone);
        return outcome('success');
      }
      this.#host.changeState('pendingPassword');
      return password === undefined ? outcome('success') : outcome('fail', 'invalid_password');
    }
    this.#host.authorize(pending.phone);
    return outcome('success');
  }

  /** `sendAuthorizationPassword` (Telegram 2FA). */
  sendAuthorizationPassword(password: string): JsonObject {
    const state = this.#host.state;
    if (state === 'authorized') return outcome('fail', 'already_registered');
    if (state !== 'pendingPassword') return outcome('fail', 'password_not_requested');
    if (password !== this.twoFactorPassword) return outcome('fail', 'invalid_password');
    this.#host.authorize(this.#passwordPhone);
    return outcome('success');
  }

  /** Forgets pending codes (after logout). */
  reset(): void {
    this.#pending = undefined;
    this.#passwordPhone = undefined;
    this.#qr = undefined;
    this.qrRequests = 0;
  }
}
