// The simulation worker's scheduler with helper workers the tests control: every replication
// comes back once and in order however the work is shared, and a crashed, slow, failing or
// outdated helper cannot lose a row, hold up a run or mix runs.
import { describe, expect, it } from 'vitest';
import { IN_FLIGHT, PREVIEW_REPLICATIONS, PROGRESS_EVERY_MS, Scheduler } from '../../web/worker/scheduler.js';
import type { HelperMessage, HelperRequest } from '../../web/worker/replicate.js';
import type { MetricsRow } from '../../src/index.js';
import { allTasks, flush, harness, keysOf, spec, tagOf } from './scheduler-fakes.js';

describe('a run shared with helpers', () => {
  it('returns every replication exactly once, in mode-then-replication order, whoever ran it', async () => {
    const t = harness(2);
    const rows = await t.drive(t.scheduler.replicate(spec(1, 6)));
    expect(keysOf(rows)).toEqual(allTasks(6));
    // Each row is the one computed for its own replication of this run.
    expect(rows!.every((r) => tagOf(r).run === 1)).toBe(true);
    const byHelpers = t.helpers.flatMap((h) => h.tasksOf(1));
    expect(byHelpers.length).toBeGreaterThan(0);
    expect(rows!.filter((r) => tagOf(r).by !== 'local').length).toBeGreaterThan(0);
  });

  it('runs every replication itself, in queue order, without helpers', async () => {
    const t = harness(0);
    const rows = await t.drive(t.scheduler.replicate(spec(1, 3)));
    expect(t.local).toEqual(allTasks(3));
    expect(keysOf(rows)).toEqual(allTasks(3));
  });

  it('sends each helper the run’s file (its seed included) once, before its first task', async () => {
    const t = harness(2);
    await t.drive(t.scheduler.replicate(spec(1, 5)));
    for (const h of t.helpers) {
      const scenarios = h.received.filter((m) => m.type === 'scenario');
      expect(scenarios).toEqual([{ type: 'scenario', id: 1, data: { run: { seed: 10 } } }]);
      expect(h.received[0].type).toBe('scenario');
    }
  });

  it('never lets a helper hold more than IN_FLIGHT tasks, and keeps it that busy', async () => {
    const t = harness(2);
    await t.drive(t.scheduler.replicate(spec(1, 10)));
    await t.drive(t.scheduler.replicate(spec(2, 10)));
    for (const h of t.helpers) expect(h.mostHeld).toBe(IN_FLIGHT);
  });
});

describe('the order tasks are handed out in', () => {
  it('on the first run, helpers take from the back (team) and this worker from the front (silo)', async () => {
    const t = harness(1);
    const run = t.scheduler.replicate(spec(1, 3));
    await flush();
    expect(t.helpers[0].tasksOf(1)).toEqual(['team 2', 'team 1']);
    expect(t.local).toEqual(['silo 0']);
    t.helpers[0].answer();
    expect(t.helpers[0].tasksOf(1)).toEqual(['team 2', 'team 1', 'team 0']);
    await t.drive(run);
  });

  it('on later runs, helpers and this worker take in queue order: the preview’s replications first, alternating', async () => {
    const t = harness(1);
    await t.drive(t.scheduler.replicate(spec(1, 3)));
    t.idle();
    t.local.length = 0;
    const run = t.scheduler.replicate(spec(2, 3));
    await flush();
    expect(t.helpers[0].tasksOf(2)).toEqual(['silo 0', 'team 0']);
    expect(t.local).toEqual(['silo 1']);
    t.helpers[0].answer();
    expect(t.helpers[0].tasksOf(2)).toEqual(['silo 0', 'team 0', 'team 1']);
    await t.drive(run);
  });

  it(`on later runs, replications ${PREVIEW_REPLICATIONS} and up keep the silo first`, async () => {
    const t = harness(0);
    await t.drive(t.scheduler.replicate(spec(1, 7)));
    t.local.length = 0;
    await t.drive(t.scheduler.replicate(spec(2, 7)));
    const early = Array.from({ length: PREVIEW_REPLICATIONS }, (_, r) => [`silo ${r}`, `team ${r}`]).flat();
    expect(t.local).toEqual([...early, 'silo 5', 'silo 6', 'team 5', 'team 6']);
  });
});

describe('the preview of a run', () => {
  it(`is called once on a later run, with replications 0 to ${PREVIEW_REPLICATIONS - 1} of every organisation (paired)`, async () => {
    const t = harness(1);
    const previews: string[][] = [];
    const preview = (rows: MetricsRow[]) => previews.push(keysOf(rows)!);
    await t.drive(t.scheduler.replicate({ ...spec(1, 8), preview }));
    expect(previews, 'the first run (helpers take from the back) has none').toEqual([]);
    await t.drive(t.scheduler.replicate({ ...spec(2, 8), preview }));
    const first = Array.from({ length: PREVIEW_REPLICATIONS }, (_, r) => r);
    expect(previews).toEqual([[...first.map((r) => `silo ${r}`), ...first.map((r) => `team ${r}`)]]);
  });

  it('is not called when the run is already complete by then (fewer replications than a preview needs)', async () => {
    const t = harness(0);
    let called = 0;
    await t.drive(t.scheduler.replicate({ ...spec(1, 3), preview: () => called++ }));
    expect(called).toBe(0);
  });
});

describe('helpers that crash, dawdle or fail', () => {
  it('re-runs what a crashed helper held, and the run completes', async () => {
    const t = harness(1);
    const run = t.scheduler.replicate(spec(1, 3));
    await flush();
    t.helpers[0].answer(); // team 2; it is handed team 0
    expect(t.helpers[0].pending.map((m) => `${m.mode} ${m.replication}`)).toEqual(['team 1', 'team 0']);
    t.helpers[0].crash();
    t.scheduler.lost(0);
    t.scheduler.lost(0); // reported twice: nothing more to give back
    const rows = await t.drive(run);
    expect(keysOf(rows)).toEqual(allTasks(3));
    expect(t.local).toEqual(['silo 0', 'team 1', 'team 0', 'silo 1', 'silo 2']);
    expect(tagOf(rows!.find((r) => r.mode === 'team' && r.replication === 2)!).by).toBe('helper 0');
  });

  it('runs what a slow helper still holds itself, and finishes without it', async () => {
    const t = harness(1);
    const run = t.scheduler.replicate(spec(1, 3));
    let rows: MetricsRow[] | null | undefined;
    run.then((r) => (rows = r));
    await flush();
    for (let i = 0; i < 6 && rows === undefined; i++) await t.breathe();
    // The helper never answered: this worker ran its tasks too, the last one it was handed first.
    expect(t.helpers[0].pending.map((m) => `${m.mode} ${m.replication}`)).toEqual(['team 2', 'team 1']);
    expect(t.local).toEqual(['silo 0', 'silo 1', 'silo 2', 'team 0', 'team 1', 'team 2']);
    expect(keysOf(rows!)).toEqual(allTasks(3));
    // Its late answers change nothing.
    t.helpers[0].answer();
    t.helpers[0].answer();
    expect(rows!.every((r) => tagOf(r).by === 'local')).toBe(true);
  });

  it('counts the first answer when a helper and this worker both ran a task', async () => {
    const t = harness(1);
    const run = t.scheduler.replicate(spec(1, 3));
    await flush();
    for (let i = 0; i < 4; i++) await t.breathe(); // silo 1, silo 2, team 0, then team 1 (held by the helper)
    expect(t.local.at(-1)).toBe('team 1');
    t.helpers[0].answer(); // team 2: first
    t.helpers[0].answer(); // team 1: second
    await t.breathe();
    const rows = await run;
    expect(keysOf(rows)).toEqual(allTasks(3));
    expect(rows!.map((r) => tagOf(r).by)).toEqual(['local', 'local', 'local', 'local', 'local', 'helper 0']);
  });

  it('fails the run with a helper’s message', async () => {
    const t = harness(1);
    const run = t.scheduler.replicate(spec(1, 3));
    await flush();
    t.helpers[0].fail('helper: no scenario for run 1');
    await expect(t.drive(run)).rejects.toThrow('helper: no scenario for run 1');
  });

  it('ignores a failure of a run already replaced', async () => {
    const t = harness(1);
    const first = t.scheduler.replicate(spec(1, 3));
    await flush();
    const second = t.scheduler.replicate(spec(2, 3));
    t.helpers[0].fail('too late');
    expect(await t.drive(first)).toBeNull();
    expect(keysOf(await t.drive(second))).toEqual(allTasks(3));
  });
});

describe('a newer run', () => {
  it('cancels the older one, and none of the older one’s rows leak into it', async () => {
    const t = harness(1);
    const first = t.scheduler.replicate(spec(1, 3));
    await flush();
    const second = t.scheduler.replicate(spec(2, 3));
    await flush();
    // The helper still holds tasks of run 1: it gets run 2's only after answering those.
    expect(t.helpers[0].received.filter((m) => m.id === 2)).toEqual([]);
    t.helpers[0].answer();
    expect(t.helpers[0].received.filter((m) => m.id === 2)).toEqual([]);
    t.helpers[0].answer();
    expect(t.helpers[0].received.filter((m) => m.id === 2).map((m) => m.type)).toEqual(['scenario', 'task', 'task']);
    expect(await t.drive(first)).toBeNull();
    const rows = await t.drive(second);
    expect(keysOf(rows)).toEqual(allTasks(3));
    expect(rows!.every((r) => tagOf(r).run === 2)).toBe(true);
    expect(t.scheduler.isLatest(2)).toBe(true);
  });

  it('supersede() alone stops the run it replaces handing out tasks', async () => {
    const t = harness(1);
    const run = t.scheduler.replicate(spec(1, 3));
    await flush();
    t.scheduler.supersede(2);
    t.helpers[0].answer();
    t.helpers[0].answer();
    expect(t.helpers[0].tasksOf(1)).toEqual(['team 2', 'team 1']);
    expect(await t.drive(run)).toBeNull();
    expect(t.local).toEqual(['silo 0']);
  });
});

describe('warming up after the first replay', () => {
  it('hands each idle helper the first organisation once, and runs both here, once per page', async () => {
    const t = harness(1);
    await t.drive(t.scheduler.replicate(spec(1, 2)));
    t.idle();
    const scenario = spec(1, 2).scenario;
    t.local.length = 0;
    const before = t.helpers[0].received.length;
    const warming = t.scheduler.warmUp(1, scenario, ['silo', 'team']);
    expect(t.helpers[0].received.slice(before)).toEqual([{ type: 'task', id: 1, mode: 'silo', replication: 0 }]);
    await t.drive(warming);
    expect(t.local).toEqual(['silo 0', 'team 0']);
    await t.drive(t.scheduler.warmUp(1, scenario, ['silo', 'team']));
    expect(t.local).toEqual(['silo 0', 'team 0']);
  });

  it('hands helpers nothing when the scenario has one organisation (they have run it)', async () => {
    const t = harness(1);
    await t.drive(t.scheduler.replicate(spec(1, 2, ['team'])));
    t.idle();
    t.local.length = 0;
    const before = t.helpers[0].received.length;
    await t.drive(t.scheduler.warmUp(1, spec(1, 2, ['team']).scenario, ['team']));
    expect(t.helpers[0].received.length).toBe(before);
    expect(t.local).toEqual(['team 0']);
  });

  it('does nothing for a run a newer one has replaced', async () => {
    const t = harness(1);
    await t.drive(t.scheduler.replicate(spec(1, 2)));
    t.scheduler.supersede(2);
    t.local.length = 0;
    t.idle();
    await t.drive(t.scheduler.warmUp(1, spec(1, 2).scenario, ['silo', 'team']));
    expect(t.local).toEqual([]);
    expect(t.helpers[0].pending).toEqual([]);
    // It has not used up the page's one warm-up.
    await t.drive(t.scheduler.warmUp(2, spec(2, 2).scenario, ['silo', 'team']));
    expect(t.local).toEqual(['silo 0', 'team 0']);
  });
});

describe('progress', () => {
  it('is reported at most every PROGRESS_EVERY_MS', async () => {
    expect(PROGRESS_EVERY_MS).toBe(100);
    const t = harness(0);
    t.clock.perReplication = 30;
    await t.drive(t.scheduler.replicate(spec(7, 5)));
    // Rows at 30, 60, 90, 120 (reported), 150, 180, 210, 240 (reported), 270, 300 ms.
    expect(t.progress).toEqual([
      { id: 7, done: 4, total: 10 },
      { id: 7, done: 8, total: 10 },
    ]);
  });
});

describe('real MessagePorts', () => {
  it('drives a helper behind a MessageChannel', async () => {
    const channel = new MessageChannel();
    const helperSide = channel.port2;
    helperSide.onmessage = (e: MessageEvent<HelperRequest>) => {
      const m = e.data;
      if (m.type !== 'task') return;
      const row = { mode: m.mode, replication: m.replication, metrics: { run: m.id, by: 'channel' } };
      helperSide.postMessage({ type: 'row', id: m.id, row } as unknown as HelperMessage);
    };
    const scheduler = new Scheduler({
      runLocally: (_s, { mode, replication }) => ({ mode, replication, metrics: { run: 1, by: 'local' } }) as unknown as MetricsRow,
      breathe: () => new Promise((resolve) => setImmediate(resolve)),
      now: () => 0,
      progress: () => {},
    });
    scheduler.adopt([channel.port1]);
    try {
      const rows = await scheduler.replicate(spec(1, 20));
      expect(keysOf(rows)).toEqual(allTasks(20));
      expect(rows!.some((r) => tagOf(r).by === 'channel')).toBe(true);
    } finally {
      channel.port1.close();
      helperSide.close();
    }
  });
});
