// Benchmark rows: the one matter a row cites, and its tiers, read from either layout cities publish —
// one row per tier with a 裁量阶次 column, or one row per matter whose 执行标准 cell lists its tiers
// ("1.首次违法且危害后果轻微，及时改正的，不予行政处罚；2.……的，从轻处罚，处…罚款"), where each entry must
// name its level.
import type { Matter, Tier, TierLevel } from '../../data/engine/model.ts';
import { refWithin } from '../lists/corpus.ts';
import { fineOutsideStatute } from '../lists/tier-range.ts';
import type { CellCitation } from './citation.ts';
import { readRange } from './range.ts';
import { checklist, oneLine } from './text.ts';

export interface CellRef {
  text: string;
  column: string;
}

export interface TierDraft {
  level: TierLevel;
  code: string;
  conditions: string[];
  fine: Tier['fine'];
  measures: string[];
}

type Problem = { row: number; column: string; why: string };

const LEVELS: [TierLevel, string, RegExp][] = [
  ['不予处罚', 'np', /^不予(?:行政)?处罚$/],
  ['减轻', 'mit', /^减轻(?:处罚)?$/],
  ['从轻', 'lt', /^从轻(?:处罚)?$/],
  ['一般', 'std', /^一般(?:处罚)?$/],
  ['从重', 'hv', /^从重(?:处罚)?$/],
];

/** A level named inside a sentence: 不予 first, since "不予处罚" contains no other level word. */
const INLINE_LEVELS: [TierLevel, RegExp][] = [
  ['不予处罚', /不予(?:行政)?处罚/],
  ['减轻', /减轻(?:行政)?处罚/],
  ['从重', /从重(?:行政)?处罚|从重/],
  ['从轻', /从轻(?:行政)?处罚|从轻/],
  ['一般', /一般(?:处罚|情形|情节)|一般/],
];

const codeOf = (level: TierLevel) => LEVELS.find(([l]) => l === level)?.[1] ?? 'x';

/** The one matter whose penalty provision the row cites (narrowed by violated provisions, then by name). */
export function benchmarkMatter(
  n: number,
  title: string,
  citations: CellCitation[],
  basis: CellRef,
  matters: Matter[],
  problems: Problem[],
): Matter | null {
  let candidates = matters.filter((m) => citations.some((c) => refWithin(m.penalty, c)));
  if (candidates.length > 1) {
    const narrowed = candidates.filter((m) => citations.some((c) => m.violated.some((v) => refWithin(v, c))));
    if (narrowed.length > 0) candidates = narrowed;
  }
  if (candidates.length > 1) {
    const exact = candidates.filter((m) => m.name === title);
    if (exact.length === 1) candidates = exact;
  }
  const cited = citations.map((c) => `《${c.lawName}》第${c.article}条`).join('、');
  if (citations.length === 0) {
    if (!problems.some((p) => p.column === basis.column)) {
      problems.push({ row: n, column: basis.column, why: 'cites no provision of a law in the dataset' });
    }
    return null;
  }
  if (candidates.length === 1) return candidates[0] ?? null;
  problems.push({
    row: n,
    column: basis.column,
    why:
      candidates.length === 0
        ? `${oneLine(basis.text)} is not the penalty provision of any matter in the dataset (cites ${cited})`
        : `${oneLine(basis.text)} covers ${candidates.length} matters (${candidates.map((m) => m.id).join(', ')}); cite the paragraph and item`,
  });
  return null;
}

/** One tier from a row of the one-row-per-tier layout. */
export function columnTier(
  n: number,
  level: CellRef,
  range: CellRef,
  conditions: string[],
  problems: Problem[],
): TierDraft | null {
  const levelText = oneLine(level.text);
  const found = LEVELS.find(([, , re]) => re.test(levelText));
  if (!found) {
    problems.push({
      row: n,
      column: level.column,
      why:
        levelText === ''
          ? 'is empty'
          : `"${levelText}" is not a discretion level (不予处罚, 减轻, 从轻, 一般, 从重)`,
    });
  }
  const read = readRange(range.text);
  if (!read.ok) problems.push({ row: n, column: range.column, why: `unreadable range: ${read.why}` });
  if (!found || !read.ok) return null;
  return { level: found[0], code: found[1], conditions, fine: read.fine, measures: read.measures };
}

/** The tiers a 执行标准 cell lists, one per entry; each entry names its level and its penalty. */
export function inlineTiers(n: number, range: CellRef, problems: Problem[]): TierDraft[] {
  const entries = checklist(range.text);
  if (entries.length === 0) problems.push({ row: n, column: range.column, why: 'is empty' });
  const tiers: TierDraft[] = [];
  for (const entry of entries) {
    // The circumstances come before the first clause that states the outcome; level and penalty after it.
    const outcome = /[，,](?=不予|给予|处|予以|从轻|从重|减轻|一般|可以|按)/.exec(entry);
    const circumstances = outcome ? entry.slice(0, outcome.index).replace(/的$/, '') : '';
    const result = outcome ? entry.slice(outcome.index + 1) : entry;
    const level = INLINE_LEVELS.find(([, re]) => re.test(result))?.[0];
    if (!level) {
      problems.push({
        row: n,
        column: range.column,
        why: `"${entry}" names no discretion level (不予处罚, 减轻, 从轻, 一般, 从重)`,
      });
      continue;
    }
    const read = readRange(result);
    if (!read.ok) {
      problems.push({ row: n, column: range.column, why: `unreadable range: ${read.why}` });
      continue;
    }
    tiers.push({
      level,
      code: codeOf(level),
      conditions: circumstances ? [circumstances] : [],
      fine: read.fine,
      measures: read.measures,
    });
  }
  return tiers;
}

/** 国办发〔2022〕27号: each tier's fine inside the statutory range; 不予处罚 sets none. */
export function checkTier(
  n: number,
  range: CellRef,
  tier: TierDraft,
  matter: Matter,
  problems: Problem[],
): void {
  if (tier.level === '不予处罚' && tier.fine) {
    problems.push({ row: n, column: range.column, why: '不予处罚 sets no fine' });
  }
  if (tier.fine) {
    const outside = fineOutsideStatute(tier.fine, tier.level, matter);
    if (outside) problems.push({ row: n, column: range.column, why: outside });
  }
}
