// Utilisation counts only the part of each piece of work inside [warmup, horizon].
import { describe, expect, it } from 'vitest';
import type { TraceEvent } from '../../src/trace/events.js';
import { arrived, started, createStoredFold } from './trace.js';

const utilisationOf = (events: TraceEvent[]) => {
  const fold = createStoredFold({
    warmup: 100,
    horizon: 200,
    units: [
      { id: 'stammdaten', capacity: 2 },
      { id: 'leistung', capacity: 1 },
      { id: 'idle', capacity: 3 },
    ],
    headcount: 6,
  });
  for (const event of events) fold.push(event);
  return fold.finish().utilisation;
};

describe('utilisation', () => {
  it('counts work started before warmup from warmup on', () => {
    expect(utilisationOf([arrived(0, '1'), started(50, '1', 'leistung', 100)]).byUnit.leistung).toBe(50 / 100);
  });

  it('counts work still running at the horizon up to the horizon', () => {
    expect(utilisationOf([arrived(170, '1'), started(180, '1', 'leistung', 80)]).byUnit.leistung).toBe(20 / 100);
  });

  it("ignores work finished before warmup and divides by the unit's people", () => {
    const events = [arrived(0, '1'), started(0, '1', 'stammdaten', 50), arrived(110, '2'), started(120, '2', 'stammdaten', 10)];
    expect(utilisationOf(events).byUnit.stammdaten).toBe(10 / (2 * 100));
  });

  it('lists every unit, idle ones as 0, and weighs overall by people', () => {
    const events = [arrived(0, '1'), started(50, '1', 'leistung', 100), started(150, '1', 'stammdaten', 100)];
    expect(utilisationOf(events)).toEqual({
      overall: (50 + 50) / ((2 + 1 + 3) * 100),
      byUnit: { stammdaten: 50 / 200, leistung: 50 / 100, idle: 0 },
    });
  });
});
