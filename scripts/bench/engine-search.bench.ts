// Engine search benchmarks. Per keystroke (every prefix of every query in test/fixtures/queries.json):
// p50 / p95 at the bundled size and at a 10× synthetic size (each record repeated under new ids),
// against plain fuse.js over the same records with the same keys. Quality on the query set, for the
// tuning half and the held-out test half apart: top-1 and top-5 hit rates and the share of empty
// first pages, against plain fuse.js on the same records. Targets: test-half top-5 ≥ 95 %, no empty
// first page, p95 within 2× of the search before the vocabulary (measured on this query set in the
// same harness: 0.63 ms bundled, 1.2 ms at 10×).
import Fuse from 'fuse.js';
import type { EngineData } from '../../data/engine/api.ts';
import { createEngine } from '../../data/engine/index.ts';
import { createLookup } from '../../data/engine/lookup.ts';
import { FUSE_OPTIONS } from '../../data/engine/search.ts';
import { engineData } from '../lib/engine.ts';
import { type Half, loadQuerySet, type Score, score } from '../lib/query-set.ts';
import type { BenchRow } from './row.ts';
import { percentile, timeRuns } from './stats.ts';

const QUERIES = loadQuerySet();
/** Plain fuse.js takes 0.1–1 s a query at 10×: it is timed on about this many keystrokes. */
const BASELINE_KEYSTROKES = { bundled: 150, tenfold: 40 };

const keystrokes = QUERIES.flatMap((q) => [...q.q].map((_, i) => q.q.slice(0, i + 1)));
const original = (id: string) => id.replace(/#\d+$/, '');

/** Times what a face calls per keystroke (answer: matters, a named article, or the statute text). */
function timingRows(label: string, data: EngineData, baselineKeystrokes: number, target: string): BenchRow[] {
  const docs = data.searchIndex?.docs ?? [];
  const ours = createLookup(data);
  const stride = Math.max(1, Math.floor(keystrokes.length / baselineKeystrokes));
  const sampled = keystrokes.filter((_, i) => i % stride === 0);
  // Warm up on every keystroke once, so compilation is not timed as search.
  for (const k of keystrokes) ours.answer(k, { limit: 10 });
  const oursTimes = timeRuns(
    (i) => ours.answer(sampled[i % sampled.length] ?? '', { limit: 10 }),
    sampled.length * 3,
  );
  const allKeys = timeRuns(
    (i) => ours.answer(keystrokes[i % keystrokes.length] ?? '', { limit: 10 }),
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
  ];
}

function qualityRows(half: Half, ours: (q: string) => Score, plain: (q: string) => Score): BenchRow[] {
  const a = ours(half);
  const b = plain(half);
  const label = `${half} half (${a.queries} queries)`;
  return [
    {
      name: `search top-1 hit rate, ${label}`,
      value: a.top1,
      unit: '%',
      baseline: b.top1,
      baselineName: 'plain fuse.js',
    },
    {
      name: `search top-5 hit rate, ${label}`,
      value: a.top5,
      unit: '%',
      baseline: b.top5,
      baselineName: 'plain fuse.js',
      target: half === 'test' ? '≥ 95 %' : '',
    },
    {
      name: `search empty first pages, ${label}`,
      value: a.empty,
      unit: '%',
      baseline: b.empty,
      baselineName: 'plain fuse.js',
      target: '0 %',
    },
  ];
}

export default async function run(): Promise<BenchRow[]> {
  const data = engineData();
  const docs = data.searchIndex?.docs ?? [];
  const tenfold = Array.from({ length: 10 }, (_, k) =>
    docs.map((d) => ({ ...d, id: `${d.id}#${k}` })),
  ).flat();
  const engine = createEngine(data);
  const plain = new Fuse(docs, FUSE_OPTIONS);
  const byId = new Map(docs.map((d) => [d.id, d]));
  const half = (h: Half) => QUERIES.filter((q) => q.half === h);
  const oursScore = (h: string) =>
    score(half(h as Half), (q) => {
      // The first page as the faces show it: matters, or the statute articles shown instead.
      const a = engine.answer(q, { limit: 5 });
      return a.results.length ? a.results.map((r) => r.provisions) : a.articles.map((x) => [x.ref]);
    });
  const plainScore = (h: string) =>
    score(half(h as Half), (q) =>
      plain.search(q, { limit: 5 }).map((r) => byId.get(original(r.item.id))?.provisions ?? []),
    );
  return [
    ...qualityRows('tune', oursScore, plainScore),
    ...qualityRows('test', oursScore, plainScore),
    ...timingRows('bundled', data, BASELINE_KEYSTROKES.bundled, '≤ 1.3 ms (2× 0.63 ms)'),
    ...timingRows(
      '10× synthetic',
      { ...data, searchIndex: { version: 1, docs: tenfold, vocabulary: data.searchIndex?.vocabulary } },
      BASELINE_KEYSTROKES.tenfold,
      '≤ 2.4 ms (2× 1.2 ms)',
    ),
  ];
}
