// What the run loop knows of an organisation: it receives concerns. Silo and team are the
// two strategies behind this interface (silo.ts, team.ts).
import type { Kernel } from '../kernel/kernel.js';
import type { Scenario } from '../scenario/types.js';
import type { TraceRecorder } from '../trace/recorder.js';
import type { Concern } from './concern.js';
import type { OrganisationStreams } from './streams.js';

export interface Organisation {
  arrive(concern: Concern): void;
}

export interface ModelContext {
  scenario: Scenario;
  kernel: Kernel;
  trace: TraceRecorder;
  streams: OrganisationStreams;
  /** 0-based; with the scenario's seed it keys the streams shared by both organisations (absences). */
  replication: number;
}
