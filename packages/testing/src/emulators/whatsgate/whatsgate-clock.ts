/**
 * The emulator's time source: unix timestamps for messages and `YYYY-MM-DD HH:MM:SS` local dates (Moscow,
 * UTC+3, by default) for events and sessions.
 *
 * @example
 * const clock = new WhatsgateClock(() => Date.UTC(2022, 8, 7, 15, 29, 37), 180);
 * clock.date(); // '2022-09-07 18:29:37'
 */
export class WhatsgateClock {
  readonly #now: () => number;
  readonly #offsetMilliseconds: number;

  /**
   * @example
   * new WhatsgateClock(Date.now, 180);
   */
  constructor(now: () => number = Date.now, offsetMinutes = 180) {
    this.#now = now;
    this.#offsetMilliseconds = offsetMinutes * 60_000;
  }

  /**
   * Current time in milliseconds since the epoch.
   *
   * @example
   * clock.milliseconds();
   */
  milliseconds(): number {
    return this.#now();
  }

  /**
   * Current unix time in whole seconds.
   *
   * @example
   * clock.unixSeconds(); // 1662575377
   */
  unixSeconds(): number {
    return Math.floor(this.#now() / 1000);
  }

  /**
   * A local `YYYY-MM-DD HH:MM:SS` date (now by default).
   *
   * @example
   * clock.date(0); // '1970-01-01 03:00:00' with the Moscow offset
   */
  date(milliseconds: number = this.#now()): string {
    const iso = new Date(milliseconds + this.#offsetMilliseconds).toISOString();
    return `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
  }
}
