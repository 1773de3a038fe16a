// The facilitator's flow through a workshop: pick a scenario, let the room predict, reveal,
// ask "what if", explain. Its state lives in the page's store next to the run.
import type { Override, ResultView } from '../worker/protocol.js';
import type { DerivedView } from './derived.js';

export const FLOW_STEPS = ['pick', 'predict', 'reveal', 'whatif', 'explain'] as const;
export type FlowStep = (typeof FLOW_STEPS)[number];

/**
 * The room's guesses. leadTime: hours, team − silo (as the Δ card shows it: negative = the
 * roundabout is faster); siloErrors, teamErrors: per cent of concerns with an error;
 * extraStaff: what one more person in the busiest department does to the silo's mean lead
 * time, −1 shorter, 0 about the same, +1 longer.
 */
export interface Guesses {
  leadTime: number | null;
  siloErrors: number | null;
  teamErrors: number | null;
  extraStaff: -1 | 0 | 1 | null;
}
export type QuestionId = keyof Guesses;

/** A run kept for comparison: the next runs are shown against it. */
export interface Pinned {
  result: ResultView;
  derived: DerivedView | null;
  overrides: Override[];
}

export interface FlowState {
  step: FlowStep;
  guesses: Guesses;
  /** Reveal: the animation has run and the facilitator has uncovered the answers. */
  answersShown: boolean;
  pinned: Pinned | null;
  /** The run after the pin adds one person to the busiest department (answers the staff question). */
  staffRun: boolean;
  /** The floating step panel is folded to its title bar. */
  folded: boolean;
}

export const NO_GUESSES: Guesses = { leadTime: null, siloErrors: null, teamErrors: null, extraStaff: null };

export function initialFlow(): FlowState {
  return { step: 'pick', guesses: NO_GUESSES, answersShown: false, pinned: null, staffRun: false, folded: false };
}

/** Numbers stay covered while the room guesses, and during the reveal until the answers are uncovered. */
export const numbersHidden = (f: FlowState): boolean => f.step === 'predict' || (f.step === 'reveal' && !f.answersShown);
