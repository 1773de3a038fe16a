// The week as 168 hour slots (slot 0 is Monday 00:00–01:00, as the clock's minute 0 is a
// Monday 00:00: docs/model.md#fitting-a-scenario-to-data), written back as the `when` and
// `hours` strings of a scenario ("mon-fri 08:00-17:00", "sat").
export const HOURS_PER_WEEK = 168;
export const MINUTES_PER_WEEK = 10080;
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** The hour slot of minute t. */
export function slotOf(t: number): number {
  return Math.floor((((t % MINUTES_PER_WEEK) + MINUTES_PER_WEEK) % MINUTES_PER_WEEK) / 60);
}

/** Minutes of [from, to) that fall in open slots (`open[s]` for slot s). */
export function openMinutes(from: number, to: number, open: readonly boolean[]): number {
  let total = 0;
  let t = from;
  while (t < to) {
    const next = Math.min(to, (Math.floor(t / 60) + 1) * 60);
    if (open[slotOf(t)]) total += next - t;
    t = next;
  }
  return total;
}

const clock = (hour: number): string => `${String(hour).padStart(2, '0')}:00`;

/** One day's intervals [from, to) in hours as "08:00-12:00" pieces; null for the whole day. */
function dayIntervals(values: readonly (string | null)[], day: number): { key: string; text: string | null; value: string }[] {
  const out: { key: string; text: string | null; value: string }[] = [];
  let h = 0;
  while (h < 24) {
    const value = values[day * 24 + h];
    let end = h + 1;
    while (end < 24 && values[day * 24 + end] === value) end++;
    if (value !== null) out.push({ key: `${h}-${end}:${value}`, text: h === 0 && end === 24 ? null : `${clock(h)}-${clock(end)}`, value });
    h = end;
  }
  return out;
}

/**
 * Labels each slot with a value (null: not listed) and returns `when` strings with their
 * value: days with the same intervals of the same value are joined into a range of
 * consecutive days ("mon-fri 08:00-10:00"), a whole day is the day alone ("sat").
 */
export function weekEntries(values: readonly (string | null)[]): { when: string; value: string }[] {
  const byDay = DAYS.map((_, day) => dayIntervals(values, day));
  const entries: { when: string; value: string }[] = [];
  const done = new Set<string>();
  for (let day = 0; day < 7; day++) {
    for (const interval of byDay[day]) {
      if (done.has(`${day}|${interval.key}`)) continue;
      let last = day;
      while (last + 1 < 7 && byDay[last + 1].some((other) => other.key === interval.key)) last++;
      for (let d = day; d <= last; d++) done.add(`${d}|${interval.key}`);
      const days = last === day ? DAYS[day] : `${DAYS[day]}-${DAYS[last]}`;
      entries.push({ when: interval.text === null ? days : `${days} ${interval.text}`, value: interval.value });
    }
  }
  return entries;
}
