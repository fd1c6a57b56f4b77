/**
 * An array-backed FIFO with O(1) amortised push/shift (a moving head index plus occasional compaction).
 *
 * @example
 * const buffer = new FifoBuffer<number>();
 * buffer.push(1); buffer.push(2);
 * buffer.shift(); // 1
 */
export class FifoBuffer<Item> {
  #items: Item[] = [];
  #head = 0;

  /**
   * Number of items held.
   *
   * @example
   * buffer.length;
   */
  get length(): number {
    return this.#items.length - this.#head;
  }

  /**
   * Appends an item at the tail.
   *
   * @example
   * buffer.push('a');
   */
  push(item: Item): void {
    this.#items.push(item);
  }

  /**
   * The item at the head, without removing it.
   *
   * @example
   * buffer.peek();
   */
  peek(): Item | undefined {
    return this.#head < this.#items.length ? this.#items[this.#head] : undefined;
  }

  /**
   * Removes and returns the head item.
   *
   * @example
   * buffer.shift();
   */
  shift(): Item | undefined {
    if (this.#head >= this.#items.length) return undefined;
    const item = this.#items[this.#head];
    this.#items[this.#head] = undefined as Item;
    this.#head += 1;
    if (this.#head === this.#items.length) {
      this.#items = [];
      this.#head = 0;
    } else if (this.#head >= 1024 && this.#head * 2 >= this.#items.length) {
      this.#items = this.#items.slice(this.#head);
      this.#head = 0;
    }
    return item;
  }

  /**
   * Removes everything and returns how many items were removed.
   *
   * @example
   * buffer.clear(); // 2
   */
  clear(): number {
    const removed = this.length;
    this.#items = [];
    this.#head = 0;
    return removed;
  }

  /**
   * Iterates from head to tail.
   *
   * @example
   * [...buffer];
   */
  *[Symbol.iterator](): IterableIterator<Item> {
    for (let index = this.#head; index < this.#items.length; index += 1) yield this.#items[index] as Item;
  }
}
