import { describe, expect, it } from 'vitest';
import { buildReplay } from '../../web/replay/replay.js';
import { siloGeometry, lane } from '../../web/panels/silo-geometry.js';
import { arrivalAtLight, lightIsGreen, siloFrame } from '../../web/panels/silo-tokens.js';
import { onRing, RING_HALF, RING_LANE, teamGeometry } from '../../web/panels/team-geometry.js';
import { clockwise, teamFrame } from '../../web/panels/team-tokens.js';
import { pointAt } from '../../web/panels/polyline.js';
import { slot } from '../../web/panels/slots.js';
import { LAYOUT, ORDER_TRACE, SILO_TRACE, TEAM_TRACE, TYPES } from './traces.js';

const silo = buildReplay('silo', SILO_TRACE, 600, TYPES);
const team = buildReplay('team', TEAM_TRACE, 600, TYPES);
const g = siloGeometry(LAYOUT.silo!);
const tg = teamGeometry(LAYOUT.team!);
const timing = { pickup: 120, delayMean: 60 };
const close = (p: { x: number; y: number }, q: { x: number; y: number }) => {
  expect(p.x).toBeCloseTo(q.x, 6);
  expect(p.y).toBeCloseTo(q.y, 6);
};

describe('Ampel panel', () => {
  it('arrivalAtLight clamps the mean delay into the pickup window before readyAt', () => {
    expect(arrivalAtLight(3, 120, timing)).toBe(63);
    expect(arrivalAtLight(100, 120, timing)).toBe(120);
    expect(arrivalAtLight(3, 240, timing)).toBe(120);
    expect(arrivalAtLight(3, 50, { pickup: 0, delayMean: 60 })).toBe(50);
  });

  it('the light is green just after each pickup instant, always without pickup', () => {
    expect(lightIsGreen(240.5, 120, 2)).toBe(true);
    expect(lightIsGreen(243, 120, 2)).toBe(false);
    expect(lightIsGreen(243, 0, 2)).toBe(true);
  });

  it('the light is red from time 0 until the first pickup instant: nothing handed off is released before it', () => {
    expect(lightIsGreen(0, 120, 2)).toBe(false);
    expect(lightIsGreen(1, 120, 2)).toBe(false);
    expect(lightIsGreen(120, 120, 2)).toBe(true);
  });

  it('a handed-off piece drives its lane, then waits before the light until readyAt', () => {
    const driving = siloFrame(g, silo, 33, timing).tokens.find((t) => t.key === '1|answer')!;
    close(driving, pointAt(lane(g, 'intake', 'leistung'), 30 / 60));
    expect(driving.state).toBe('handoff');
    const waiting = siloFrame(g, silo, 100, timing).tokens.filter((t) => t.state === 'handoff');
    const st = g.stations.get('stammdaten')!;
    close(
      waiting.find((t) => t.key === '1|update-address')!,
      slot(st.waiting!, 0),
    );
    close(
      waiting.find((t) => t.key === '2|update-address')!,
      slot(st.waiting!, 1),
    );
    close(
      waiting.find((t) => t.key === '1|answer')!,
      slot(g.stations.get('leistung')!.waiting!, 0),
    );
  });

  it("queued pieces stand in line before the desk, work sits on the worker's seat", () => {
    const f = siloFrame(g, silo, 125, timing);
    const st = g.stations.get('stammdaten')!;
    close(
      f.tokens.find((t) => t.key === '1|update-address')!,
      st.seats[1],
    );
    close(
      f.tokens.find((t) => t.key === '2|update-address')!,
      slot(st.queue, 0),
    );
    close(
      f.tokens.find((t) => t.key === '1|answer')!,
      slot(g.stations.get('leistung')!.queue, 0),
    );
    expect(Object.fromEntries(f.queued)).toEqual({ leistung: 1, stammdaten: 1 });
    expect(Object.fromEntries(f.busy)).toEqual({ stammdaten: 1 });
  });

  it('marks errors from the moment they happen and failure demand always', () => {
    const before = siloFrame(g, silo, 2, timing).tokens.find((t) => t.key === '1|intake')!;
    expect(before.error).toBe(false);
    const after = siloFrame(g, silo, 50, timing).tokens.filter((t) => t.concern === '1');
    expect(after.every((t) => t.error)).toBe(true);
    expect(siloFrame(g, silo, 50, timing).tokens.find((t) => t.concern === '2')!.returning).toBe(true);
  });

  it('a part waiting for its prerequisite after an order error sits in the tray under its desk', () => {
    const order = buildReplay('silo', ORDER_TRACE, 600, TYPES);
    const f = siloFrame(g, order, 20, timing);
    const part = f.tokens.find((t) => t.key === '5|answer')!;
    expect(part.state).toBe('blocked');
    expect(part.error).toBe(true);
    close(part, slot(g.stations.get('leistung')!.blocked!, 0));
    expect(Object.fromEntries(f.blocked!)).toEqual({ leistung: 1 });
    expect(siloFrame(g, order, 41, timing).tokens.find((t) => t.key === '5|answer')!.state).toBe('queue');
  });

  it('only pieces in the system are drawn', () => {
    expect(siloFrame(g, silo, 200, timing).tokens).toEqual([]);
  });

  it('a long queue is drawn up to its capacity and the rest summarised as +N', () => {
    const many = Array.from({ length: 200 }, (_, i) => [
      { type: 'arrived' as const, at: 0, concern: String(i), concernType: 'move', failureDemand: false },
      { type: 'queued' as const, at: 0, concern: String(i), task: 'answer', piece: 'task' as const, unit: 'leistung' },
    ]).flat();
    const f = siloFrame(g, buildReplay('silo', many, 60, TYPES), 30, timing);
    const cap = g.stations.get('leistung')!.queue;
    expect(f.tokens.length).toBe(cap.perRow * cap.rows);
    expect(f.overflow).toEqual([expect.objectContaining({ key: 'q:leistung', count: 200 - cap.perRow * cap.rows })]);
  });
});

describe('Kreisverkehr panel', () => {
  const r = tg.teams.get('team-a')!;

  it('clockwise measures the angle travelled forward', () => {
    expect(clockwise(0, Math.PI / 2)).toBeCloseTo(Math.PI / 2);
    expect(clockwise(Math.PI / 2, 0)).toBeCloseTo(1.5 * Math.PI);
  });

  it('a handoff inside the team drives the ring from one member to the next', () => {
    const half = teamFrame(tg, team, 14.5, 60).tokens.find((t) => t.key === '1|answer')!;
    // Members 0 and 2 of four sit opposite each other: halfway clockwise is a quarter turn on.
    expect(clockwise(r.angles[0], r.angles[2])).toBeCloseTo(Math.PI, 9);
    close(half, onRing(r, r.angles[0] + Math.PI / 2, 0));
  });

  it('work sits at the desk of the member doing it; waiting concerns circulate on the ring', () => {
    const f = teamFrame(tg, team, 20, 60);
    close(
      f.tokens.find((t) => t.key === '1|answer')!,
      r.desks[2],
    );
    const waiting = f.tokens.find((t) => t.key === '2|update-address')!;
    const d = Math.hypot(waiting.x - r.center.x, waiting.y - r.center.y);
    expect(Math.abs(d - r.radius)).toBeCloseTo(RING_LANE, 6);
    const later = teamFrame(tg, team, 30, 60).tokens.find((t) => t.key === '2|update-address')!;
    expect(later.x !== waiting.x || later.y !== waiting.y).toBe(true);
  });

  it('a concern held by the WIP limit waits on the entry road', () => {
    const f = teamFrame(tg, team, 3, 60);
    close(
      f.tokens.find((t) => t.concern === '2')!,
      slot(tg.held, 0),
    );
  });
});

describe('both maps fit their panel for any number of departments and teams', () => {
  const dist = (p: { x: number; y: number }, a: { x: number; y: number }, b: { x: number; y: number }): number => {
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const len = dx * dx + dy * dy;
    const f = len === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len));
    return Math.hypot(p.x - (a.x + f * dx), p.y - (a.y + f * dy));
  };

  it.each([1, 2, 3, 4, 5, 6])('%i departments: boxes inside the map, apart, people inside their box', (n) => {
    const geo = siloGeometry({
      ...LAYOUT.silo!,
      departments: Array.from({ length: n }, (_, i) => ({ id: `d${i}`, label: `Abteilung ${i}`, staff: 1 + (i % 4), skills: [`s${i}`] })),
    });
    const boxes = [...geo.stations.values()];
    for (const b of boxes) {
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.y).toBeGreaterThanOrEqual(0);
      expect(b.x + b.w).toBeLessThanOrEqual(geo.width);
      expect(b.y + b.h).toBeLessThan(geo.bottomY);
      for (const s of b.seats) {
        expect(s.x).toBeGreaterThan(b.x);
        expect(s.x).toBeLessThan(b.x + b.w);
        expect(s.y).toBeGreaterThan(b.y);
        expect(s.y).toBeLessThan(b.y + b.h);
      }
    }
    const depts = boxes.filter((b) => b.id !== 'intake');
    for (let i = 1; i < depts.length; i++) expect(depts[i].labelAt.y - 16).toBeGreaterThan(depts[i - 1].y + depts[i - 1].h);
    // With few departments the boxes use the height: two share more than half of it.
    if (n === 2) expect(depts.reduce((h, b) => h + b.h, 0)).toBeGreaterThan(geo.height * 0.4);
  });

  it.each([1, 2, 3, 4, 5, 6])(
    '%i teams: roundabouts inside the map and apart, members on the island, no road through another team',
    (n) => {
      const geo = teamGeometry({
        ...LAYOUT.team!,
        teams: Array.from({ length: n }, (_, i) => ({
          id: `t${i}`,
          label: `Team ${i}`,
          members: Array.from({ length: 2 + (i % 5) }, (_, k) => ({ a: 1, b: k % 2 ? 0.6 : 0.4 })),
        })),
      });
      const rings = [...geo.teams.values()];
      for (const r of rings) {
        const outer = r.radius + RING_HALF;
        expect(r.center.x - outer).toBeGreaterThan(0);
        expect(r.center.x + outer).toBeLessThan(geo.width);
        expect(r.center.y - outer).toBeGreaterThan(0);
        expect(r.center.y + outer).toBeLessThan(geo.height);
        for (const d of r.desks) expect(Math.hypot(d.x - r.center.x, d.y - r.center.y)).toBeLessThan(r.radius - RING_HALF);
        for (const o of rings) if (o !== r) expect(Math.hypot(o.center.x - r.center.x, o.center.y - r.center.y)).toBeGreaterThan(2 * outer);
        for (const road of geo.roads) {
          for (let i = 1; i < road.length; i++) {
            const own = road[i].x === r.entry.x && road[i].y === r.entry.y;
            if (!own) expect(dist(r.center, road[i - 1], road[i])).toBeGreaterThan(r.radius + RING_HALF);
          }
        }
      }
      if (n <= 2) expect(rings[0].radius).toBeGreaterThan(120);
    },
  );
});
