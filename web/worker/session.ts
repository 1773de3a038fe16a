// What the simulation worker keeps between the page's requests: the validation chain, the
// organisations computed before, and the last finished run (what a CSV export and a replay
// are made of). A run computes every replication's Metrics (through the scheduler) and posts
// the KPIs; replication 0 of each organisation is traced for the replay and charts when the
// page asks for it. CSV records are recomputed when asked for (the engine is deterministic).
import {
  concernsCsv,
  modesOf,
  perMode,
  scenarioLayout,
  summaryCsv,
  timeseriesCsv,
  toResultView,
  type MetricsRow,
  type Mode,
  type ReplicationRecords,
  type Scenario,
  type ScenarioFile,
  type TraceEvent,
} from '../../src/index.js';
import { buildReplay } from '../replay/replay.js';
import { packReplay, transferablesOf } from '../replay/packed-replay.js';
import type { CsvRequest, ReplayData, ReplayRequest, RunRequest, WorkerMessage } from './protocol.js';
import { checkShipped, validate, type Accepted } from './validate.js';
import { recordsOf } from './replicate.js';
import { ComputedRows, organisationKey } from './computed.js';
import type { Scheduler } from './scheduler.js';

export type Post = (m: WorkerMessage, transfer?: Transferable[]) => void;

export const messageOf = (err: unknown): string => (err instanceof Error ? err.message : String(err));

export class Session {
  /**
   * Run requests are validated one after another: one that waits for the parser to load must
   * not be overtaken by a later one.
   */
  private validating: Promise<void> = Promise.resolve();
  /** Both organisations of the last 8 settings run (see computed.ts). */
  private readonly computed = new ComputedRows(16);
  /** Shipped files already parsed once and compared with the build's validation (checkShipped). */
  private readonly shippedChecked = new Set<string>();
  /** The last run whose KPIs were posted. */
  private finished: { id: number; scenario: Scenario; modes: readonly Mode[]; rows: MetricsRow[] } | null = null;

  constructor(
    private readonly post: Post,
    private readonly breathe: () => Promise<void>,
    private readonly scheduler: Scheduler,
  ) {}

  /** Validation first: an invalid file must not cancel the run of the scenario still shown. */
  run(req: RunRequest): void {
    this.validating = this.validating
      .then(async () => {
        const accepted = await validate(req);
        if (Array.isArray(accepted)) this.post({ type: 'invalid', id: req.id, issues: accepted });
        else this.start(req, accepted);
      })
      .catch((err: unknown) => this.post({ type: 'failed', id: req.id, message: messageOf(err) }));
  }

  private start(req: RunRequest, accepted: Accepted): void {
    const scenario = accepted.scenario;
    const modes = modesOf(scenario);
    this.scheduler.supersede(req.id);
    this.post({
      type: 'accepted',
      id: req.id,
      layout: scenarioLayout(scenario, modes),
      values: accepted.values,
      warnings: accepted.warnings,
    });
    this.compute(req, scenario, accepted.data, modes)
      .then(() => accepted.shipped && checkShipped(req, accepted.shipped, this.shippedChecked))
      .catch((err: unknown) => this.post({ type: 'failed', id: req.id, message: messageOf(err) }));
  }

  private async compute(req: RunRequest, scenario: Scenario, data: ScenarioFile, modes: readonly Mode[]): Promise<void> {
    const keys = new Map(modes.map((m) => [m, organisationKey(data, m)]));
    const missing = modes.filter((m) => this.computed.get(keys.get(m)!) === undefined);
    if (missing.length > 0) {
      const fresh = await this.scheduler.replicate({ id: req.id, scenario, data, modes: missing });
      if (!fresh) return;
      for (const m of missing)
        this.computed.set(
          keys.get(m)!,
          fresh.filter((x) => x.mode === m),
        );
    }
    const rows = modes.flatMap((m) => this.computed.get(keys.get(m)!)!);
    const byMode = perMode((mode) => rows.filter((x) => x.mode === mode).map((x) => x.metrics));
    const result = toResultView(scenario, modes, byMode);
    this.finished = { id: req.id, scenario, modes, rows };
    const replications = perMode((mode) => (modes.includes(mode) ? byMode[mode] : []));
    this.post({ type: 'result', id: req.id, result, replications });
  }

  /**
   * The replay and the charts: replication 0 again, traced (the same Metrics as in the KPIs),
   * its replay built here and transferred packed, so that the page only unpacks it.
   */
  async replay(req: ReplayRequest): Promise<void> {
    const done = this.finished;
    if (!done || done.id !== req.id) return;
    for (const mode of done.modes) {
      if (!this.scheduler.isLatest(req.id)) return;
      const events: TraceEvent[] = [];
      const first = recordsOf(done.scenario, { mode, replication: 0 }, (e) => events.push(e));
      // A run request that came meanwhile goes first; this replay would be stale anyway.
      await this.breathe();
      if (!this.scheduler.isLatest(req.id)) return;
      const typeIds = done.scenario.concernTypes.map((c) => c.id);
      const replay = packReplay(buildReplay(mode, events, done.scenario.horizon, typeIds));
      const data: ReplayData = { mode, replay, concerns: first.concerns, hours: first.hours, metrics: first.metrics };
      this.post({ type: 'replay', id: req.id, replay: data }, transferablesOf(replay));
      await this.breathe();
    }
    await this.scheduler.warmUp(req.id, done.scenario, done.modes);
  }

  /** A CSV file of the last finished run; concerns and hours are recomputed replication by replication. */
  async csv(req: CsvRequest): Promise<void> {
    const done = this.finished;
    if (!done) return this.post({ type: 'csv', id: req.id, kind: req.kind, text: null, error: 'no finished run to export yet' });
    const { scenario, rows } = done;
    if (req.kind === 'summary')
      return this.post({ type: 'csv', id: req.id, kind: req.kind, text: summaryCsv(scenario.name, scenario.seed, rows), error: null });
    const records: ReplicationRecords[] = [];
    for (const row of rows) {
      records.push(recordsOf(scenario, row, null));
      await this.breathe();
    }
    this.post({
      type: 'csv',
      id: req.id,
      kind: req.kind,
      text: req.kind === 'concerns' ? concernsCsv(records) : timeseriesCsv(records),
      error: null,
    });
  }
}
