// Parameter checks for distributions. The scenario layer validates user input first, so a
// failure here is a programmer error: it throws, naming the broken invariant.
import type { DistributionKind } from './distribution.js';

export function ensure(kind: DistributionKind, holds: boolean, invariant: string): void {
  if (!holds) throw new RangeError(`${kind} distribution: ${invariant}`);
}

/** True for a finite number >= 0 (false for NaN and Infinity). */
export const isNonNegative = (x: number): boolean => x >= 0 && x < Infinity;

/** True for a finite number > 0. */
export const isPositive = (x: number): boolean => x > 0 && x < Infinity;
