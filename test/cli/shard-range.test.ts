// shardRange cuts a plan's tasks into N contiguous slices: together they are every task
// once, in order, and no slice is more than one task longer than another.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shardRange } from '../../src/index.js';

describe('shardRange(total, k, n)', () => {
  it('cuts 10 tasks into 3 slices of 3, 3 and 4, and 2 tasks into 5 slices, three of them empty', () => {
    expect([1, 2, 3].map((k) => shardRange(10, k, 3))).toEqual([
      { from: 0, to: 3 },
      { from: 3, to: 6 },
      { from: 6, to: 10 },
    ]);
    expect([1, 2, 3, 4, 5].map((k) => shardRange(2, k, 5).to - shardRange(2, k, 5).from)).toEqual([0, 0, 1, 0, 1]);
  });

  it('gives contiguous slices that cover every task once, sizes differing by at most one', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200_000 }), fc.integer({ min: 1, max: 1000 }), (total, n) => {
        const slices = Array.from({ length: n }, (_, i) => shardRange(total, i + 1, n));
        expect(slices[0].from).toBe(0);
        expect(slices[n - 1].to).toBe(total);
        slices.slice(1).forEach((slice, i) => expect(slice.from).toBe(slices[i].to));
        const sizes = slices.map(({ from, to }) => to - from);
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('refuses k outside 1…n: a programming error, named', () => {
    expect(() => shardRange(10, 0, 3)).toThrow(/invariant: shard 0\/3 needs 1 ≤ k ≤ n/);
    expect(() => shardRange(10, 4, 3)).toThrow(/invariant/);
  });
});
