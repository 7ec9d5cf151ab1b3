import { describe, expect, it } from 'vitest';
import { BitReader, BitWriter } from '../../../src/core/codes/bit-fields.ts';

describe('bit fields for typed codes', () => {
  it('read back fields and sets in the order they were written, with nothing left over', () => {
    const colours = ['red', 'green', 'blue', 'grey'];
    const written = new BitWriter().put(5, 4).putSet(colours, ['blue', 'red']).put(511, 9).put(0, 3).value;
    const reader = new BitReader(written);
    expect(reader.take(4)).toBe(5);
    expect(reader.takeSet(colours)).toEqual(['red', 'blue']);
    expect(reader.take(9)).toBe(511);
    expect(reader.take(3)).toBe(0);
    expect(reader.rest).toBe(0);
  });

  it('pack beyond 32 bits without losing the high fields', () => {
    const written = new BitWriter().put(1, 30).put(3, 2).put(1023, 10).put(255, 8).value;
    expect(written).toBeGreaterThan(2 ** 32);
    const reader = new BitReader(written);
    expect([reader.take(30), reader.take(2), reader.take(10), reader.take(8)]).toEqual([1, 3, 1023, 255]);
  });

  it('leave unread high bits in rest, so a code that says more than it should can be refused', () => {
    const reader = new BitReader(new BitWriter().put(1, 4).put(1, 1).value);
    reader.take(4);
    expect(reader.rest).toBe(1);
  });
});
