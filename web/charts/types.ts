// What every chart receives besides its data: its title and labels in the page language.
export interface ChartState {
  title: string;
  /** The viewBox's height (its width is always CHART.width); the default shape when absent. */
  height?: number;
  labels: {
    silo: string;
    team: string;
    count: string;
    from: string;
    to: string;
    leadHours: string;
    hour: string;
    day: string;
    concerns: string;
    arrived: string;
    completed: string;
    days: string;
    /** The gap between arrived and completed: concerns in the system. */
    inSystem: string;
  };
}

export interface TableData {
  columns: string[];
  rows: (string | number)[][];
}
