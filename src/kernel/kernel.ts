// The event kernel as the model sees it: a clock and a list of future actions.
// Actions due at the same time run in the order they were scheduled, so a seed always
// gives the same trace.

export interface Kernel {
  /** Current simulated time in minutes. */
  now(): number;
  /** Runs `action` after `delay` minutes (delay >= 0). */
  schedule(delay: number, action: () => void): void;
  /** Runs every action due at or before `until`, then stops with the clock at `until`. */
  run(until: number): void;
}

/**
 * Which event list runs the actions: `fast` (orgflow's own binary heap, the default) or
 * `simjs` (simjs's PQueue and simulate loop). Both order actions by (time, scheduling
 * order), so they give byte-identical traces; test/engine/kernels.test.ts checks that.
 */
export type KernelName = 'fast' | 'simjs';

/** A fresh simulation clock at time 0 with an empty event list; `run` may be called once. */
export type KernelFactory = () => Kernel;
export const KERNEL_NAMES: readonly KernelName[] = ['fast', 'simjs'];
