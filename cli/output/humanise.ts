// Numbers for people: times in min / h / d, shares in %, counts without noise.
// Only for tables; JSON and CSV keep the raw minutes.

export type ValueKind = 'time' | 'share' | 'count' | 'number' | 'money';

function fixed(value: number, digits: number): string {
  const text = value.toFixed(digits);
  return /^-0(\.0+)?$/.test(text) ? text.slice(1) : text; // no "-0.0" for a tiny negative
}

/** Minutes as "45 min", "3.2 h" or "1.4 d", choosing the unit by size. */
export function humaniseMinutes(minutes: number): string {
  const size = Math.abs(minutes);
  if (minutes === 0) return '0 min';
  if (size < 60) return `${fixed(minutes, size < 10 ? 1 : 0)} min`;
  if (size < 1440) return `${fixed(minutes / 60, 1)} h`;
  return `${fixed(minutes / 1440, 1)} d`;
}

export function humaniseNumber(value: number): string {
  const size = Math.abs(value);
  if (size >= 1000) return fixed(value, 0);
  if (size >= 100) return fixed(value, 1);
  return fixed(value, 2);
}

export function humanise(value: number, kind: ValueKind): string {
  if (!Number.isFinite(value)) return Number.isNaN(value) ? '—' : value > 0 ? '∞' : '−∞';
  switch (kind) {
    case 'time':
      return humaniseMinutes(value);
    case 'share':
      return `${fixed(value * 100, 1)} %`;
    case 'count':
      return Number.isInteger(value) ? String(value) : fixed(value, 1);
    case 'number':
      return humaniseNumber(value);
    case 'money':
      // Cents below a thousand, whole units above (the currency is in the row's label).
      return fixed(value, Math.abs(value) >= 1000 ? 0 : 2);
  }
}

export function humaniseInterval([low, high]: readonly [number, number], kind: ValueKind): string {
  if (!Number.isFinite(low) || !Number.isFinite(high)) return '—';
  return `[${humanise(low, kind)}, ${humanise(high, kind)}]`;
}

/** A count for a sentence: exact with thousands separators below a million, else "3.6e11". */
export function humaniseCount(count: number): string {
  if (!Number.isFinite(count)) return Number.isNaN(count) ? '—' : '∞';
  if (Math.abs(count) < 1e6) return Math.round(count).toLocaleString('en-US');
  return count.toExponential(1).replace('e+', 'e');
}

/** A rough duration for a sentence: "40 s", "12 min", "3.5 h", "14 days", "27 years". */
export function humaniseSeconds(seconds: number): string {
  const minutes = seconds / 60;
  const hours = minutes / 60;
  const days = hours / 24;
  const years = days / 365;
  if (seconds < 90) return `${Math.round(seconds)} s`;
  if (minutes < 90) return `${Math.round(minutes)} min`;
  if (hours < 36) return `${fixed(hours, 1)} h`;
  if (days < 730) return `${Math.round(days)} days`;
  return `${humaniseCount(Math.round(years))} years`;
}
