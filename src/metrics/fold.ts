// The metrics of DESIGN §6 as one pass over the trace: a reducer that works the same on a
// stored log (web replay, tests) and on the engine's live stream (bounded memory: per-concern
// state only while a concern is open, plus one number per completed concern for percentiles).
import type { ErrorKind, TraceEvent } from '../trace/events.js';
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
}

export interface MetricsHooks {
  /** A measured concern at its resolution, or at finish() if still open (completion null). */
  onConcern?(record: ConcernRecord): void;
  /** One row per hour of [0, horizon), as soon as the clock has left that hour. */
  onHour?(row: HourRow): void;
}

export interface MetricsFold {
  /** Events must arrive in time order; events after the horizon are ignored. */
  push(event: TraceEvent): void;
  /** Call once, after the run reached the horizon. */
  finish(): Metrics;
}

/** What is kept about a measured concern while it is open. */
interface OpenConcern {
  type: string;
  arrival: number;
  failureDemand: boolean;
  touch: number;
  /** End of the latest work on it so far: overlapping work counts once in touch. */
  workedUntil: number;
  handoffs: number;
  errors: number;
}

/**
 * Measured concerns are those arriving in [warmup, horizon]; see DESIGN §6 for each key.
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
  if (!(horizon >= warmup && Number.isFinite(horizon))) throw new Error(`metrics: horizon must be finite and >= warmup (${warmup}), got ${horizon}`);
  return new Fold(ctx, hooks);
}

class Fold implements MetricsFold {
  private readonly warmup: number;
  private readonly horizon: number;
  private readonly open = new Map<string, OpenConcern>();
  private readonly busy: BusyTime;
  private readonly hourly: HourlyRows | null;
  private readonly leads = new Samples();
  private readonly waits = new Samples();
  private readonly touches = new Samples();
  private readonly errors: Record<ErrorKind, number> = { order: 0, infoLoss: 0, misroute: 0 };
  private clock = 0;
  /** All concerns in the system, measured or not (Little's law needs every one). */
  private inSystem = 0;
  /** ∫ inSystem dt over [warmup, clock]. */
  private wipArea = 0;
  private arrived = 0;
  private failureDemand = 0;
  private completed = 0;
  private handoffs = 0;
  private erroneous = 0;
  private finished = false;

  constructor(private readonly ctx: FoldContext, private readonly hooks: MetricsHooks) {
    this.warmup = ctx.warmup;
    this.horizon = ctx.horizon;
    this.busy = new BusyTime(ctx.units, ctx.warmup, ctx.horizon);
    this.hourly = hooks.onHour ? new HourlyRows(ctx.horizon, (row) => hooks.onHour!(row)) : null;
  }

  push(event: TraceEvent): void {
    const at = event.at;
    if (this.finished) throw new Error('metrics: push() after finish()');
    if (!(at >= this.clock)) {
      throw new Error(`metrics: trace events must arrive in time order, got ${event.type} at ${at} after ${this.clock}`);
    }
    if (at > this.horizon) return;
    this.advance(at);
    this.hourly?.advance(at, this.inSystem);
    switch (event.type) {
      case 'arrived': {
        this.inSystem++;
        this.hourly?.countArrived();
        if (at < this.warmup) break;
        if (this.open.has(event.concern)) throw new Error(`metrics: concern ${event.concern} arrived twice`);
        this.arrived++;
        if (event.failureDemand) this.failureDemand++;
        this.open.set(event.concern, {
          type: event.concernType,
          arrival: at,
          failureDemand: event.failureDemand,
          touch: 0,
          workedUntil: at,
          handoffs: 0,
          errors: 0,
        });
        break;
      }
      case 'started': {
        this.busy.add(event.unit, at, event.duration);
        this.hourly?.countStarted();
        const concern = this.open.get(event.concern);
        if (concern !== undefined) {
          // Starts come in time order, so extending the covered span gives the union of
          // work intervals; work still running at the horizon counts as far as it got.
          const end = Math.min(at + event.duration, this.horizon);
          if (end > concern.workedUntil) {
            concern.touch += end - Math.max(at, concern.workedUntil);
            concern.workedUntil = end;
          }
        }
        break;
      }
      case 'handoff': {
        const concern = this.open.get(event.concern);
        if (concern !== undefined) concern.handoffs++;
        break;
      }
      case 'error': {
        const concern = this.open.get(event.concern);
        if (concern !== undefined) {
          concern.errors++;
          this.errors[event.kind]++;
        }
        break;
      }
      case 'resolved': {
        this.inSystem--;
        this.hourly?.countCompleted();
        const concern = this.open.get(event.concern);
        if (concern !== undefined) this.complete(event.concern, concern, at);
        break;
      }
      default:
        // queued, held, finished: no metric needs them.
        break;
    }
  }

  finish(): Metrics {
    if (this.finished) throw new Error('metrics: finish() called twice');
    this.finished = true;
    this.advance(this.horizon);
    this.hourly?.finish(this.inSystem);
    const onConcern = this.hooks.onConcern;
    if (onConcern) {
      for (const [id, concern] of this.open) onConcern.call(this.hooks, record(id, concern, null));
    }
    const window = this.horizon - this.warmup;
    const completed = this.completed;
    const none = completed === 0;
    return {
      arrived: this.arrived,
      completed,
      open: this.open.size,
      failureDemand: this.failureDemand,
      throughputPerDay: completed / (window / 1440),
      leadTime: describe(this.leads),
      waitTime: describe(this.waits),
      touchTime: describe(this.touches),
      flowEfficiency: none ? NaN : this.touches.sum() / this.leads.sum(),
      handoffsPerConcern: none ? NaN : this.handoffs / completed,
      errorRate: none ? NaN : this.erroneous / completed,
      errors: { order: this.errors.order, infoLoss: this.errors.infoLoss, misroute: this.errors.misroute },
      wip: window > 0 ? this.wipArea / window : NaN,
      utilisation: this.busy.result(),
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

  private complete(id: string, concern: OpenConcern, at: number): void {
    const lead = at - concern.arrival;
    this.leads.push(lead);
    this.waits.push(lead - concern.touch);
    this.touches.push(concern.touch);
    this.completed++;
    this.handoffs += concern.handoffs;
    if (concern.errors > 0) this.erroneous++;
    this.open.delete(id);
    this.hooks.onConcern?.(record(id, concern, at));
  }
}

function record(id: string, concern: OpenConcern, completion: number | null): ConcernRecord {
  const lead = completion === null ? null : completion - concern.arrival;
  return {
    id,
    type: concern.type,
    arrival: concern.arrival,
    completion,
    lead,
    wait: lead === null ? null : lead - concern.touch,
    touch: concern.touch,
    handoffs: concern.handoffs,
    errors: concern.errors,
    failureDemand: concern.failureDemand,
  };
}
