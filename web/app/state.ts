// The page's state (everything but the animation clock, which the playback loop owns).
import type { Mode, ConcernRecord, HourRow } from '../../src/index.js';
import { initialFlow, type FlowState } from '../flow/state.js';
import type { DerivedView } from '../flow/derived.js';
import type { IssueView, Override, ResultView, ScenarioLayout, ScenarioValues, WarningView } from '../worker/protocol.js';
import type { Replay } from '../replay/replay.js';
import type { Lang } from '../i18n/index.js';
import type { ScenarioSource } from './shipped.js';

export type RunStatus = 'idle' | 'running' | 'done' | 'failed';

/** Replication 0 of one organisation: replayed in the panels, drawn in the charts. */
export interface ModeRun {
  replay: Replay;
  concerns: ConcernRecord[];
  hours: HourRow[];
}

export interface AppState {
  lang: Lang;
  source: ScenarioSource | null;
  seed: number | null;
  overrides: Override[];
  status: RunStatus;
  progress: { done: number; total: number };
  layout: ScenarioLayout | null;
  /** The shown scenario's values, as written and with the overrides (for the sliders). */
  values: ScenarioValues | null;
  runs: Partial<Record<Mode, ModeRun>>;
  /**
   * `runs` still holds an earlier run's replays (a slider's re-run keeps them on screen,
   * frozen) until this run's replays of every organisation have arrived.
   */
  runsStale: boolean;
  result: ResultView | null;
  /** Figures derived from every replication behind `result` (first-time right, failure demand). */
  derived: DerivedView | null;
  /** The last refused file: its name and the issues (or one message). */
  refused: { file: string; issues: IssueView[]; message: string } | null;
  warnings: WarningView[];
  failure: string | null;
  selected: string | null;
  flow: FlowState;
}

export function initialState(lang: Lang, seed: number | null): AppState {
  return {
    lang,
    source: null,
    seed,
    overrides: [],
    status: 'idle',
    progress: { done: 0, total: 0 },
    layout: null,
    values: null,
    runs: {},
    runsStale: false,
    result: null,
    derived: null,
    refused: null,
    warnings: [],
    failure: null,
    selected: null,
    flow: initialFlow(),
  };
}
