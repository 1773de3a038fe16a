// selectRanks and describe: the same numbers as sorting the whole column.
import fc from 'fast-check';
import { describe as group, expect, it } from 'vitest';
import { describe, percentile } from '../../src/metrics/percentile.js';
import { Samples } from '../../src/metrics/samples.js';
import { selectRanks } from '../../src/metrics/select.js';

const column = fc.oneof(
  fc.array(fc.double({ min: 0, max: 1e4, noNaN: true }), { maxLength: 400 }),
  // Many ties, runs and already sorted data: the cases that trip quickselect.
  fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 400 }),
  fc.array(fc.double({ noNaN: false }), { maxLength: 60 }),
  fc.integer({ min: 0, max: 3000 }).map((n) => Array.from({ length: n }, (_, i) => i)),
  fc.integer({ min: 0, max: 3000 }).map((n) => Array.from({ length: n }, (_, i) => n - i)),
);

function bySorting(values: number[]) {
  const sorted = new Float64Array(values).sort();
  const n = sorted.length;
  const sum = values.reduce((s, x) => s + x, 0);
  return {
    mean: n === 0 ? NaN : sum / n,
    p50: percentile(sorted, 0.5), p85: percentile(sorted, 0.85), p95: percentile(sorted, 0.95),
    max: n === 0 ? NaN : sorted[n - 1],
  };
}

group('selectRanks', () => {
  it('puts the values a sort would put at the requested ranks, for any column', () => {
    fc.assert(fc.property(column, fc.array(fc.nat(), { maxLength: 8 }), (values, picks) => {
      if (values.length === 0) return;
      const ranks = picks.map((p) => p % values.length);
      const sorted = new Float64Array(values).sort();
      const selected = new Float64Array(values);
      selectRanks(selected, ranks);
      for (const r of ranks) expect(Object.is(selected[r], sorted[r])).toBe(true);
    }), { numRuns: 300 });
  });

  it('keeps -0 and NaN where a sort puts them', () => {
    const values = new Float64Array([0, -0, Number.NaN, 1, -0, 2]);
    selectRanks(values, [0, 1, 2, 5]);
    expect(Object.is(values[0], -0)).toBe(true);
    expect(Object.is(values[2], 0)).toBe(true);
    expect(values[5]).toBeNaN();
  });

  it('rejects a rank outside the column', () => {
    expect(() => selectRanks(new Float64Array([1, 2]), [2])).toThrow(/rank 2/);
  });
});

group('describe', () => {
  it('gives bit for bit the statistics of the sorted column', () => {
    fc.assert(fc.property(column, (values) => {
      const samples = new Samples(4);
      for (const x of values) samples.push(x);
      const got = describe(samples);
      const want = bySorting(values);
      for (const key of ['mean', 'p50', 'p85', 'p95', 'max'] as const) expect(Object.is(got[key], want[key])).toBe(true);
      // The column keeps its insertion order (its sum is taken in that order).
      expect([...samples.values()]).toEqual(values);
    }), { numRuns: 300 });
  });
});
