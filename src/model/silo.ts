// "Ampel": the silo organisation. Each department works its own part of a concern; work moves
// between departments by handoffs (delay, pickup instant, possible loss of context). With a
// parallel split, a dependent part that finishes before its prerequisite is an order error:
// the reply was wrong, the part is corrected once the prerequisite is done, and the customer
// may come back as failure demand. docs/model.md#the-silo-organisation.
import type { Absence, SiloOrganisation } from '../scenario/types.js';
import type { ErrorKind } from '../trace/events.js';
import { markDone, nextTask, prerequisitesDone, type Concern } from './concern.js';
import { maybeComeBack } from './failure-demand.js';
import { lostContextRework, readyAt } from './handoff.js';
import type { ModelContext, Organisation } from './organisation.js';
import { createStation, type Part, type Station } from './station.js';
import { runAbsences } from './absence.js';
import { atEachOpening } from './openings.js';

export function createSilo(org: SiloOrganisation, ctx: ModelContext): Organisation {
  const { kernel, trace, streams } = ctx;
  // Compared once here, not per event: optimised code compares strings by their internal
  // representation, and a scenario whose strings came from JSON (the page's shipped files)
  // instead of YAML made it throw away the model's compiled code on the next run.
  const parallel = org.split === 'parallel';
  const intake = org.intake ? createStation('intake', org.intake.staff, 'fifo', finish, org.intake.hours ?? null) : null;
  const departments = org.departments.map((d) => createStation(d.id, d.staff, d.policy, finish, d.hours ?? null));
  const stations = intake ? [intake, ...departments] : departments;
  const absences = [org.intake?.absence ?? null, ...org.departments.map((d) => d.absence ?? null)].slice(intake ? 0 : 1);
  const bySkill = new Map<string, Station>();
  org.departments.forEach((d, i) => {
    for (const skill of d.skills) if (!bySkill.has(skill)) bySkill.set(skill, departments[i]);
  });
  // Each concern type's tasks' departments, looked up once here: a Map lookup by skill name
  // per task was ~5 % of a tandem's instructions (the names are separate strings from YAML,
  // so each lookup also compared their characters).
  const routes = ctx.scenario.concernTypes.map((type) => type.tasks.map((task) => bySkill.get(task.skill)));

  const departmentOf = (concern: Concern, task: number): Station => {
    const station = routes[concern.typeIndex][task];
    if (!station) throw new Error(`invariant: no department has skill ${concern.type.tasks[task].skill}`);
    return station;
  };
  const taskId = (part: Part): string => (part.task < 0 ? 'intake' : part.concern.type.tasks[part.task].id);
  const error = (concern: Concern, task: number, kind: ErrorKind): void =>
    trace.error(kernel.now(), concern, concern.type.tasks[task].id, kind);

  function arrive(concern: Concern): void {
    trace.arrived(kernel.now(), concern, concern.type.id, concern.failureDemand);
    if (intake && org.intake)
      enqueue(intake, { concern, task: -1, piece: 'intake', work: org.intake.work.sample(streams.intake), rework: 0 });
    else dispatch(concern, null);
  }

  /** Sends a concern's first parts on their way: all at once (parallel) or the first in order. */
  function dispatch(concern: Concern, from: Station | null): void {
    if (parallel) for (let task = 0; task < concern.type.tasks.length; task++) send(concern, task, from);
    else send(concern, concern.type.order[0], from);
  }

  function send(concern: Concern, task: number, from: Station | null): void {
    const to = departmentOf(concern, task);
    if (from === null) return enqueue(to, { concern, task, piece: 'task', work: concern.work[task], rework: 0 });
    const misroute = from === intake && org.intake ? org.intake.misroute : 0;
    if (misroute > 0 && departments.length > 1 && streams.misroute.next() < misroute) {
      let wrong = Math.floor(streams.misroute.next() * (departments.length - 1));
      if (wrong >= departments.indexOf(to)) wrong++;
      error(concern, task, 'misroute');
      // Someone at the wrong department needs the intake's triage effort to recognise it.
      return handoff(
        { concern, task, piece: 'misroute', work: org.intake!.work.sample(streams.intake), rework: 0 },
        from,
        departments[wrong],
      );
    }
    handoff({ concern, task, piece: 'task', work: concern.work[task], rework: 0 }, from, to);
  }

  /** `front`: the part waits ahead of the queue (the rest of a piece an absent person put down). */
  function handoff(part: Part, from: Station, to: Station, front = false): void {
    const now = kernel.now();
    const ready = readyAt(now, org.handoff, streams);
    trace.handoff(now, part.concern, taskId(part), from.id, to.id, ready);
    const rework = lostContextRework(org.handoff, streams);
    if (rework >= 0) {
      trace.error(now, part.concern, taskId(part), 'infoLoss');
      part.rework = rework;
    }
    if (ready === now) enqueue(to, part, front);
    else kernel.schedule(ready - now, () => enqueue(to, part, front));
  }

  /** Whether the station's people work now (outside its hours nobody starts anything). */
  const open = (station: Station): boolean => station.hours === null || station.hours.level(kernel.now()) > 0;

  function enqueue(station: Station, part: Part, front = false): void {
    trace.queued(kernel.now(), part.concern, taskId(part), part.piece, station.id);
    if (station.idle.length > 0 && open(station)) start(station, station.idle.pop()!, part);
    else if (front) station.queue.pushFront(part);
    else station.queue.push(part);
  }

  function start(station: Station, worker: number, part: Part): void {
    const duration = part.work + part.rework;
    const now = kernel.now();
    const hours = station.hours;
    // Work pauses while the station is closed and resumes with the same person.
    const end = hours === null ? now + duration : hours.advance(now, duration);
    const absence = station.absence;
    station.working[worker] = part;
    if (absence !== null) {
      const awayAt = absence.nextAway[worker]();
      if (awayAt < end) {
        // Her next absence cuts this piece short: only the work up to then is done, and
        // leave() puts the rest back (no finish is scheduled).
        const done = hours === null ? awayAt - now : hours.integral(now, awayAt);
        trace.started(now, part.concern, taskId(part), part.piece, station.id, worker, done);
        absence.cut[worker] = true;
        absence.left[worker] = duration - done;
        return;
      }
    }
    trace.started(now, part.concern, taskId(part), part.piece, station.id, worker, duration);
    kernel.schedule(hours === null ? duration : end - now, station.finishers[worker]);
  }

  function finish(station: Station, worker: number, part: Part): void {
    trace.finished(kernel.now(), part.concern, taskId(part), part.piece, station.id, worker);
    if (part.piece === 'intake') dispatch(part.concern, station);
    else if (part.piece === 'misroute') handoff(reuse(part, part.task), station, departmentOf(part.concern, part.task));
    else taskFinished(part, station);
    takeNext(station, worker);
  }

  /** A person who is free (and present) takes the next waiting part, or waits. */
  function takeNext(station: Station, worker: number): void {
    if (station.absence?.away[worker]) return;
    const next = open(station) ? station.queue.shift() : undefined;
    if (next) start(station, worker, next);
    else station.idle.push(worker);
  }

  function leave(station: Station, worker: number, until: number): void {
    const absence = station.absence!;
    const now = kernel.now();
    trace.absent(now, station.id, worker, until);
    absence.away[worker] = true;
    const idleAt = station.idle.indexOf(worker);
    if (idleAt >= 0) station.idle.splice(idleAt, 1);
    const part = station.working[worker];
    if (part === null || !absence.cut[worker]) return; // a piece finishing right now still finishes
    absence.cut[worker] = false;
    station.working[worker] = null;
    trace.interrupted(now, part.concern, taskId(part), part.piece, station.id, worker);
    // Whoever continues it does so from a handoff: it may lose context and waits its turn at the front.
    part.work = absence.left[worker];
    part.rework = 0;
    handoff(part, station, station, true);
  }

  function back(station: Station, worker: number): void {
    station.absence!.away[worker] = false;
    takeNext(station, worker);
  }

  function startAbsences(station: Station, absence: Absence, firstPerson: number): void {
    const staff = station.working.length;
    const state = {
      away: new Array<boolean>(staff).fill(false),
      nextAway: [] as (() => number)[],
      cut: new Array<boolean>(staff).fill(false),
      left: new Array<number>(staff).fill(0),
    };
    station.absence = state;
    for (let worker = 0; worker < staff; worker++) {
      state.nextAway.push(
        runAbsences(kernel, absence, ctx.scenario.seed, ctx.replication, firstPerson + worker, ctx.scenario.horizon, {
          leave: (until) => leave(station, worker, until),
          back: () => back(station, worker),
        }),
      );
    }
  }

  let person = 0;
  stations.forEach((station, i) => {
    // At each opening, the free people take the waiting parts.
    atEachOpening(kernel, station.hours, ctx.scenario.horizon, () => {
      while (station.idle.length > 0 && station.queue.size > 0) start(station, station.idle.pop()!, station.queue.shift()!);
    });
    const absence = absences[i];
    if (absence) startAbsences(station, absence, person);
    person += station.working.length;
  });

  function taskFinished(part: Part, station: Station): void {
    const { concern, task } = part;
    if (parallel && part.piece === 'task' && !prerequisitesDone(concern, task)) {
      // The letter went to the old address: the reply is wrong and must be corrected.
      error(concern, task, 'order');
      (concern.wrong ??= concern.type.tasks.map(() => false))[task] = true;
      maybeComeBack(ctx, concern, arrive);
      return;
    }
    markDone(concern, task);
    if (concern.tasksLeft === 0) return trace.resolved(kernel.now(), concern);
    if (parallel) return releaseCorrections(concern);
    const next = nextTask(concern);
    const to = departmentOf(concern, next);
    const nextPart = reuse(part, next);
    if (to === station) enqueue(to, nextPart);
    else handoff(nextPart, station, to);
  }

  /**
   * A finished part becomes the part of the concern's task `task`: nothing holds a part once
   * its person has finished it, so it is reused rather than a new one allocated.
   */
  function reuse(part: Part, task: number): Part {
    part.task = task;
    part.piece = 'task';
    part.work = part.concern.work[task];
    part.rework = 0;
    return part;
  }

  /** A correction enters its department's queue once its prerequisites are done. */
  function releaseCorrections(concern: Concern): void {
    const wrong = concern.wrong;
    if (!wrong) return;
    for (let task = 0; task < wrong.length; task++) {
      if (!wrong[task] || !prerequisitesDone(concern, task)) continue;
      wrong[task] = false;
      enqueue(departmentOf(concern, task), { concern, task, piece: 'correction', work: concern.work[task], rework: 0 });
    }
  }

  return { arrive };
}
