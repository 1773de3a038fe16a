// A running task's simulated clock for the progress bar, read off the hourly rows of the
// metrics fold: no event is scheduled for it, so the model's events, their order and its
// random draws stay exactly as they are (docs/model.md#bit-identical-results). Asked for
// only when a bar is shown; then the fold builds hourly rows even without --csv, one small
// object per simulated hour.
import type { RecordHandlers } from '../../src/index.js';

export function reportClock(handlers: RecordHandlers, clocks: Float64Array, index: number): RecordHandlers {
  const onHour = handlers.onHour;
  return {
    ...handlers,
    onHour(row) {
      onHour?.(row);
      clocks[index] = (row.hour + 1) * 60;
    },
  };
}
