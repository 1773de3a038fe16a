// The metrics of docs/model.md#metrics as one pass over the trace: a reducer that works the same on a
// stored log (web replay, tests) and on the engine's live stream (bounded memory: per-concern
// state only while a concern is open, plus one number per completed concern for percentiles).
import type { ErrorKind, PieceKind, TraceEventType } from '../trace/events.js';
import type { TracedConcern, TraceRecorder } from '../trace/recorder.js';
import { OpenConcerns, Tally } from './open-concerns.js';
import type { ConcernRecord, HourRow, Metrics } from './types.js';
import { Samples } from './samples.js';
import { describe } from './percentile.js';
import { HourlyRows } from './hourly.js';
import { BusyTime, type Unit } from './utilisation.js';

export interface FoldContext {
  /** Concerns arriving before this minute are not measured; the window is [warmup, horizon]. */
  warmup: number;
  horizon: number;
  units: Unit[];
  headcount: number;
  /** Measure leadTimeWorking (some unit has working hours). */
  workingHours?: boolean;
  /** Measure availability (someone can be absent). */
  absences?: boolean;
}

export interface MetricsHooks {
  /** A measured concern at its resolution, or at finish() if still open (completion null). */
  onConcern?(record: ConcernRecord): void;
  /** One row per hour of [0, horizon), as soon as the clock has left that hour. */
  onHour?(row: HourRow): void;
}

/**
 * Events must arrive in time order; events after the horizon are ignored. The engine calls
 * the TraceRecorder methods directly (no event objects); a stored log goes through
 * recorderSink (src/trace/recorder.ts).
 */
export interface MetricsFold extends TraceRecorder {
  /** Call once, after the run reached the horizon. */
  finish(): Metrics;
}

/**
 * Measured concerns are those arriving in [warmup, horizon]; see docs/model.md#metric-definitions for each key (the window: docs/model.md#warm-up-and-horizon).
 * - Lead/wait/touch stats are over completed concerns; percentiles are type 7 (percentile.ts).
 * - Touch counts the minutes in which someone works on the concern. Parts worked at the
 *   same time (silo, split: parallel) count once, so wait = lead − touch is never negative
 *   and flowEfficiency stays in [0, 1]. An open concern's touch counts work up to the horizon.
 * - Nothing completed: stats, flowEfficiency, handoffsPerConcern and errorRate are NaN
 *   (null in JSON); counts stay 0 and throughputPerDay is 0.
 * - wip and utilisation count every concern and every piece of work inside the window,
 *   also those of concerns that arrived before warmup (Little's law needs them).
 */
export function createMetricsFold(ctx: FoldContext, hooks: MetricsHooks = {}): MetricsFold {
  const { warmup, horizon } = ctx;
  if (!(warmup >= 0 && Number.isFinite(warmup))) throw new Error(`metrics: warmup must be a finite number >= 0, got ${warmup}`);
  if (!(horizon >= warmup && Number.isFinite(horizon)))
    throw new Error(`metrics: horizon must be finite and >= warmup (${warmup}), got ${horizon}`);
  return new Fold(ctx, hooks);
}

class Fold implements MetricsFold {
  private readonly warmup: number;
  private readonly horizon: number;
  private readonly open: OpenConcerns;
  private readonly busy: BusyTime;
  private readonly hourly: HourlyRows | null;
  private readonly leads = new Samples();
  private readonly waits = new Samples();
  private readonly touches = new Samples();
  /** Lead times counted in the first unit's open minutes; null without working hours. */
  private readonly workingLeads: Samples | null;
  private readonly errors: Record<ErrorKind, number> = { order: 0, infoLoss: 0, misroute: 0 };
  private clock = 0;
  /** All concerns in the system, measured or not (Little's law needs every one). */
  private inSystem = 0;
  /** ∫ inSystem dt over [warmup, clock]. */
  private wipArea = 0;
  private arrivals = 0;
  private failureDemand = 0;
  private completed = 0;
  private handoffs = 0;
  private erroneous = 0;
  private closed = false;

  constructor(
    private readonly ctx: FoldContext,
    private readonly hooks: MetricsHooks,
  ) {
    this.warmup = ctx.warmup;
    this.horizon = ctx.horizon;
    this.busy = new BusyTime(ctx.units, ctx.warmup, ctx.horizon);
    this.open = new OpenConcerns(hooks.onConcern !== undefined);
    this.workingLeads = ctx.workingHours ? new Samples() : null;
    this.hourly = hooks.onHour ? new HourlyRows(ctx.horizon, (row) => hooks.onHour!(row)) : null;
  }

  arrived(at: number, concern: TracedConcern, concernType: string, failureDemand: boolean): void {
    if (!this.enter(at, 'arrived')) return;
    this.inSystem++;
    this.hourly?.countArrived();
    if (at < this.warmup) return;
    if (concern.tally !== null) throw new Error(`metrics: concern ${concern.id} arrived twice (or is tallied by another fold)`);
    this.arrivals++;
    if (failureDemand) this.failureDemand++;
    const tally = new Tally(this.open, concern, concernType, at, failureDemand);
    concern.tally = tally;
    this.open.add(tally);
  }

  started(at: number, concern: TracedConcern, _task: string, _piece: PieceKind, unit: string, _worker: number, duration: number): void {
    if (!this.enter(at, 'started')) return;
    const ends = this.busy.add(unit, at, duration);
    this.hourly?.countStarted();
    const tally = this.tallyOf(concern);
    if (tally !== null) {
      // Starts come in time order, so extending the covered span gives the union of
      // work intervals; work still running at the horizon counts as far as it got. With
      // working hours the span is on the wall clock and only its open minutes are work.
      const end = Math.min(ends, this.horizon);
      if (end > tally.workedUntil) {
        const from = Math.max(at, tally.workedUntil);
        const hours = this.workingLeads === null ? null : this.busy.hoursOf(unit);
        tally.touch += hours === null ? end - from : hours.integral(from, end);
        tally.workedUntil = end;
      }
    }
  }

  handoff(at: number, concern: TracedConcern): void {
    if (!this.enter(at, 'handoff')) return;
    const tally = this.tallyOf(concern);
    if (tally !== null) tally.handoffs++;
  }

  error(at: number, concern: TracedConcern, _task: string, kind: ErrorKind): void {
    if (!this.enter(at, 'error')) return;
    const tally = this.tallyOf(concern);
    if (tally !== null) {
      tally.errors++;
      this.errors[kind]++;
    }
  }

  resolved(at: number, concern: TracedConcern): void {
    if (!this.enter(at, 'resolved')) return;
    this.inSystem--;
    this.hourly?.countCompleted();
    const tally = this.tallyOf(concern);
    if (tally !== null) {
      concern.tally = null;
      this.complete(tally, at);
    }
  }

  absent(at: number, unit: string, _worker: number, until: number): void {
    if (!this.enter(at, 'absent')) return;
    this.busy.addAbsence(unit, at, until);
  }

  queued(at: number, concern: TracedConcern, _task: string, _piece: PieceKind, unit: string): void {
    if (!this.enter(at, 'queued') || this.workingLeads === null) return;
    // leadTimeWorking counts the open minutes of the unit the concern reached first.
    const tally = this.tallyOf(concern);
    if (tally !== null && tally.firstUnit === null) tally.firstUnit = unit;
  }

  // held, finished, interrupted: no metric needs them, but they move the clock.
  interrupted(at: number): void {
    this.enter(at, 'interrupted');
  }

  held(at: number): void {
    this.enter(at, 'held');
  }

  finished(at: number): void {
    this.enter(at, 'finished');
  }

  /** This fold's tally of a measured, open concern, else null. */
  private tallyOf(concern: TracedConcern): Tally | null {
    const tally = concern.tally;
    return tally instanceof Tally && tally.owner === this.open ? tally : null;
  }

  /**
   * Checks the order, moves the clock to `at` and closes hours; false when the event lies
   * beyond the horizon (then it is ignored).
   */
  private enter(at: number, type: TraceEventType): boolean {
    if (this.closed) throw new Error('metrics: an event after finish()');
    if (!(at >= this.clock)) {
      throw new Error(`metrics: trace events must arrive in time order, got ${type} at ${at} after ${this.clock}`);
    }
    if (at > this.horizon) return false;
    this.advance(at);
    this.hourly?.advance(at, this.inSystem);
    return true;
  }

  finish(): Metrics {
    if (this.closed) throw new Error('metrics: finish() called twice');
    this.closed = true;
    this.advance(this.horizon);
    this.hourly?.finish(this.inSystem);
    const onConcern = this.hooks.onConcern;
    if (onConcern) {
      for (const tally of this.open) onConcern.call(this.hooks, record(tally, null));
    }
    const window = this.horizon - this.warmup;
    const completed = this.completed;
    const none = completed === 0;
    return {
      arrived: this.arrivals,
      completed,
      open: this.open.size,
      failureDemand: this.failureDemand,
      throughputPerDay: completed / (window / 1440),
      leadTime: describe(this.leads),
      waitTime: describe(this.waits),
      touchTime: describe(this.touches),
      ...(this.workingLeads ? { leadTimeWorking: describe(this.workingLeads) } : {}),
      flowEfficiency: none ? NaN : this.touches.sum() / this.leads.sum(),
      handoffsPerConcern: none ? NaN : this.handoffs / completed,
      errorRate: none ? NaN : this.erroneous / completed,
      errors: { order: this.errors.order, infoLoss: this.errors.infoLoss, misroute: this.errors.misroute },
      wip: window > 0 ? this.wipArea / window : NaN,
      utilisation: this.busy.result(),
      ...(this.ctx.absences ? { availability: this.busy.availability() } : {}),
      headcount: this.ctx.headcount,
    };
  }

  /** Moves the clock to `at`, adding the WIP area of the measured part of the gap. */
  private advance(at: number): void {
    if (at > this.warmup) {
      const from = this.clock > this.warmup ? this.clock : this.warmup;
      this.wipArea += this.inSystem * (at - from);
    }
    this.clock = at;
  }

  private complete(tally: Tally, at: number): void {
    const lead = at - tally.arrival;
    this.leads.push(lead);
    this.waits.push(lead - tally.touch);
    this.touches.push(tally.touch);
    if (this.workingLeads !== null) {
      const hours = tally.firstUnit === null ? null : this.busy.hoursOf(tally.firstUnit);
      this.workingLeads.push(hours === null ? lead : hours.integral(tally.arrival, at));
    }
    this.completed++;
    this.handoffs += tally.handoffs;
    if (tally.errors > 0) this.erroneous++;
    this.open.remove(tally);
    this.hooks.onConcern?.(record(tally, at));
  }
}

function record(tally: Tally, completion: number | null): ConcernRecord {
  const lead = completion === null ? null : completion - tally.arrival;
  return {
    id: tally.concern.id,
    type: tally.type,
    arrival: tally.arrival,
    completion,
    lead,
    wait: lead === null ? null : lead - tally.touch,
    touch: tally.touch,
    handoffs: tally.handoffs,
    errors: tally.errors,
    failureDemand: tally.failureDemand,
  };
}
