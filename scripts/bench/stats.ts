// Percentiles and a timing loop shared by the benchmarks.
export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

/** Times `fn` `runs` times after `warmup` runs; returns the samples in milliseconds. */
export function timeRuns(fn: (i: number) => void, runs: number, warmup = Math.ceil(runs / 10)): number[] {
  for (let i = 0; i < warmup; i++) fn(i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn(i);
    samples.push(performance.now() - t0);
  }
  return samples;
}

/**
 * Times `fn` and `baseline` alternately, `runs` times each after `warmup` rounds, so machine load
 * falls on both alike; returns both sample lists in milliseconds.
 */
export function timeInterleaved(
  fn: (i: number) => void,
  baseline: (i: number) => void,
  runs: number,
  warmup = Math.ceil(runs / 10),
): { value: number[]; base: number[] } {
  for (let i = 0; i < warmup; i++) {
    fn(i);
    baseline(i);
  }
  const value: number[] = [];
  const base: number[] = [];
  for (let i = 0; i < runs; i++) {
    let t0 = performance.now();
    fn(i);
    value.push(performance.now() - t0);
    t0 = performance.now();
    baseline(i);
    base.push(performance.now() - t0);
  }
  return { value, base };
}
