// fitScenario on tiny hand-built exports: types, order and dependencies, split, staff,
// intake and misrouting, handoff gaps, pickup and lead times.
import { describe, expect, it } from 'vitest';
import { fitScenario, proposeTeams, type WorkRow } from '../../src/fit/index.js';
import { detectPickup } from '../../src/fit/handoffs.js';
import { inferAfter } from '../../src/fit/sequence.js';

let line = 1;
function row(
  concern: string,
  type: string,
  task: string,
  times: [number | null, number, number | null],
  more: Partial<WorkRow> = {},
): WorkRow {
  const [created, started, finished] = times;
  return {
    line: ++line,
    period: '',
    concern,
    type,
    task,
    skill: task,
    piece: 'task',
    department: null,
    assignee: null,
    created,
    started,
    finished,
    ...more,
  };
}

describe('fitScenario', () => {
  // Three concerns of type "move" (address, then answer in another department) and one "question".
  const rows: WorkRow[] = [
    row('1', 'move', 'address', [0, 0, 10], { department: 'stamm', assignee: 'anna' }),
    row('1', 'move', 'answer', [40, 40, 60], { department: 'leistung', assignee: 'ben' }),
    row('2', 'move', 'address', [5, 10, 25], { department: 'stamm', assignee: 'carl' }),
    row('2', 'move', 'answer', [55, 60, 70], { department: 'leistung', assignee: 'ben' }),
    row('3', 'move', 'address', [100, 100, 110], { department: 'stamm', assignee: 'anna' }),
    row('3', 'move', 'answer', [140, 140, 150], { department: 'leistung', assignee: 'ben' }),
    row('4', 'question', 'answer', [120, 120, 140], { department: 'leistung', assignee: 'dora' }),
  ];
  const fit = fitScenario(rows, { calendar: 'none' });

  it('finds the types with their shares, most frequent first', () => {
    expect(fit.types.map((t) => [t.id, t.concerns, t.share])).toEqual([
      ['move', 3, 0.75],
      ['question', 1, 0.25],
    ]);
  });

  it('answer always started after address finished: after [address]', () => {
    expect(fit.types[0].tasks).toEqual([
      { id: 'address', presence: 1, after: [] },
      { id: 'answer', presence: 1, after: ['address'] },
    ]);
  });

  it('no concern had two tasks in work at once: sequential', () => {
    expect(fit.split).toBe('sequential');
  });

  it('staff are the distinct assignees of each department', () => {
    expect(fit.departments).toEqual([
      { id: 'stamm', skills: ['address'], staff: 2, staffFrom: 'assignees' },
      { id: 'leistung', skills: ['answer'], staff: 2, staffFrom: 'assignees' },
    ]);
  });

  it('the handoff gaps run from one department finishing to the next part being ready', () => {
    // 40 − 10, 55 − 25, 140 − 110
    expect(fit.handoff?.moments.mean).toBe(30);
    expect(fit.handoff?.n).toBe(3);
  });

  it('lead time is first arrival to last finish: 60, 65, 50 and 20 minutes', () => {
    expect(fit.leadTime).toMatchObject({ resolved: 4, open: 0, mean: (60 + 65 + 50 + 20) / 4 });
  });

  it('a concern with an open piece is open and not in the lead times', () => {
    const open = fitScenario([...rows, row('5', 'question', 'answer', [150, 150, null])], { calendar: 'none' });
    expect(open.leadTime).toMatchObject({ resolved: 4, open: 1 });
  });

  it('overlapping tasks of one concern make the split parallel and drop the dependency', () => {
    const parallel = fitScenario([...rows, row('6', 'move', 'answer', [200, 200, 230]), row('6', 'move', 'address', [200, 205, 215])], {
      calendar: 'none',
    });
    expect(parallel.split).toBe('parallel');
    expect(parallel.types[0].tasks.find((t) => t.id === 'answer')!.after).toEqual([]);
  });

  it('parallel split: a correction released when another task finished makes that task a prerequisite', () => {
    const withCorrection = fitScenario(
      [
        ...rows,
        row('6', 'move', 'answer', [200, 200, 210]),
        row('6', 'move', 'address', [200, 205, 215]),
        row('6', 'move', 'answer', [215, 220, 230], { piece: 'correction' }),
      ],
      { calendar: 'none' },
    );
    expect(withCorrection.split).toBe('parallel');
    expect(withCorrection.corrections).toBe(1);
    expect(withCorrection.types[0].tasks.find((t) => t.id === 'answer')!.after).toEqual(['address']);
  });

  it('without assignees, staff is the most pieces in work at once', () => {
    const anonymous = fitScenario(
      rows.map((r) => ({ ...r, assignee: null })),
      { calendar: 'none' },
    );
    // leistung: answer of 3 (140–150) overlaps the question (120–140) only at the instant 140
    expect(anonymous.departments.map((d) => [d.id, d.staff, d.staffFrom])).toEqual([
      ['stamm', 1, 'concurrency'],
      ['leistung', 1, 'concurrency'],
    ]);
  });

  it("orgflow's pieces: intake work and staff, misroutes per part, gaps from the intake", () => {
    const piece = (concern: string, kind: WorkRow['piece'], task: string, times: [number, number, number], unit: string) =>
      row(concern, 't', task, times, { piece: kind, department: unit, assignee: '0' });
    const withIntake = fitScenario(
      [
        piece('1', 'intake', 'intake', [0, 0, 3], 'intake'),
        piece('1', 'task', 'a', [60, 60, 70], 'da'),
        piece('2', 'intake', 'intake', [10, 10, 14], 'intake'),
        piece('2', 'misroute', 'a', [60, 60, 63], 'db'),
        piece('2', 'task', 'a', [120, 120, 130], 'da'),
      ],
      { calendar: 'none' },
    );
    expect(withIntake.intake).toMatchObject({ staff: 1, misroutes: 1, parts: 2 });
    // triage 3 and 4, recognition 3
    expect(withIntake.intake!.work.moments.mean).toBeCloseTo(10 / 3, 12);
    // 60 − 3 (intake → da), 60 − 14 (intake → db), 120 − 63 (db → da)
    expect(withIntake.handoff!.moments.mean).toBeCloseTo((57 + 46 + 57) / 3, 12);
    expect(withIntake.departments.map((d) => d.id)).toEqual(['da']);
  });
});

describe('inferAfter', () => {
  it('drops an edge implied by two others (transitive reduction)', () => {
    const concern = {
      key: '1',
      type: 't',
      arrival: 0,
      tasks: [row('1', 't', 'a', [0, 0, 1]), row('1', 't', 'b', [1, 1, 2]), row('1', 't', 'c', [2, 2, 3])],
      corrections: [],
    };
    expect(Object.fromEntries(inferAfter(['a', 'b', 'c'], [concern]))).toEqual({ a: [], b: ['a'], c: ['b'] });
  });
});

describe('detectPickup', () => {
  it('finds the longest interval the ready times keep to, within a second', () => {
    const readies = Array.from({ length: 40 }, (_, i) => 120 * (i + 1) + (i % 2 === 0 ? 0 : 60) + 0.005);
    expect(detectPickup(readies)).toBe(60);
    expect(detectPickup(readies.map((t) => t + 7))).toBeNull();
  });
});

describe('proposeTeams', () => {
  it('as many teams as the smallest department has people, each with every speciality', () => {
    const teams = proposeTeams(
      [
        { id: 'stamm', skills: ['address'], staff: 2, staffFrom: 'assignees' },
        { id: 'leistung', skills: ['answer'], staff: 3, staffFrom: 'assignees' },
      ],
      null,
      0.6,
    );
    expect(teams.map((t) => t.members.map((m) => [m.from, m.count]))).toEqual([
      [
        ['stamm', 1],
        ['leistung', 2],
      ],
      [
        ['stamm', 1],
        ['leistung', 1],
      ],
    ]);
    expect(teams[0].members[0].skills).toEqual({ address: 1, answer: 0.6 });
  });
});
