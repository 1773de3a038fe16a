// The fast kernel (default) and the simjs kernel must be interchangeable: the same
// scenario and seed give byte-identical traces, records, hourly rows and metrics.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KERNEL_NAMES, loadKernel, type KernelFactory, type KernelName } from '../../src/kernel/index.js';
import type { ConcernRecord, HourRow, Metrics } from '../../src/metrics/types.js';
import { simulate } from '../../src/simulate.js';
import { parseScenario } from '../../src/scenario/parse.js';
import { MODES, type Mode, type Scenario } from '../../src/scenario/types.js';
import type { TraceEvent } from '../../src/trace/events.js';
import { randomScenario } from '../support/random-scenario.js';

interface Outcome {
  events: TraceEvent[];
  concerns: ConcernRecord[];
  hours: HourRow[];
  metrics: Metrics;
}

const KERNELS = Object.fromEntries(await Promise.all(KERNEL_NAMES.map(async (name) => [name, await loadKernel(name)]))) as Record<
  KernelName,
  KernelFactory
>;

function outcome(s: Scenario, mode: Mode, replication: number, kernel: KernelName): Outcome {
  const events: TraceEvent[] = [];
  const concerns: ConcernRecord[] = [];
  const hours: HourRow[] = [];
  const metrics = simulate(s, mode, replication, {
    kernel: KERNELS[kernel],
    sink: (e) => events.push(e),
    onConcern: (c) => concerns.push(c),
    onHour: (h) => hours.push(h),
  });
  return { events, concerns, hours, metrics };
}

/** Exact text of every number (NaN, -0 included), so "equal" means byte-identical. */
const exact = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    (typeof v === 'number' && !Number.isFinite(v)) || Object.is(v, -0) ? `#${String(Object.is(v, -0) ? '-0' : v)}` : v,
  );

function expectSameUnderBothKernels(s: Scenario, mode: Mode, replication = 0): Outcome {
  const fast = outcome(s, mode, replication, 'fast');
  const simjs = outcome(s, mode, replication, 'simjs');
  expect(fast.events.length).toBe(simjs.events.length);
  expect(exact(fast.events)).toBe(exact(simjs.events));
  expect(exact(fast.concerns)).toBe(exact(simjs.concerns));
  expect(exact(fast.hours)).toBe(exact(simjs.hours));
  expect(exact(fast.metrics)).toBe(exact(simjs.metrics));
  return fast;
}

function load(path: string, overrides: { path: string; value: string }[] = []): Scenario {
  const parsed = parseScenario(readFileSync(new URL(path, import.meta.url), 'utf8'), { file: path, overrides, mode: 'any' });
  if (!parsed.scenario) throw new Error(`${path}: ${parsed.issues.map((i) => i.message).join('; ')}`);
  return parsed.scenario;
}

describe('fast and simjs kernels give identical results', () => {
  it.each(MODES)('versicherung.yaml, %s, replications 0 and 1: same trace, records, hours and metrics', (mode) => {
    const s = load('../../scenarios/versicherung.yaml');
    for (const replication of [0, 1]) {
      const { events } = expectSameUnderBothKernels(s, mode, replication);
      expect(events.length).toBeGreaterThan(10_000);
    }
  });

  it.each([
    ['M/M/3', '../../bench/scenarios/mm3.yaml', '20000'],
    ['tandem', '../../bench/scenarios/tandem.yaml', '20000'],
    ['overloaded M/M/1 (growing backlog)', '../../bench/scenarios/overload.yaml', '20000'],
  ])('%s bench scenario: same trace and metrics', (_name, path, horizon) => {
    const s = load(path, [{ path: 'time.horizon', value: horizon }]);
    expectSameUnderBothKernels(s, 'silo');
  });

  it('equal-time actions (constant work, pickup instants) keep the same order in both', () => {
    const s = load('../../scenarios/versicherung.yaml', [
      { path: 'concerns.0.tasks.0.work', value: '10' },
      { path: 'organisations.silo.handoff.delay', value: '0' },
      { path: 'organisations.team.handoff.delay', value: '0' },
      { path: 'time.horizon', value: '3d' },
    ]);
    for (const mode of MODES) expectSameUnderBothKernels(s, mode);
  });

  it.each(MODES)('random scenarios, %s: same trace and metrics', (mode) => {
    fc.assert(
      fc.property(randomScenario, (s) => {
        expectSameUnderBothKernels(s, mode);
      }),
      { numRuns: 40 },
    );
  });
});
