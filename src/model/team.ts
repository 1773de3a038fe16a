// "Kreisverkehr": cross-functional teams own each concern end to end. A concern joins the
// team with the fewest concerns in hand (or waits while all are at wipLimit); its tasks run
// one after another in dependency order. A member who finishes a task continues the concern
// if she has the skill for the next one; otherwise the next task is handed off inside the
// team and the member pulls the oldest ready task she can do. docs/model.md#the-team-organisation (who takes which task: docs/model.md#assignment-rules).
import type { Hours, TeamOrganisation } from '../scenario/types.js';
import { markDone, nextTask, type Concern } from './concern.js';
import { Fifo } from './fifo.js';
import { MinHeap, type Sequence } from './heap.js';
import { lostContextRework, readyAt } from './handoff.js';
import { teamMembers } from './members.js';
import { dropTaken, helperFlags } from './assignment.js';
import type { ModelContext, Organisation } from './organisation.js';
import { runAbsences } from './absence.js';
import { atEachOpening } from './openings.js';

interface ReadyTask {
  concern: Concern;
  task: number;
  rework: number;
  /** Started by someone (prefer-specialist: an entry may be left in the helpers' queue or the specialists'). */
  taken: boolean;
  /**
   * Share of the task still to do (1 unless an absence cut it short), and extra work for
   * context lost when it was put back (docs/model.md#absences).
   */
  left?: number;
  extra?: number;
}

interface Member {
  /** Position in the team's members, in the order listed (groups expanded). */
  index: number;
  /** Proficiency by skill number (see createTeams), 0 for a skill she does not have. */
  proficiency: number[];
  /** The team's ready queues for this member's skills. */
  queues: MinHeap<ReadyTask>[];
  /**
   * prefer-specialist: by skill number, true where she is a helper (below the team's best);
   * `pullQueues[i]` is then the queue of tasks that waited helpAfter instead of `queues[i]`.
   */
  helps: boolean[];
  pullQueues: MinHeap<ReadyTask>[];
  busy: boolean;
  /** The task in hand while busy. */
  current: ReadyTask | null;
  /** Her "finished" action, made once (starting work then allocates no closure). */
  finisher: () => void;
  /** Absent now (then also `busy`, so nobody hands her work). */
  away: boolean;
  /** When her next absence starts (Infinity without absences). */
  nextAway: () => number;
  /** The piece in hand will be cut short by that absence, with this share of it left. */
  cut: boolean;
  cutLeft: number;
}

interface TeamState {
  id: string;
  members: Member[];
  /** The ready tasks needing a skill (by number), oldest concern first. */
  readyFor(skill: number): MinHeap<ReadyTask>;
  /**
   * The members with a skill (by number), most proficient first (ties: listed first): the
   * first idle one among them is who takes a task that becomes ready.
   */
  candidatesFor(skill: number): readonly Member[];
  /** prefer-specialist: the ready tasks needing a skill that have waited helpAfter, oldest concern first. */
  overdueFor(skill: number): MinHeap<ReadyTask>;
  /** prefer-specialist: by skill number, whether any member is a helper for it. */
  helped: boolean[];
  inHand: number;
  hours: Hours;
}

export function createTeams(org: TeamOrganisation, ctx: ModelContext): Organisation {
  const { kernel, trace, streams } = ctx;
  const stretch = 1 / (1 - org.coordination);
  // 0 under rule any: every check of the prefer-specialist rule below starts with helpAfter > 0.
  const helpAfter = org.assignment.rule === 'prefer-specialist' ? org.assignment.helpAfter : 0;
  // Skills are numbered once here, and each concern type's tasks' skills looked up once:
  // the hot path then indexes arrays instead of looking up Maps by skill name (separate
  // YAML strings, so each lookup also compared characters).
  const skillNumbers = new Map<string, number>();
  const numberOf = (skill: string): number => {
    let k = skillNumbers.get(skill);
    if (k === undefined) skillNumbers.set(skill, (k = skillNumbers.size));
    return k;
  };
  const taskSkills = ctx.scenario.concernTypes.map((type) => type.tasks.map((task) => numberOf(task.skill)));
  for (const spec of org.teams) for (const group of spec.members) Object.keys(group.skills).forEach(numberOf);
  const skillCount = skillNumbers.size;
  const teams = org.teams.map((spec): TeamState => {
    const sequence: Sequence = { next: 0 };
    const ready: (MinHeap<ReadyTask> | undefined)[] = new Array<MinHeap<ReadyTask> | undefined>(skillCount).fill(undefined);
    const queueFor = (skill: number): MinHeap<ReadyTask> => (ready[skill] ??= new MinHeap<ReadyTask>(sequence));
    const members: Member[] = [];
    const memberSkills = teamMembers(spec);
    for (const skills of memberSkills) {
      const proficiency = new Array<number>(skillCount).fill(0);
      for (const [skill, p] of Object.entries(skills)) proficiency[numberOf(skill)] = p;
      members.push({
        index: members.length,
        proficiency,
        queues: Object.keys(skills).map((skill) => queueFor(numberOf(skill))),
        helps: [],
        pullQueues: [],
        busy: false,
        current: null,
        finisher: () => {},
        away: false,
        nextAway: never,
        cut: false,
        cutLeft: 0,
      });
    }
    const candidates: (Member[] | undefined)[] = new Array<Member[] | undefined>(skillCount).fill(undefined);
    // Array#sort is stable, so equal proficiencies keep the listed order.
    const candidatesFor = (skill: number): readonly Member[] =>
      (candidates[skill] ??= members.filter((m) => m.proficiency[skill] > 0).sort((x, y) => y.proficiency[skill] - x.proficiency[skill]));
    const overdue: (MinHeap<ReadyTask> | undefined)[] = new Array<MinHeap<ReadyTask> | undefined>(skillCount).fill(undefined);
    const overdueFor = (skill: number): MinHeap<ReadyTask> => (overdue[skill] ??= new MinHeap<ReadyTask>(sequence));
    const helped = new Array<boolean>(skillCount).fill(false);
    if (helpAfter > 0) {
      const flags = helperFlags(
        members.map((m) => m.proficiency),
        skillCount,
      );
      members.forEach((member, i) => {
        member.helps = flags[i];
        member.pullQueues = Object.keys(memberSkills[i]).map((skill) => {
          const k = numberOf(skill);
          if (flags[i][k]) helped[k] = true;
          return flags[i][k] ? overdueFor(k) : queueFor(k);
        });
      });
    }
    const team: TeamState = {
      id: spec.id,
      members,
      readyFor: queueFor,
      candidatesFor,
      overdueFor,
      helped,
      inHand: 0,
      hours: spec.hours ?? null,
    };
    for (const member of members) {
      member.finisher = () => {
        const done = member.current;
        if (done === null) throw new Error(`invariant: ${spec.id} member ${member.index} finished without a task in hand`);
        member.current = null;
        finish(team, member, done);
      };
    }
    return team;
  });
  const held = new Fifo<Concern>();

  function arrive(concern: Concern): void {
    trace.arrived(kernel.now(), concern, concern.type.id, concern.failureDemand);
    const team = teamWithRoom();
    if (team) admit(team, concern);
    else {
      trace.held(kernel.now(), concern);
      held.push(concern);
    }
  }

  /** The team with the fewest concerns in hand below wipLimit (ties: listed first), or null. */
  function teamWithRoom(): TeamState | null {
    let best: TeamState | null = null;
    for (const team of teams) if (team.inHand < org.wipLimit && (!best || team.inHand < best.inHand)) best = team;
    return best;
  }

  function admit(team: TeamState, concern: Concern): void {
    team.inHand++;
    concern.owner = teams.indexOf(team);
    makeReady(team, { concern, task: nextTask(concern), rework: 0, taken: false });
  }

  /** Whether the team works now (outside its hours nobody starts anything). */
  const open = (team: TeamState): boolean => team.hours === null || team.hours.level(kernel.now()) > 0;

  /**
   * A ready task goes to the most proficient idle member (ties: listed first), else queues;
   * `front` puts it ahead of the rest (work an absent member put back).
   * prefer-specialist: not to a helper yet; she may take it when it has waited helpAfter.
   */
  function makeReady(team: TeamState, ready: ReadyTask, front = false): void {
    const { concern, task } = ready;
    const skill = taskSkills[concern.typeIndex][task];
    trace.queued(kernel.now(), concern, concern.type.tasks[task].id, 'task', team.id);
    let best: Member | null = null;
    if (open(team)) {
      for (const member of team.candidatesFor(skill)) {
        if (!member.busy) {
          best = member;
          break;
        }
      }
    }
    if (best && !(helpAfter > 0 && best.helps[skill])) return start(team, best, ready);
    team.readyFor(skill).push(front ? -Infinity : concern.arrival, ready);
    if (helpAfter > 0 && team.helped[skill]) kernel.schedule(helpAfter, () => overdue(team, ready, skill));
  }

  /**
   * prefer-specialist: the task has waited helpAfter. An idle member with the skill takes it
   * (she is a helper: an idle specialist would have taken it already), the most proficient
   * first; else it joins the queue the helpers pull from.
   */
  function overdue(team: TeamState, ready: ReadyTask, skill: number): void {
    if (ready.taken) return;
    if (open(team)) for (const member of team.candidatesFor(skill)) if (!member.busy) return start(team, member, ready);
    team.overdueFor(skill).push(ready.concern.arrival, ready);
  }

  function start(team: TeamState, member: Member, ready: ReadyTask): void {
    const { concern, task, rework } = ready;
    const spec = concern.type.tasks[task];
    const proficiency = member.proficiency[taskSkills[concern.typeIndex][task]];
    let duration = (concern.work[task] / proficiency + rework) * stretch;
    if (ready.left !== undefined) duration = duration * ready.left + (ready.extra ?? 0) * stretch;
    member.busy = true;
    ready.taken = true;
    member.current = ready;
    const now = kernel.now();
    const hours = team.hours;
    // Work pauses while the team is closed and resumes with the same member.
    const end = hours === null ? now + duration : hours.advance(now, duration);
    const awayAt = member.nextAway();
    if (awayAt < end) {
      // Her next absence cuts this piece short: leave() puts the rest back.
      const done = hours === null ? awayAt - now : hours.integral(now, awayAt);
      trace.started(now, concern, spec.id, 'task', team.id, member.index, done);
      member.cut = true;
      member.cutLeft = (duration - done) / duration;
      return;
    }
    trace.started(now, concern, spec.id, 'task', team.id, member.index, duration);
    kernel.schedule(hours === null ? duration : end - now, member.finisher);
  }

  function finish(team: TeamState, member: Member, done: ReadyTask): void {
    const { concern, task } = done;
    const now = kernel.now();
    trace.finished(now, concern, concern.type.tasks[task].id, 'task', team.id, member.index);
    markDone(concern, task);
    if (concern.tasksLeft === 0) {
      trace.resolved(now, concern);
      team.inHand--;
      const waiting = held.size > 0 ? teamWithRoom() : null;
      if (waiting) admit(waiting, held.shift()!);
      return pull(team, member);
    }
    const next = nextTask(concern);
    const skill = taskSkills[concern.typeIndex][next];
    // prefer-specialist: a helper does not continue (the task has not waited); it goes to the team.
    if (!member.away && member.proficiency[skill] > 0 && !(helpAfter > 0 && member.helps[skill])) {
      if (open(team)) return start(team, member, { concern, task: next, rework: 0, taken: false });
      // Closed (her work ended at closing time): she continues the concern when the team opens.
      return continueAtOpening(team, member, { concern, task: next, rework: 0, taken: false });
    }
    handOn(team, { concern, task: next, rework: 0, taken: false });
    pull(team, member);
  }

  function continueAtOpening(team: TeamState, member: Member, ready: ReadyTask): void {
    const at = team.hours!.nextPositive(kernel.now());
    kernel.schedule(at - kernel.now(), () => {
      // Away, or (back in between) already busy with other work: someone else continues it.
      if (member.away || member.current !== null) return handOn(team, ready);
      start(team, member, ready);
    });
  }

  /** A different member continues the concern: a team-internal handoff. */
  /**
   * `front`: the rest of a task an absent member put down; it waits ahead of the queue, and
   * rework for lost context comes on top of its remaining share.
   */
  function handOn(team: TeamState, ready: ReadyTask, front = false): void {
    const now = kernel.now();
    const at = readyAt(now, org.handoff, streams);
    const taskId = ready.concern.type.tasks[ready.task].id;
    trace.handoff(now, ready.concern, taskId, team.id, team.id, at);
    const rework = lostContextRework(org.handoff, streams);
    if (rework >= 0) {
      trace.error(now, ready.concern, taskId, 'infoLoss');
      if (front) ready.extra = rework;
      else ready.rework = rework;
    }
    if (at === now) makeReady(team, ready, front);
    else kernel.schedule(at - now, () => makeReady(team, ready, front));
  }

  /**
   * An idle member takes the ready task of the oldest concern she has the skill for
   * (prefer-specialist: for a skill she helps with, of those that waited helpAfter).
   */
  function pull(team: TeamState, member: Member): void {
    if (member.away) return;
    if (!open(team)) {
      member.busy = false;
      return;
    }
    let best: MinHeap<ReadyTask> | null = null;
    const queues = helpAfter > 0 ? member.pullQueues : member.queues;
    for (const queue of queues) {
      if (helpAfter > 0) dropTaken(queue);
      if (queue.size === 0) continue;
      if (!best || queue.peekKey() < best.peekKey() || (queue.peekKey() === best.peekKey() && queue.peekSeq() < best.peekSeq()))
        best = queue;
    }
    if (best) start(team, member, best.pop()!);
    else member.busy = false;
  }

  function leave(team: TeamState, member: Member, until: number): void {
    const now = kernel.now();
    trace.absent(now, team.id, member.index, until);
    member.away = true;
    const ready = member.current;
    if (ready === null || !member.cut) {
      // Idle: now unavailable. Working on a piece that finishes right now: it still finishes.
      member.busy = true;
      return;
    }
    member.cut = false;
    member.current = null;
    const taskId = ready.concern.type.tasks[ready.task].id;
    trace.interrupted(now, ready.concern, taskId, 'task', team.id, member.index);
    ready.left = (ready.left ?? 1) * member.cutLeft;
    ready.extra = 0;
    ready.taken = false;
    // Whoever continues it does so from a handoff: it may lose context, and it waits at the front.
    handOn(team, ready, true);
  }

  function back(team: TeamState, member: Member): void {
    member.away = false;
    member.busy = false;
    pull(team, member);
  }

  let person = 0;
  org.teams.forEach((spec, t) => {
    const team = teams[t];
    // At each opening, the free members (in the order listed) take waiting tasks.
    atEachOpening(kernel, team.hours, ctx.scenario.horizon, () => {
      for (const member of team.members) if (!member.busy) pull(team, member);
    });
    let index = 0;
    for (const group of spec.members) {
      for (let i = 0; i < group.count; i++, index++, person++) {
        const member = team.members[index];
        if (group.absence)
          member.nextAway = runAbsences(kernel, group.absence, ctx.scenario.seed, ctx.replication, person, ctx.scenario.horizon, {
            leave: (until) => leave(team, member, until),
            back: () => back(team, member),
          });
      }
    }
  });

  return { arrive };
}

const never = (): number => Infinity;
