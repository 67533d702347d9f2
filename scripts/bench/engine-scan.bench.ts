// Engine scan benchmarks. The headline document is realistic: 100 k characters of generated
// decisions (decisions.ts) with nearly every sentence distinct. The old document — one decision and
// the corpus passages repeated — stays as the named best case (a scan caches repeated sentences).
// Every row's baseline is measured interleaved with it in the same run:
// - full scans against a naive scan with one regular expression per law title;
// - each stage of the scan against the full scan it is part of (the ratio is its share);
// - keystrokes through the incremental scanner, typed as an officer would — plain text, inside a
//   law title, inside a 以下简称 name, inside a date — against a full scan.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Engine } from '../../data/engine/api.ts';
import { createEngine } from '../../data/engine/index.ts';
import { normalize } from '../../data/engine/normalize.ts';
import { REPO_ROOT } from '../data/paths.ts';
import { engineData } from '../lib/engine.ts';
import { realisticDecisions, TEMPLATE_COUNT } from './decisions.ts';
import type { BenchRow } from './row.ts';
import { percentile, timeInterleaved } from './stats.ts';

const CORPUS = join(REPO_ROOT, 'test/fixtures/corpus');
const SIZE = 100_000;
const AS_OF = '2026-06-01';

/** The best case: the sample decision and the corpus passages, repeated (few distinct sentences). */
export function repetitiveDecision(size = SIZE): string {
  const sample = readFileSync(join(CORPUS, 'decision-sample.txt'), 'utf8');
  const passages: string[] = JSON.parse(readFileSync(join(CORPUS, 'decisions.json'), 'utf8')).map(
    (r: { text: string }) => r.text,
  );
  let doc = '';
  for (let i = 0; doc.length < size; i++) {
    doc += `${sample.replace('200公斤', `${200 + i}公斤`).replace('某某生鲜', `第${i}生鲜`)}\n\n${passages[i % passages.length]}\n\n`;
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

function row(
  name: string,
  value: number[],
  base: number[],
  baselineName: string,
  p: number,
  target?: string,
): BenchRow {
  return {
    name: `${name}, p${p}`,
    value: percentile(value, p),
    unit: 'ms',
    baseline: percentile(base, p),
    baselineName,
    ...(target ? { target } : {}),
  };
}

function fullScans(
  engine: Engine,
  realistic: string,
  share: number,
  repetitive: string,
  titles: string[],
): BenchRow[] {
  const naive = naiveScanner(titles);
  const baseName = `one regex per law title (${titles.length})`;
  const real = timeInterleaved(
    () => engine.scan(realistic, { asOf: AS_OF }),
    () => naive(realistic),
    40,
    5,
  );
  const rep = timeInterleaved(
    () => engine.scan(repetitive, { asOf: AS_OF }),
    () => naive(repetitive),
    20,
    5,
  );
  const what = `${Math.round(realistic.length / 1000)} k chars of generated decisions (${TEMPLATE_COUNT} templates, ${(share * 100).toFixed(1)} % distinct sentences)`;
  return [
    row(`engine full scan, ${what}`, real.value, real.base, baseName, 50, '≤ 10 ms'),
    row(`engine full scan, ${what}`, real.value, real.base, baseName, 95, '≤ 10 ms'),
    row(
      'engine full scan, best case: one decision repeated (cached sentences)',
      rep.value,
      rep.base,
      baseName,
      50,
    ),
  ];
}

/** Each stage on its own, by the stage modules the scanner runs, against the full scan. */
async function stages(engine: Engine, text: string): Promise<BenchRow[]> {
  const { sentences } = await import('../../data/engine/scan/sentences.ts');
  const { wholeText } = await import('../../data/engine/scan/normalized.ts');
  const { findCitations } = await import('../../data/engine/recognize.ts');
  const { buildLawNames } = await import('../../data/engine/law-names.ts');
  const { buildMentionIndex } = await import('../../data/engine/mentions/index.ts');
  const { buildMatterIndex } = await import('../../data/engine/matter-index.ts');
  const { findAmounts } = await import('../../data/engine/money.ts');
  const { findActDates } = await import('../../data/engine/act-date.ts');
  const { createResolver } = await import('../../data/engine/resolve.ts');
  const { isLighter } = await import('../../data/engine/lighter.ts');
  const { buildDocumentIndex } = await import('../../data/engine/doc-numbers.ts');
  const { newState, sentenceList } = await import('../../data/engine/scan/state.ts');
  const { resolveReferences } = await import('../../data/engine/scan/references.ts');
  const { tieFines } = await import('../../data/engine/scan/fines.ts');
  const data = engineData(undefined, { search: false });
  const names = buildLawNames(data.laws);
  const matters = buildMatterIndex(data.packs);
  const mentions = buildMentionIndex(matters.matters.values(), data.synonyms ?? {}, (id) =>
    matters.listsOf(id).map((l) => l.title),
  );
  const deps = {
    names,
    resolver: createResolver(data.laws, isLighter),
    matters,
    mentions,
    documents: buildDocumentIndex(data.packs.flatMap((p) => p.lists)),
  };
  const list = sentenceList(text, null, newState(), deps);
  const dates = { actDate: null, asOf: AS_OF, date: AS_OF };
  const refs = resolveReferences(list, deps, dates, new Map(), text);
  const cuts = sentences(text);
  const normalized: string[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) normalized.push(normalize(text, cuts[i], cuts[i + 1]).text);
  const full = () => engine.scan(text, { asOf: AS_OF });
  const stage: [string, () => void][] = [
    ['sentences: cut the text', () => sentences(text)],
    [
      'normalise: the whole text, a view per sentence',
      () => {
        const view = wholeText(text);
        for (let i = 0; i + 1 < cuts.length; i++) view(cuts[i] ?? 0, cuts[i + 1] ?? 0);
      },
    ],
    [
      'recognise: citations in every sentence',
      () => {
        for (const s of normalized) findCitations(s, names);
      },
    ],
    [
      'recognise: amounts and dates in every sentence',
      () => {
        for (const s of normalized) {
          findAmounts(s);
          findActDates(s);
        }
      },
    ],
    [
      'recognise: matter mentions in every sentence',
      () => {
        for (const s of normalized) mentions.find(s);
      },
    ],
    [
      'resolve: context pass and resolutions, cold',
      () => resolveReferences(list, deps, dates, new Map(), text),
    ],
    ['fines: tie and check every fine', () => tieFines(list, refs, deps, null)],
  ];
  const rows: BenchRow[] = [];
  for (const [name, fn] of stage) {
    const t = timeInterleaved(fn, full, 30, 5);
    rows.push(row(`scan stage ${name}`, t.value, t.base, 'full scan', 50));
  }
  return rows;
}

/** Keystrokes through the incremental scanner: the cost of one update after typing a character. */
function keystrokes(engine: Engine, doc: string): BenchRow[] {
  // Where an officer types: plain text, inside a law title, inside a 以下简称 name, inside a date.
  const at = {
    'plain text': doc.indexOf('经查', doc.length / 3) + 1,
    'inside a law title': doc.indexOf('管理', doc.indexOf('《', doc.length / 3)) + 1,
    'inside a 以下简称 name': doc.indexOf('以下简称《', doc.length / 3) + 6,
    'inside a date': doc.indexOf('年', doc.indexOf('违法行为发生于', doc.length / 3)) - 1,
  };
  const rows: BenchRow[] = [];
  for (const [where, pos] of Object.entries(at)) {
    const scanner = engine.createScanner({ asOf: AS_OF });
    scanner.scan(doc);
    let text = doc;
    let n = 0;
    // Type a character, then delete it: the document stays the same size and the place the same.
    const t = timeInterleaved(
      () => {
        const typing = n++ % 2 === 0;
        text = typing
          ? `${text.slice(0, pos)}二${text.slice(pos)}`
          : `${text.slice(0, pos)}${text.slice(pos + 1)}`;
        scanner.update(text, pos, typing ? pos + 1 : pos);
      },
      () => engine.scan(text, { asOf: AS_OF }),
      60,
      6,
    );
    rows.push(
      row(`engine keystroke ${where}, incremental update`, t.value, t.base, 'full scan', 95, '≤ 2 ms'),
    );
  }
  return rows;
}

export default async function run(): Promise<BenchRow[]> {
  const data = engineData(undefined, { search: false });
  const titles = [...new Set(data.laws.flatMap((l) => [l.title, ...l.shortNames]))];
  const engine = createEngine(data);
  const realistic = realisticDecisions(data, SIZE);
  return [
    ...fullScans(engine, realistic.text, realistic.distinctShare, repetitiveDecision(), titles),
    ...(await stages(engine, realistic.text)),
    ...keystrokes(engine, realistic.text),
  ];
}
