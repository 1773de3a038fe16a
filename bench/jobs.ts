// What one measurement is, as plain data a child process can be handed on its command line.
// Each measurement runs in a fresh Node process (bench/measure.ts), so one run's heap and
// JIT state cannot help or hurt the next.
import type { KernelName, Mode } from '../src/index.js';

/** orgflow's normal path: parseScenario (with overrides) and simulate, metrics fold included. */
export interface EngineJob {
  kind: 'engine';
  file: string;
  mode: Mode;
  kernel: KernelName;
  /** `--set`-style overrides, e.g. time.horizon. */
  overrides: { path: string; value: string }[];
  /** Untimed replication first (JIT warm-up), with this horizon in minutes; 0 = none. */
  warmupHorizon: number;
  /** Count trace events by type with a sink (a separate, untimed run). */
  countEvents: boolean;
}

/** A reference model: Poisson arrivals through stations in a row, exponential service. */
export interface ReferenceJob {
  kind: 'simjs' | 'handwritten';
  lambda: number;
  mu: number;
  stations: number[];
  horizon: number;
  seed: number;
}

export type Job = EngineJob | ReferenceJob;

export interface JobResult {
  /** Wall-clock seconds of the timed run (in-process, module loading excluded). */
  seconds: number;
  /** CPU seconds (user + system, all threads of the process) of the timed run. */
  cpuSeconds: number;
  arrived: number;
  completed: number;
  /** Still open at the horizon (the backlog of an overloaded run). */
  open: number;
  meanLead: number;
  /** Trace events by type (engine jobs with countEvents). */
  events?: Record<string, number>;
  /** Arrivals plus service completions: the anchors' "model events". */
  modelEvents?: number;
  heapUsedMB: number;
  rssMB: number;
}
