// From rows of work to the estimates of a silo scenario: arrivals, concern types, work per
// task, departments, intake, split, handoff delay, opening hours and the observed lead
// times (docs/model.md#fitting-a-scenario-to-data). The front end writes them as YAML.
import { percentile } from '../metrics/percentile.js';
import { fitDistribution, type DistributionFit } from './choose.js';
import { fitProfile, type ArrivalProfile, type ObservationPeriod } from './profile.js';
import { detectPickup, handoffGaps, idleBeforeStart } from './handoffs.js';
import { groupBy, mostFrequent, type WorkRow } from './rows.js';
import { fitTypes, type FittedType, type ObservedConcern } from './sequence.js';
import { HOURS_PER_WEEK, MINUTES_PER_WEEK, openMinutes, slotOf } from './week.js';

export interface FitOptions {
  /** 'auto': opening hours from when work happens, and work counted in open minutes only. */
  calendar: 'auto' | 'none';
}

export interface FittedTask {
  id: string;
  skill: string;
  department: string;
  work: DistributionFit;
}

export interface FittedDepartment {
  id: string;
  skills: string[];
  staff: number;
  /** How staff was counted: distinct assignees, or (without them) the most pieces in work at once. */
  staffFrom: 'assignees' | 'concurrency';
}

export interface FittedIntake {
  staff: number;
  staffFrom: 'assignees' | 'concurrency';
  /** Triage and recognition of misrouted parts, pooled (the model draws both from intake.work). */
  work: DistributionFit;
  misroutes: number;
  parts: number;
}

export interface LeadTimes {
  resolved: number;
  open: number;
  mean: number;
  p50: number;
  p85: number;
  p95: number;
}

export interface FittedScenario {
  rows: number;
  periods: number;
  concerns: number;
  /** Longest observation window, minutes. */
  span: number;
  profile: ArrivalProfile;
  /** Open hour slots of the week, or null when work happens at every hour (or not asked). */
  openSlots: boolean[] | null;
  types: FittedType[];
  tasks: FittedTask[];
  departments: FittedDepartment[];
  intake: FittedIntake | null;
  split: 'parallel' | 'sequential';
  /** Gaps between one unit's finish and the next unit's ready time; null without any. */
  handoff: DistributionFit | null;
  /** The pickup interval the ready times keep to, minutes; null when they keep to none. */
  pickup: number | null;
  /** Gaps whose ready time was inferred: the part was started by a person who had been idle. */
  handoffGapsInferred: number;
  /** Handed-off parts without a usable gap (no ready time per step, and they may have queued). */
  handoffGapsUnusable: number;
  corrections: number;
  leadTime: LeadTimes;
}

function staffOf(rows: readonly WorkRow[]): { staff: number; staffFrom: 'assignees' | 'concurrency' } {
  const assignees = new Set(rows.flatMap((r) => (r.assignee === null ? [] : [r.assignee])));
  if (assignees.size > 0) return { staff: assignees.size, staffFrom: 'assignees' };
  // The most pieces in work at once: a finish before a start at the same minute frees the person.
  const events = rows.flatMap((r) =>
    r.finished === null
      ? []
      : [
          { t: r.started, d: 1 },
          { t: r.finished, d: -1 },
        ],
  );
  events.sort((a, b) => a.t - b.t || a.d - b.d);
  let now = 0;
  let peak = 0;
  for (const e of events) peak = Math.max(peak, (now += e.d));
  return { staff: Math.max(1, peak), staffFrom: 'concurrency' };
}

/**
 * Hour slots in which work was started in at least half as many weeks as in the busiest
 * slot. Starts, not work in progress: people finish a piece after hours, but start new ones
 * only while the office is open.
 */
export function openSlotsOf(rows: readonly WorkRow[]): boolean[] {
  const weeks = Array.from({ length: HOURS_PER_WEEK }, () => new Set<string>());
  for (const r of rows) weeks[slotOf(r.started)].add(`${r.period}|${Math.floor(r.started / MINUTES_PER_WEEK)}`);
  const busiest = Math.max(...weeks.map((w) => w.size));
  return weeks.map((w) => w.size > 0 && w.size >= busiest / 2);
}

function leadTimes(concerns: readonly ObservedConcern[], finishes: Map<string, number | null>): LeadTimes {
  const leads: number[] = [];
  for (const c of concerns) {
    const end = finishes.get(c.key);
    if (end != null) leads.push(end - c.arrival);
  }
  leads.sort((a, b) => a - b);
  const mean = leads.reduce((s, x) => s + x, 0) / leads.length;
  return {
    resolved: leads.length,
    open: concerns.length - leads.length,
    mean,
    p50: percentile(leads, 0.5),
    p85: percentile(leads, 0.85),
    p95: percentile(leads, 0.95),
  };
}

/** Sequential when no concern ever has two of its tasks in work at once. */
function splitOf(byConcern: Map<string, WorkRow[]>): 'parallel' | 'sequential' {
  for (const rows of byConcern.values()) {
    const tasks = rows.filter((r) => r.piece === 'task').sort((a, b) => a.started - b.started);
    for (let i = 1; i < tasks.length; i++) {
      if (tasks[i].task !== tasks[i - 1].task && tasks[i].started < (tasks[i - 1].finished ?? Infinity)) return 'parallel';
    }
  }
  return 'sequential';
}

export function fitScenario(rows: readonly WorkRow[], options: FitOptions): FittedScenario {
  if (rows.length === 0) throw new RangeError('fitScenario: no rows');
  const byConcern = groupBy(rows, (r) => `${r.period}\u0000${r.concern}`);
  const concerns: ObservedConcern[] = [];
  const finishes = new Map<string, number | null>();
  for (const [key, group] of byConcern) {
    const arrival = Math.min(...group.map((r) => r.created ?? r.started));
    const tasks = group.filter((r) => r.piece === 'task');
    const corrections = group.filter((r) => r.piece === 'correction');
    concerns.push({ key, type: mostFrequent(group.map((r) => r.type))!, arrival, tasks, corrections });
    finishes.set(key, group.some((r) => r.finished === null) ? null : Math.max(...group.map((r) => r.finished!)));
  }
  const byPeriod = groupBy(concerns, (c) => c.key.slice(0, c.key.indexOf('\u0000')));
  const periods: ObservationPeriod[] = [...byPeriod.values()].map((cs) => {
    const arrivals = cs.map((c) => c.arrival);
    const first = arrivals.reduce((a, b) => Math.min(a, b));
    const last = arrivals.reduce((a, b) => Math.max(a, b));
    return { from: Math.floor(first / 60) * 60, to: Math.max(Math.ceil(last / 60) * 60, Math.floor(first / 60) * 60 + 60), arrivals };
  });

  const openSlots = options.calendar === 'auto' ? openSlotsOf(rows) : null;
  const workOf = (r: WorkRow): number => (openSlots ? openMinutes(r.started, r.finished!, openSlots) : r.finished! - r.started);
  const finished = rows.filter((r) => r.finished !== null);

  const taskRows = groupBy(
    finished.filter((r) => r.piece === 'task'),
    (r) => r.task,
  );
  const tasks: FittedTask[] = [...taskRows].map(([id, group]) => ({
    id,
    skill: mostFrequent(group.map((r) => r.skill))!,
    department: mostFrequent(group.map((r) => r.department ?? r.skill))!,
    work: fitDistribution(group.map(workOf)),
  }));
  const departments: FittedDepartment[] = [...groupBy(tasks, (t) => t.department)].map(([id, owned]) => ({
    id,
    skills: [...new Set(owned.map((t) => t.skill))],
    ...staffOf(rows.filter((r) => r.piece !== 'intake' && (r.department ?? r.skill) === id)),
  }));

  const split = splitOf(byConcern);
  const intakeRows = finished.filter((r) => r.piece === 'intake');
  const misroutes = rows.filter((r) => r.piece === 'misroute');
  const parts = split === 'parallel' ? rows.filter((r) => r.piece === 'task').length : byConcern.size;
  const intake: FittedIntake | null =
    intakeRows.length === 0
      ? null
      : {
          ...staffOf(rows.filter((r) => r.piece === 'intake')),
          work: fitDistribution([...intakeRows, ...misroutes.filter((r) => r.finished !== null)].map(workOf)),
          misroutes: misroutes.length,
          parts,
        };
  const { gaps, readies, inferred, unusable } = handoffGaps(byConcern, split, idleBeforeStart(rows, openSlots));
  const span = Math.max(...periods.map((p) => p.to - p.from));
  return {
    rows: rows.length,
    periods: periods.length,
    concerns: concerns.length,
    span,
    profile: fitProfile(periods),
    openSlots: openSlots && openSlots.every(Boolean) ? null : openSlots,
    types: fitTypes(concerns.filter((c) => c.tasks.length > 0)),
    tasks,
    departments,
    intake,
    split,
    handoff: gaps.length > 0 ? fitDistribution(gaps) : null,
    pickup: detectPickup(readies),
    handoffGapsInferred: inferred,
    handoffGapsUnusable: unusable,
    corrections: rows.filter((r) => r.piece === 'correction').length,
    leadTime: leadTimes(concerns, finishes),
  };
}
