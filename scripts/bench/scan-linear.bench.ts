// Long unpunctuated text (a pasted run with no full stop) must cost a scan time linear in its length:
// 40 k characters against 20 k of the same text, measured interleaved; a linear scan is ≈ 2×.
import { createEngine } from '../../data/engine/index.ts';
import { engineData } from '../lib/engine.ts';
import type { BenchRow } from './row.ts';
import { percentile } from './stats.ts';

const UNITS: Record<string, string> = {
  prose:
    '当事人销售农药残留超标的食用农产品经查属实依法应当处罚货值金额不足一万元的并处五万元以上十万元以下罚款',
  brackets: '《《食品安全法第一百二十四条（（一',
  numbers: '第１２３４５６７８９０条12345万元第一百二十四条第一款',
};
const SMALL = 20_000;
const RUNS = 8;

export default async function run(): Promise<BenchRow[]> {
  const engine = createEngine(engineData(undefined, { search: false }));
  const rows: BenchRow[] = [];
  for (const [name, unit] of Object.entries(UNITS)) {
    const text = (n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
    const small: number[] = [];
    const large: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      // A character that differs per run, so no scan reuses an earlier one.
      for (const [size, out] of [
        [SMALL, small],
        [2 * SMALL, large],
      ] as const) {
        const t = `${i}${text(size)}`;
        const t0 = performance.now();
        engine.scan(t, { asOf: '2024-07-01' });
        out.push(performance.now() - t0);
      }
    }
    rows.push({
      name: `engine scan of ${(2 * SMALL) / 1000} k unpunctuated chars (${name}), p50`,
      value: percentile(large, 50),
      unit: 'ms',
      baseline: percentile(small, 50),
      baselineName: `${SMALL / 1000} k chars of the same`,
      target: '≤ 2.2× (linear)',
    });
  }
  return rows;
}
