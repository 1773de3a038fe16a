// The metrics of docs/model.md#metrics: folds over trace events, and statistics over replications.
export type { Unit } from './utilisation.js';
export type { FoldContext, MetricsFold, MetricsHooks } from './fold.js';
export { createMetricsFold } from './fold.js';
export { summarise, pairedDifference } from './summarise.js';
export { studentT975 } from './student-t.js';
export { percentile } from './percentile.js';
export type * from './types.js';
