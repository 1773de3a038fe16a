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
    p50: percentile(sorted, 0.5),
    p85: percentile(sorted, 0.85),
    p95: percentile(sorted, 0.95),
    max: n === 0 ? NaN : sorted[n - 1],
  };
}

group('selectRanks', () => {
  it('puts the values a sort would put at the requested ranks, for any column', () => {
    fc.assert(
      fc.property(column, fc.array(fc.nat(), { maxLength: 8 }), (values, picks) => {
        if (values.length === 0) return;
        const ranks = picks.map((p) => p % values.length);
        const sorted = new Float64Array(values).sort();
        const selected = new Float64Array(values);
        selectRanks(selected, ranks);
        for (const r of ranks) expect(Object.is(selected[r], sorted[r])).toBe(true);
      }),
      { numRuns: 300 },
    );
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
    fc.assert(
      fc.property(column, (values) => {
        const samples = new Samples(4);
        for (const x of values) samples.push(x);
        const got = describe(samples);
        const want = bySorting(values);
        for (const key of ['mean', 'p50', 'p85', 'p95', 'max'] as const) expect(Object.is(got[key], want[key])).toBe(true);
        // The column keeps its insertion order (its sum is taken in that order).
        expect([...samples.values()]).toEqual(values);
      }),
      { numRuns: 300 },
    );
  });
});

group('selectRanks on long columns (counting pass over the bits first)', () => {
  const columns: [string, (i: number, u: number) => number][] = [
    ['exponential lead times', (_i, u) => -Math.log(1 - u) * 8],
    ['many ties (whole minutes)', (_i, u) => Math.floor(u * 30)],
    ['one binade only', (_i, u) => 2 + u * 1.999],
    ['tiny and huge values, zeros', (i, u) => (i % 7 === 0 ? 0 : u < 0.5 ? u * 1e-300 : u * 1e300)],
    ['ascending', (i) => i / 3],
    ['with a negative value (falls back)', (i, u) => (i === 777 ? -1 : u)],
  ];
  it.each(columns)('%s: the same values as sorting', (_name, value) => {
    fc.assert(
      fc.property(fc.integer({ min: 1 << 15, max: 90_000 }), fc.integer({ min: 1, max: 2 ** 31 }), (n, seed) => {
        let state = seed;
        const uniform = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
        const values = Float64Array.from({ length: n }, (_, i) => value(i, uniform()));
        const sorted = values.slice().sort();
        const ranks = [
          n - 1,
          0,
          Math.floor((n - 1) * 0.5),
          Math.floor((n - 1) * 0.5) + 1,
          Math.floor((n - 1) * 0.95),
          Math.floor((n - 1) * 0.95) + 1,
        ];
        selectRanks(values, ranks);
        for (const r of ranks) expect(Object.is(values[r], sorted[r])).toBe(true);
      }),
      { numRuns: 6 },
    );
  });
});
