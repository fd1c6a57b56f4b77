/**
 * The emulator's time source: unix timestamps for messages and `YYYY-MM-DD HH:MM:SS` local dates (Moscow,
 * UTC+3, by default) for events and sessions.
 */
export class WhatsgateClock {
  readonly #now: () => number;
  readonly #offsetMilliseconds: number;

  constructor(now: () => number = Date.now, offsetMinutes = 180) {
    this.#now = now;
    this.#offsetMilliseconds = offsetMinutes * 60_000;
  }

  /** Current time in milliseconds since the epoch. */
  milliseconds(): number {
    return this.#now();
  }

  /** Current unix time in whole seconds. */
  unixSeconds(): number {
    return Math.floor(this.#now() / 1000);
  }

  /** A local `YYYY-MM-DD HH:MM:SS` date (now by default). */
  date(milliseconds: number = this.#now()): string {
    const iso = new Date(milliseconds + this.#offsetMilliseconds).toISOString();
    return `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
  }
}
