/**
 * Tracks an emulator's pending timers so closing it can cancel every one of them.
 *
 * @example
 * const timers = new TimerSet();
 * timers.after(100, () => emitAck());
 * timers.clear();
 */
export class TimerSet {
  readonly #timers = new Set<ReturnType<typeof setTimeout>>();
  #closed = false;

  /**
   * Runs `task` after `milliseconds` unless cleared first; ignored once cleared for good.
   *
   * @example
   * timers.after(0, () => changeState('authorized'));
   */
  after(milliseconds: number, task: () => void): void {
    if (this.#closed) return;
    const timer = setTimeout(() => {
      this.#timers.delete(timer);
      task();
    }, milliseconds);
    this.#timers.add(timer);
  }

  /**
   * Number of timers not yet fired.
   *
   * @example
   * timers.size; // 0 when idle
   */
  get size(): number {
    return this.#timers.size;
  }

  /**
   * Cancels every pending timer and refuses new ones.
   *
   * @example
   * timers.clear();
   */
  clear(): void {
    this.#closed = true;
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
  }
}
