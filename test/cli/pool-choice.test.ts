// Without --workers, small runs stay in this process (a pool's start-up costs more than it
// saves); an explicit --workers is always followed.
import { describe, expect, it } from 'vitest';
import { POOL_THRESHOLD_CONCERNS, workersFor } from '../../cli/schedule/runner.js';

describe('workersFor', () => {
  it('runs a small run in this process by default', () => {
    // The shipped scenario: 2 organisations × 20 replications × ~4,800 concerns.
    expect(workersFor(undefined, 40 * 4800, 8)).toBe(1);
  });

  it('uses every core by default once the run is large', () => {
    expect(workersFor(undefined, POOL_THRESHOLD_CONCERNS, 8)).toBe(8);
  });

  it('follows an explicit --workers whatever the size', () => {
    expect(workersFor(2, 10, 8)).toBe(2);
    expect(workersFor(1, 1e9, 8)).toBe(1);
  });
});
