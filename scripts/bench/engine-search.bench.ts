// Engine search benchmarks, per keystroke (every prefix of every query in test/fixtures/queries.json):
// p50 / p95 at the bundled size and at a 10× synthetic size (each record repeated under new ids),
// against plain fuse.js over the same records with the same keys; and the top-5 hit rate of the
// query set against plain fuse.js. Targets: p95 ≤ 5 ms bundled, ≤ 8 ms at 10×, ≥ 150× faster than
// plain fuse.js at 10×, hit rate no worse.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Fuse from 'fuse.js';
import { createSearcher, FUSE_OPTIONS } from '../../data/engine/search.ts';
import type { SearchDoc } from '../../data/engine/search-docs.ts';
import { REPO_ROOT } from '../data/paths.ts';
import { engineData } from '../lib/engine.ts';
import type { BenchRow } from './row.ts';
import { percentile, timeRuns } from './stats.ts';

interface Query {
  q: string;
  expect: string[];
}

const QUERIES: Query[] = JSON.parse(readFileSync(join(REPO_ROOT, 'test/fixtures/queries.json'), 'utf8'));
/** Plain fuse.js takes a few hundred ms a query at 10×: it is timed on every fourth keystroke. */
const BASELINE_STRIDE = 4;

const keystrokes = QUERIES.flatMap((q) => [...q.q].map((_, i) => q.q.slice(0, i + 1)));
const original = (id: string) => id.replace(/#\d+$/, '');

function hitRate(search: (q: string) => string[]): number {
  const hits = QUERIES.filter((q) => {
    const top = search(q.q).slice(0, 5).map(original);
    return q.expect.some((id) => top.includes(id));
  });
  return (100 * hits.length) / QUERIES.length;
}

function rows(
  label: string,
  docs: SearchDoc[],
  synonyms: Record<string, string[]>,
  target: string,
): BenchRow[] {
  const ours = createSearcher(docs, synonyms);
  const sampled = keystrokes.filter((_, i) => i % BASELINE_STRIDE === 0);
  // Warm up on every keystroke once, so compilation is not timed as search.
  for (const k of keystrokes) ours.search(k, { limit: 10 });
  const oursTimes = timeRuns(
    (i) => ours.search(sampled[i % sampled.length] ?? '', { limit: 10 }),
    sampled.length * 3,
  );
  const allKeys = timeRuns(
    (i) => ours.search(keystrokes[i % keystrokes.length] ?? '', { limit: 10 }),
    keystrokes.length,
  );
  // The baseline is built after ours is timed: its index's garbage would otherwise be collected
  // during our timings.
  const plain = new Fuse(docs, FUSE_OPTIONS);
  const plainTimes = timeRuns((i) => plain.search(sampled[i % sampled.length] ?? ''), sampled.length, 2);
  return [
    {
      name: `engine search per keystroke, ${label} (${docs.length} records), p50`,
      value: percentile(oursTimes, 50),
      unit: 'ms',
      baseline: percentile(plainTimes, 50),
      baselineName: 'plain fuse.js, same records',
    },
    {
      name: `engine search per keystroke, ${label}, p95`,
      value: percentile(oursTimes, 95),
      unit: 'ms',
      baseline: percentile(plainTimes, 95),
      baselineName: 'plain fuse.js p95',
      target,
    },
    {
      name: `engine search, ${label}, p95 over all ${keystrokes.length} keystrokes`,
      value: percentile(allKeys, 95),
      unit: 'ms',
      baseline: null,
      baselineName: '',
      target,
    },
    {
      name: `engine search top-5 hit rate, ${label} (${QUERIES.length} queries)`,
      value: hitRate((q) => ours.search(q, { limit: 5 }).map((r) => r.id)),
      unit: '%',
      baseline: hitRate((q) => plain.search(q, { limit: 5 }).map((r) => r.item.id)),
      baselineName: 'plain fuse.js',
      target: '≥ plain fuse.js',
    },
  ];
}

export default async function run(): Promise<BenchRow[]> {
  const data = engineData();
  const docs = data.searchIndex?.docs ?? [];
  const synonyms = data.synonyms ?? {};
  const tenfold = Array.from({ length: 10 }, (_, k) =>
    docs.map((d) => ({ ...d, id: `${d.id}#${k}` })),
  ).flat();
  return [
    ...rows('bundled', docs, synonyms, '≤ 5 ms'),
    ...rows('10× synthetic', tenfold, synonyms, '≤ 8 ms, ratio ≤ 0.0067 (150× faster)'),
  ];
}
