// Fitting a scenario to an export of real work (docs/model.md#fitting-a-scenario-to-data).
export {
  fitScenario,
  type FitOptions,
  type FittedScenario,
  type FittedTask,
  type FittedDepartment,
  type FittedIntake,
  type LeadTimes,
} from './fit-scenario.js';
export { fitDistribution, ksDistance, type DistributionFit, type ScoredCandidate } from './choose.js';
export type { FittedDistribution } from './families.js';
export { fitProfile, MERGE_THRESHOLD, FLAT_LEVEL, type ArrivalProfile, type ProfileSegment } from './profile.js';
export { proposeTeams, type ProposedTeam } from './team.js';
export { weekEntries, openMinutes, MINUTES_PER_WEEK } from './week.js';
export type { WorkRow, FitPiece } from './rows.js';
