// studentT975 against the printed two-sided 95% table (3 decimals).
import { describe, expect, it } from 'vitest';
import { studentT975 } from '../../src/metrics/index.js';

describe('studentT975', () => {
  it.each([
    [1, 12.706],
    [2, 4.303],
    [3, 3.182],
    [9, 2.262],
    [19, 2.093],
    [29, 2.045],
    [30, 2.042],
    [31, 2.04],
    [40, 2.021],
    [60, 2.0],
    [100, 1.984],
    [120, 1.98],
    [1000, 1.962],
    [Infinity, 1.96],
  ])('df %s gives %s', (df, t) => {
    expect(studentT975(df)).toBeCloseTo(t, 3);
  });

  it("falls monotonically towards the normal quantile, also across the table's end", () => {
    const values = [1, 2, 5, 10, 29, 30, 31, 32, 50, 1e3, 1e6].map(studentT975);
    for (let i = 1; i < values.length; i++) expect(values[i]).toBeLessThan(values[i - 1]);
    expect(values.at(-1)).toBeGreaterThan(1.959963984540054);
  });

  it('rejects degrees of freedom that do not exist', () => {
    expect(() => studentT975(0)).toThrow(RangeError);
    expect(() => studentT975(2.5)).toThrow(RangeError);
    expect(() => studentT975(NaN)).toThrow(RangeError);
  });
});
