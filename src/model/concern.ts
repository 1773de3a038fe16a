// A concern as an organisation works it, and the shared arrival stream that creates them.
// Common random numbers: the arrival stream draws each concern's arrival time, type and
// base work from its own generator, so both organisations see the same customers.
import type { Kernel } from '../kernel/kernel.js';
import type { Rng } from '../random/distribution.js';
import type { ConcernType, Scenario } from '../scenario/types.js';
import type { ConcernId } from '../trace/events.js';
import type { TracedConcern } from '../trace/recorder.js';

/** A customer's concern while an organisation works it. */
export class Concern implements TracedConcern {
  /** How often this customer has come back as failure demand (names the next return). */
  returns = 0;
  /** Silo, parallel split: tasks that finished before their prerequisites and await correction. */
  wrong: boolean[] | null = null;
  /** Team: index of the team holding the concern (-1 before one takes it). */
  owner = -1;
  tally: object | null = null;
  pieces: object | null = null;
  tasksLeft: number;
  /** The id, made on first use: a run that only feeds the metrics never needs it. */
  private name: ConcernId | null = null;

  constructor(
    /** The customer's place in the arrival stream (1-based), or for a return its return number. */
    private readonly number: number,
    readonly type: ConcernType,
    /** Position of `type` in the scenario's concern types: models index their tables by it. */
    readonly typeIndex: number,
    readonly arrival: number,
    readonly failureDemand: boolean,
    /** Base work per task (listed order), sampled once and shared by both organisations. */
    readonly work: number[],
    /** Tasks done correctly (listed order). */
    readonly done: boolean[],
    /** The first concern of this customer, when this one is failure demand. */
    readonly root: Concern | null,
  ) {
    this.tasksLeft = work.length;
  }

  /** "17" for the 17th customer of the arrival stream, "17/1" for that customer's first return. */
  get id(): ConcernId {
    return (this.name ??= this.root === null ? String(this.number) : `${this.root.id}/${this.number}`);
  }
}

// A concern's per-task arrays, exactly n long and of the right element kind. Array literals
// are allocated inline; Array#slice of a template, a builtin call, cost a tenth of the
// M/M/3 run. Most concern types have one to four tasks.
function workArray(n: number): number[] {
  switch (n) {
    case 1:
      return [0.5];
    case 2:
      return [0.5, 0.5];
    case 3:
      return [0.5, 0.5, 0.5];
    case 4:
      return [0.5, 0.5, 0.5, 0.5];
    default:
      return new Array<number>(n).fill(0.5);
  }
}

function doneArray(n: number): boolean[] {
  switch (n) {
    case 1:
      return [false];
    case 2:
      return [false, false];
    case 3:
      return [false, false, false];
    case 4:
      return [false, false, false, false];
    default:
      return new Array<boolean>(n).fill(false);
  }
}

/** Concern `number` (see Concern) with its base work drawn from `rng`. */
export function createConcern(
  number: number,
  type: ConcernType,
  typeIndex: number,
  arrival: number,
  failureDemand: boolean,
  rng: Rng,
  root: Concern | null,
): Concern {
  // Sampled in the listed order: the order of draws from `rng` is part of the seed contract.
  const tasks = type.tasks;
  const n = tasks.length;
  const work = workArray(n);
  for (let i = 0; i < n; i++) work[i] = tasks[i].work.sample(rng);
  return new Concern(number, type, typeIndex, arrival, failureDemand, work, doneArray(n), root);
}

/** The same customer comes back: a new concern of the same type, flagged as failure demand. */
export function createReturn(original: Concern, arrival: number, rng: Rng): Concern {
  const customer = original.root ?? original;
  customer.returns++;
  return createConcern(customer.returns, original.type, original.typeIndex, arrival, true, rng, customer);
}

/** True when every task `task` must come after is done. */
export function prerequisitesDone(concern: Concern, task: number): boolean {
  for (const before of concern.type.tasks[task].after) if (!concern.done[before]) return false;
  return true;
}

/** The first task in dependency order that is not done yet, or -1. */
export function nextTask(concern: Concern): number {
  for (const task of concern.type.order) if (!concern.done[task]) return task;
  return -1;
}

export function markDone(concern: Concern, task: number): void {
  concern.done[task] = true;
  concern.tasksLeft--;
}

/** Picks a concern type by its (normalised) share; returns its index in `types`. */
export function pickType(types: ConcernType[], rng: Rng): number {
  let u = rng.next();
  for (let i = 0; i < types.length; i++) {
    if (u < types[i].share) return i;
    u -= types[i].share;
  }
  return types.length - 1;
}

/**
 * Schedules the arrival stream up to the horizon. Concern n (1-based) has id "n"; its
 * interarrival gap, type and base work come from `rng` in a fixed order.
 */
export function startArrivals(kernel: Kernel, scenario: Scenario, rng: Rng, arrive: (concern: Concern) => void): void {
  const { interarrival } = scenario.arrivals;
  const { concernTypes, horizon } = scenario;
  let count = 0;
  // One action for every arrival (it holds no per-arrival state), so none is allocated per concern.
  const arrival = (): void => {
    count++;
    const typeIndex = pickType(concernTypes, rng);
    const concern = createConcern(count, concernTypes[typeIndex], typeIndex, kernel.now(), false, rng, null);
    scheduleNext();
    arrive(concern);
  };
  const profile = scenario.arrivals.profile ?? null;
  const scheduleNext =
    profile === null
      ? (): void => {
          const gap = interarrival.sample(rng);
          if (kernel.now() + gap > horizon) return;
          kernel.schedule(gap, arrival);
        }
      : (): void => {
          // A weekly profile: the unit-rate gap is stretched through the week's rates (time
          // change of a non-homogeneous Poisson stream), one draw per arrival as without it.
          const now = kernel.now();
          const next = profile.advance(now, interarrival.sample(rng));
          if (next > horizon) return;
          kernel.schedule(next - now, arrival);
        };
  scheduleNext();
}
