// Engine scan benchmarks on a 100 k-character decision built from the test corpus:
// - a full scan, against a naive scan with one regular expression per law title (target ≤ 10 ms);
// - an incremental re-scan after a one-character edit, against a full scan in the same run (≤ 2 ms).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Engine } from '../../data/engine/api.ts';
import { createEngine } from '../../data/engine/index.ts';
import { REPO_ROOT } from '../data/paths.ts';
import { engineData } from '../lib/engine.ts';
import type { BenchRow } from './row.ts';
import { percentile, timeRuns } from './stats.ts';

const CORPUS = join(REPO_ROOT, 'test/fixtures/corpus');
const SIZE = 100_000;
const AS_OF = '2024-07-01';

/**
 * A long decision: the sample decision and the corpus passages, a few sentences varied per copy (a
 * bundle of decisions repeats its boilerplate). With `distinct`, every sentence differs from every other.
 */
export function longDecision(size = SIZE, distinct = false): string {
  const sample = readFileSync(join(CORPUS, 'decision-sample.txt'), 'utf8');
  const passages: string[] = JSON.parse(readFileSync(join(CORPUS, 'decisions.json'), 'utf8')).map(
    (r: { text: string }) => r.text,
  );
  let doc = '';
  for (let i = 0; doc.length < size; i++) {
    const copy = `${sample.replace('200公斤', `${200 + i}公斤`).replace('某某生鲜', `第${i}生鲜`)}\n\n${passages[i % passages.length]}\n\n`;
    doc += distinct ? copy.replace(/。/g, `（${i}）。`) : copy;
  }
  return doc;
}

/** The plain way: every title and short name of every law as its own regular expression. */
function naiveScanner(titles: string[]): (text: string) => number {
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const res = titles.map(
    (t) => new RegExp(`《?${esc(t)}》?第[零〇一二两三四五六七八九十百千0-9０-９]+条`, 'g'),
  );
  return (text) => {
    let n = 0;
    for (const re of res) for (const _ of text.matchAll(re)) n++;
    return n;
  };
}

function scanRows(engine: Engine, doc: string, distinct: string, titles: string[]): BenchRow[] {
  const naive = naiveScanner(titles);
  const full = timeRuns(() => engine.scan(doc, { asOf: AS_OF }), 30, 5);
  const base = timeRuns(() => naive(doc), 30, 5);
  const fullDistinct = timeRuns(() => engine.scan(distinct, { asOf: AS_OF }), 20, 5);
  const baseDistinct = timeRuns(() => naive(distinct), 20, 5);
  const scanner = engine.createScanner({ asOf: AS_OF });
  scanner.scan(doc);
  let text = doc;
  const incremental = timeRuns(
    (i) => {
      // Type one character somewhere in the middle third, as an officer editing a draft would.
      const at = Math.floor(SIZE / 3) + ((i * 7919) % Math.floor(SIZE / 3));
      text = `${text.slice(0, at)}罚${text.slice(at)}`;
      scanner.update(text, at, at + 1);
    },
    200,
    20,
  );
  return [
    {
      name: `engine scan, ${Math.round(doc.length / 1000)} k-char decision, p50`,
      value: percentile(full, 50),
      unit: 'ms',
      baseline: percentile(base, 50),
      baselineName: `one regex per law title (${titles.length})`,
      target: '≤ 10 ms',
    },
    {
      name: `engine scan, ${Math.round(distinct.length / 1000)} k chars, every sentence distinct, p50`,
      value: percentile(fullDistinct, 50),
      unit: 'ms',
      baseline: percentile(baseDistinct, 50),
      baselineName: `one regex per law title (${titles.length})`,
      target: '≤ 10 ms',
    },
    {
      name: 'engine incremental re-scan after a 1-char edit, p50',
      value: percentile(incremental, 50),
      unit: 'ms',
      baseline: percentile(full, 50),
      baselineName: 'full scan',
      target: '≤ 2 ms',
    },
    {
      name: 'engine incremental re-scan after a 1-char edit, p95',
      value: percentile(incremental, 95),
      unit: 'ms',
      baseline: percentile(full, 95),
      baselineName: 'full scan p95',
      target: '≤ 2 ms',
    },
  ];
}

export default async function run(): Promise<BenchRow[]> {
  const data = engineData(undefined, { search: false });
  const titles = [...new Set(data.laws.flatMap((l) => [l.title, ...l.shortNames]))];
  return scanRows(createEngine(data), longDecision(), longDecision(SIZE, true), titles);
}
