// Precision and recall of the recognizer on the decision corpus (exact matches of references, of
// fines with their verdicts, and of document numbers), the tuned rows and the held-out rows apart,
// next to the figures of the engine before the published-phrasing work (accuracy-before.json).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEngine } from '../../data/engine/index.ts';
import { DATA } from '../../test/fixtures/corpus/engine-data.ts';
import { type Figures, ROWS, score } from '../../test/fixtures/corpus/score.ts';
import { REPO_ROOT } from '../data/paths.ts';
import type { BenchRow } from './row.ts';

type Kind = 'references' | 'fines' | 'documents';
type Part = 'tuned' | 'heldOut';

const before: Record<Part, Record<Kind, Figures>> = JSON.parse(
  readFileSync(join(REPO_ROOT, 'test/fixtures/corpus/accuracy-before.json'), 'utf8'),
);

/** Nothing found is vacuously precise (no wrong answer): the recall row shows what was missed. */
const pct = (n: number, d: number) => (d === 0 ? 100 : (100 * n) / d);

export default async function run(): Promise<BenchRow[]> {
  const engine = createEngine(DATA);
  const parts: Record<Part, typeof ROWS> = {
    tuned: ROWS.filter((r) => !r.heldOut),
    heldOut: ROWS.filter((r) => r.heldOut),
  };
  const rows: BenchRow[] = [];
  for (const part of ['tuned', 'heldOut'] as const) {
    const now = score(engine, parts[part]);
    for (const kind of ['references', 'fines', 'documents'] as const) {
      const [n, b] = [now[kind], before[part][kind]];
      const label = `corpus ${kind} (${part === 'tuned' ? 'tuned' : 'held out'}, ${n.gold} gold)`;
      rows.push(
        {
          name: `${label} precision`,
          value: pct(n.correct, n.found),
          unit: '%',
          baseline: pct(b.correct, b.found),
          baselineName: 'before',
        },
        {
          name: `${label} recall`,
          value: pct(n.correct, n.gold),
          unit: '%',
          baseline: pct(b.correct, b.gold),
          baselineName: 'before',
        },
      );
    }
  }
  return rows;
}
