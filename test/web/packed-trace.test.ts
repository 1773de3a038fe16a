import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/run.js';
import { parseScenario } from '../../src/scenario/index.js';
import type { TraceEvent } from '../../src/trace/events.js';
import { TracePacker, transferablesOf, unpackTrace } from '../../web/worker/packed-trace.js';
import { SILO_TRACE, TEAM_TRACE } from './traces.js';

const roundTrip = (events: readonly TraceEvent[]): TraceEvent[] => {
  const packer = new TracePacker();
  for (const e of events) packer.push(e);
  // What the page receives: a structured clone, as postMessage makes it.
  return unpackTrace(structuredClone(packer.finish()));
};

describe('packed trace (worker → page)', () => {
  it('gives back every event of the hand-built traces, field for field, in order', () => {
    expect(roundTrip(SILO_TRACE)).toEqual(SILO_TRACE);
    expect(roundTrip(TEAM_TRACE)).toEqual(TEAM_TRACE);
  });

  it('gives back a whole replication of the seed story in both organisations (more events than the initial capacity)', () => {
    const text = readFileSync(new URL('./fixtures/versicherung.yaml', import.meta.url), 'utf8');
    const scenario = parseScenario(text).scenario!;
    for (const mode of ['silo', 'team'] as const) {
      const events: TraceEvent[] = [];
      simulate(scenario, mode, 0, { sink: (e) => events.push(e) });
      expect(events.length).toBeGreaterThan(10_000);
      expect(roundTrip(events)).toEqual(events);
    }
  });

  it('keeps each string once and transfers one buffer per column', () => {
    const packer = new TracePacker();
    for (const e of SILO_TRACE) packer.push(e);
    const packed = packer.finish();
    expect(new Set(packed.strings).size).toBe(packed.strings.length);
    expect(packed.count).toBe(SILO_TRACE.length);
    const buffers = transferablesOf(packed);
    expect(buffers).toHaveLength(10);
    expect(new Set(buffers).size).toBe(10);
  });
});
