import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/simulate.js';
import { parseScenario } from '../../src/scenario/parse.js';
import type { TraceEvent } from '../../src/trace/events.js';
import { buildReplay, type Replay } from '../../web/replay/replay.js';
import { packReplay, transferablesOf, unpackReplay } from '../../web/replay/packed-replay.js';
import { SILO_TRACE, TEAM_TRACE } from './traces.js';

/** What the page gets: the packed replay as postMessage clones it, unpacked. */
const roundTrip = (replay: Replay): Replay => unpackReplay(structuredClone(packReplay(replay)));
const TYPES = ['move', 'question', 'move-and-question'];

describe('packed replay (worker → page)', () => {
  it('gives back the replays of the hand-built traces, part for part and segment for segment', () => {
    for (const [mode, trace] of [
      ['silo', SILO_TRACE],
      ['team', TEAM_TRACE],
    ] as const) {
      const replay = buildReplay(mode, trace, 600, TYPES);
      const back = roundTrip(replay);
      expect(back).toEqual(replay);
      // Map order is what "returns of a customer" and the journey list read.
      expect([...back.journeys.keys()]).toEqual([...replay.journeys.keys()]);
    }
  });

  it('gives back a whole replication of the seed story in both organisations, unresolved concerns and errors included', () => {
    const text = readFileSync(new URL('./fixtures/versicherung.yaml', import.meta.url), 'utf8');
    const scenario = parseScenario(text).scenario!;
    for (const mode of ['silo', 'team'] as const) {
      const events: TraceEvent[] = [];
      simulate(scenario, mode, 0, { sink: (e) => events.push(e) });
      const replay = buildReplay(
        mode,
        events,
        scenario.horizon,
        scenario.concernTypes.map((c) => c.id),
      );
      const journeys = [...replay.journeys.values()];
      expect(journeys.some((j) => j.resolved === null)).toBe(true);
      // The silo's errors (the team of this story makes none) travel too.
      if (mode === 'silo') expect(journeys.some((j) => j.errors.length > 0)).toBe(true);
      const back = roundTrip(replay);
      expect(back).toEqual(replay);
      expect([...back.journeys.keys()]).toEqual([...replay.journeys.keys()]);
    }
  });

  it('transfers every column, each buffer once', () => {
    const packed = packReplay(buildReplay('silo', SILO_TRACE, 600, TYPES));
    const buffers = transferablesOf(packed);
    expect(new Set(buffers).size).toBe(buffers.length);
    const columns = [packed.part, packed.segment, packed.journey, packed.bucket, packed.absence].reduce(
      (n, group) => n + Object.keys(group).length,
      2,
    );
    expect(buffers).toHaveLength(columns);
  });
});
