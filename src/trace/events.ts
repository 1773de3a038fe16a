// The trace: everything that happens to a concern, as plain events in time order.
// The model emits them, metrics fold over them, the browser replays them and
// `--trace` writes them as JSON Lines. Times are simulated minutes.

export type ErrorKind = 'order' | 'infoLoss' | 'misroute';
export const ERROR_KINDS: readonly ErrorKind[] = ['order', 'infoLoss', 'misroute'];

/**
 * What a piece of work is: intake triage, a concern's task, a misrouted part being
 * recognised at the wrong department, or the correction of a task after an order error.
 */
export type PieceKind = 'intake' | 'task' | 'misroute' | 'correction';

/**
 * Concern ids: "17" is the 17th customer of the shared arrival stream (the same customer in
 * both organisations); "17/1" is that customer's first return as failure demand.
 */
export type ConcernId = string;

export type TraceEvent =
  | { type: 'arrived'; at: number; concern: ConcernId; concernType: string; failureDemand: boolean }
  /** Every team is at its wipLimit: the concern waits before any team takes it. */
  | { type: 'held'; at: number; concern: ConcernId }
  /** A piece of work enters a unit's queue (a department, the intake, or a team). */
  | { type: 'queued'; at: number; concern: ConcernId; task: string; piece: PieceKind; unit: string }
  /** `worker` indexes the unit's people (staff, or team members in the order listed). */
  | { type: 'started'; at: number; concern: ConcernId; task: string; piece: PieceKind; unit: string; worker: number; duration: number }
  | { type: 'finished'; at: number; concern: ConcernId; task: string; piece: PieceKind; unit: string; worker: number }
  /** Work leaves `from` at `at` and reaches `to` at `readyAt` (delay, then the next pickup instant). */
  | { type: 'handoff'; at: number; concern: ConcernId; task: string; from: string; to: string; readyAt: number }
  | { type: 'error'; at: number; concern: ConcernId; task: string; kind: ErrorKind }
  | { type: 'resolved'; at: number; concern: ConcernId }
  /**
   * A person falls ill or goes on holiday until `until` (docs/model.md#absences); a piece in
   * hand is `interrupted` at the same instant and goes back to the front of its queue.
   */
  | { type: 'absent'; at: number; unit: string; worker: number; until: number }
  /** The piece a person was working on when she became absent; its `started` duration counted only the work done. */
  | { type: 'interrupted'; at: number; concern: ConcernId; task: string; piece: PieceKind; unit: string; worker: number };

export type TraceEventType = TraceEvent['type'];

/** Receives trace events in time order (ties in the order they happened). */
export type TraceSink = (event: TraceEvent) => void;
