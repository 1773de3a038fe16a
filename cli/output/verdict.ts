// The verdict on a paired difference (team − silo): a 95% CI that contains 0 means no
// significant difference; otherwise better or worse by the metric's direction.
import type { Estimate } from '../../src/index.js';
import type { Direction } from './metric-specs.js';
import type { Style } from './table.js';

export interface Verdict {
  text: string;
  style?: Style;
}

export function verdict(difference: Estimate | undefined, better: Direction): Verdict {
  if (!difference) return { text: '' };
  const [low, high] = difference.ci95;
  if (!Number.isFinite(low) || !Number.isFinite(high)) return { text: 'n/a', style: 'dim' };
  if (low <= 0 && high >= 0) return { text: 'no significant difference', style: 'dim' };
  const higher = low > 0;
  if (better === null) return { text: higher ? 'team higher' : 'team lower' };
  const teamBetter = (better === 'higher') === higher;
  return teamBetter ? { text: 'team better', style: 'good' } : { text: 'team worse', style: 'bad' };
}
