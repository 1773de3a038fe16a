// The hourly timeseries (timeseries.csv, the WIP and cumulative-flow charts), built while
// the events stream past: a row is handed out as soon as the clock leaves its hour.
import type { HourRow } from './types.js';

export class HourlyRows {
  private readonly hours: number;
  private hour = 0;
  private arrived = 0;
  private started = 0;
  private completed = 0;

  /** Hour h covers [h·60, (h+1)·60); the last one also takes events at the horizon itself. */
  constructor(
    horizon: number,
    private readonly emit: (row: HourRow) => void,
  ) {
    this.hours = Math.ceil(horizon / 60);
  }

  /**
   * Closes every hour that ends at or before `at`. `wip` is the number in the system just
   * before `at`, which is the number at the end of each hour being closed (nothing happened
   * between the previous event and `at`).
   */
  advance(at: number, wip: number): void {
    while (this.hour < this.hours - 1 && at >= (this.hour + 1) * 60) this.close(wip);
  }

  countArrived(): void {
    this.arrived++;
  }

  countStarted(): void {
    this.started++;
  }

  countCompleted(): void {
    this.completed++;
  }

  /** Emits the remaining hours up to the horizon; `wip` is the number in the system there. */
  finish(wip: number): void {
    while (this.hour < this.hours) this.close(wip);
  }

  private close(wip: number): void {
    this.emit({
      hour: this.hour,
      arrived: this.arrived,
      started: this.started,
      completed: this.completed,
      wip,
    });
    this.hour++;
    this.arrived = 0;
    this.started = 0;
    this.completed = 0;
  }
}
