/** One benchmark measurement; the harness adds the ratio value / baseline. */
export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  /** The same work done the plain way in the same run, or null where no baseline fits. */
  baseline: number | null;
  baselineName: string;
  /** The target in words, e.g. "≤ 10 ms". */
  target?: string;
}
