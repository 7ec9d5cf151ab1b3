/**
 * Fixed-width fields packed low to high into one safe integer (at most 53 bits), for the short typed codes.
 * Arithmetic, not bitwise operators: JavaScript's `<<` works on 32 bits and the codes need up to 50.
 */
export class BitWriter {
  private total = 0;
  private shift = 1;

  /** Appends `field` in `bits` bits; the caller keeps it in range (0 ≤ field < 2^bits). */
  put(field: number, bits: number): this {
    this.total += field * this.shift;
    this.shift *= 2 ** bits;
    return this;
  }

  /** Appends which of `list` are in `items`, one bit per entry of `list`. */
  putSet(list: readonly string[], items: readonly string[]): this {
    return this.put(
      list.reduce((bits, item, i) => (items.includes(item) ? bits + 2 ** i : bits), 0),
      list.length,
    );
  }

  get value(): number {
    return this.total;
  }
}

/** Reads fields back in the order they were written. `rest` is what is left (zero when a code used all it says). */
export class BitReader {
  constructor(private remaining: number) {}

  take(bits: number): number {
    const size = 2 ** bits;
    const field = this.remaining % size;
    this.remaining = Math.floor(this.remaining / size);
    return field;
  }

  /** The entries of `list` whose bits are set, in `list` order. */
  takeSet(list: readonly string[]): string[] {
    const bits = this.take(list.length);
    return list.filter((_, i) => Math.floor(bits / 2 ** i) % 2 === 1);
  }

  get rest(): number {
    return this.remaining;
  }
}
