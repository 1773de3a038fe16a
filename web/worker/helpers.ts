// The helper workers as the scheduler sees them (one per core beyond this worker's; the page
// starts them, web/app/workers.ts, and hands over a port to each): which run's scenario each
// one holds and which tasks it has been handed and not yet answered.
import type { ReplicationTask, ScenarioFile } from '../../src/index.js';
import type { HelperMessage, HelperRequest } from './replicate.js';

/** One replication of one organisation. */
export type Task = ReplicationTask;
export const keyOf = (t: Task): string => `${t.mode}:${t.replication}`;

/** This worker's end of a helper's channel: a MessagePort (in the tests, a fake). */
export interface HelperPort {
  postMessage(message: HelperRequest): void;
  onmessage: ((e: MessageEvent<HelperMessage>) => void) | null;
}

/**
 * Tasks a helper holds at once: this worker hears of a finished one only between its own
 * replications, and the helper must not sit idle until then.
 */
export const IN_FLIGHT = 2;

interface Helper {
  port: HelperPort;
  dead: boolean;
  /** The run whose scenario it holds. */
  scenarioOf: number;
  /** What it has been handed (of run `tasksOf`) and not yet answered, oldest first. */
  tasks: Task[];
  tasksOf: number;
}

export class Helpers {
  private readonly all: Helper[] = [];

  /** `answered` hears each answer once the helper no longer counts the task as held. */
  constructor(private readonly answered: (m: HelperMessage) => void) {}

  /** In the page's order: it reports a crash by that index. */
  adopt(ports: readonly HelperPort[]): void {
    for (const port of ports) {
      const helper: Helper = { port, dead: false, scenarioOf: 0, tasks: [], tasksOf: 0 };
      port.onmessage = (e) => {
        // A helper answers its tasks in the order it got them.
        helper.tasks.shift();
        this.answered(e.data);
      };
      this.all.push(helper);
    }
  }

  /** Helper `index` has crashed: what it held of run `id`, or null if it was known dead (or never known). */
  lose(index: number, id: number | null): Task[] | null {
    const h = this.all[index];
    if (!h || h.dead) return null;
    h.dead = true;
    const held = h.tasksOf === id ? h.tasks : [];
    h.tasks = [];
    return held;
  }

  /**
   * Tops each live helper up to IN_FLIGHT tasks of run `id`, taken from the back of `queue` or
   * its front, after sending it the run's scenario once.
   */
  feed(id: number, data: ScenarioFile, queue: Task[], fromBack: boolean): void {
    for (const h of this.all) {
      if (h.dead) continue;
      // Still on tasks of an earlier (cancelled) run: it gets new ones once it has answered those.
      if (h.tasks.length > 0 && h.tasksOf !== id) continue;
      if (h.scenarioOf !== id) {
        h.port.postMessage({ type: 'scenario', id, data });
        h.scenarioOf = id;
      }
      while (h.tasks.length < IN_FLIGHT && queue.length > 0) this.hand(h, id, (fromBack ? queue.pop() : queue.shift())!);
    }
  }

  /** Hands `task` to each live, idle helper that holds run `id`'s scenario. */
  handIdle(id: number, task: Task): void {
    for (const h of this.all) if (!h.dead && h.tasks.length === 0 && h.scenarioOf === id) this.hand(h, id, task);
  }

  /**
   * A task of run `id` a helper holds and `done` is not, for this worker to run too: the last
   * one it was handed, which it will get to last.
   */
  straggler(id: number, done: (t: Task) => boolean): Task | null {
    for (const h of this.all) {
      if (h.tasksOf !== id) continue;
      for (let i = h.tasks.length - 1; i >= 0; i--) if (!done(h.tasks[i])) return h.tasks[i];
    }
    return null;
  }

  private hand(h: Helper, id: number, task: Task): void {
    h.tasks.push(task);
    h.tasksOf = id;
    h.port.postMessage({ type: 'task', id, mode: task.mode, replication: task.replication });
  }
}
