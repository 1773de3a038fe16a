// percentile: linear interpolation between closest ranks (Hyndman & Fan type 7).
import { describe, expect, it } from 'vitest';
import { percentile } from '../../src/metrics/index.js';

describe('percentile (type 7)', () => {
  it('interpolates at h = (n − 1)·p between the neighbouring ranks', () => {
    // h = 3·0.5 = 1.5 → halfway between 2 and 3; h = 3·0.85 = 2.55 → 3 + 0.55·(10 − 3)
    expect(percentile([1, 2, 3, 10], 0.5)).toBe(2.5);
    expect(percentile([1, 2, 3, 10], 0.85)).toBeCloseTo(6.85, 12);
    expect(percentile(new Float64Array([1, 2, 3, 10]), 0.95)).toBeCloseTo(3 + 0.85 * 7, 12);
  });

  it('returns exact ranks without interpolating', () => {
    expect(percentile([10, 20, 30, 40, 50], 0.25)).toBe(20);
    expect(percentile([10, 20, 30, 40, 50], 0.5)).toBe(30);
  });

  it('gives the minimum at 0, the maximum at 1, and the only value of a single one', () => {
    expect(percentile([3, 5, 8], 0)).toBe(3);
    expect(percentile([3, 5, 8], 1)).toBe(8);
    expect(percentile([7], 0.85)).toBe(7);
  });

  it('is NaN without values', () => {
    expect(percentile([], 0.5)).toBeNaN();
  });

  it('rejects a percent where a fraction is expected', () => {
    expect(() => percentile([1, 2], 85)).toThrow(/fraction/);
  });
});
