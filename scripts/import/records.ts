// Turns the rows of a city's table into official list items or benchmark tiers, linking each row to
// matters through the provisions it cites. Every problem is collected with its row and column; the
// caller decides whether anything is written.
import { createHash } from 'node:crypto';
import type {
  IsoDate,
  ListItem,
  ListKind,
  Matter,
  Provenance,
  Tier,
  TierLevel,
} from '../../data/engine/model.ts';
import { articleLabel, intToChinese, paragraphLabel } from '../../data/engine/numerals.ts';
import { type Corpus, inForce, provisionProblem, refWithin } from '../lists/corpus.ts';
import { fineOutsideStatute } from '../lists/tier-range.ts';
import { type CellCitation, LawNames, parseCitations } from './citation.ts';
import { type Field, fieldLabel, findHeader, SYNONYMS } from './columns.ts';
import { readRange } from './range.ts';
import type { GridRow } from './sheet.ts';
import { checklist, oneLine } from './text.ts';

export type ImportList = ListKind | 'benchmark';
export const IMPORT_LISTS: ImportList[] = [
  'no-penalty',
  'lighter',
  'mitigated',
  'coercion-exempt',
  'benchmark',
];

export interface ImportOptions {
  list: ImportList;
  packId: string;
  issuer: string;
  docNumber: string;
  date: IsoDate;
  url: string;
  /** When the records take effect; defaults to the document date. */
  effective?: IsoDate;
}

export interface RowProblem {
  row: number;
  column: string;
  why: string;
}

export function formatProblem(p: RowProblem): string {
  return `row ${p.row}, column ${p.column}: ${p.why}`;
}

export interface ImportResult {
  lists: ListItem[];
  tiers: Tier[];
  /** Rows left out, with why. */
  problems: RowProblem[];
  /** Worth knowing, not wrong: laws the dataset does not hold are kept as text only. */
  warnings: RowProblem[];
  /** Data rows read (blank rows not counted). */
  rows: number;
}

const REQUIRED: Record<ImportList, Field[][]> = {
  'no-penalty': [['title'], ['basis'], ['conditions']],
  lighter: [['title'], ['basis'], ['conditions']],
  mitigated: [['title'], ['basis'], ['conditions']],
  'coercion-exempt': [['title'], ['conditions'], ['basis', 'coercion']],
  benchmark: [['title'], ['basis'], ['level'], ['range']],
};

const LIST_CODE: Record<ListKind, string> = {
  'no-penalty': 'np',
  lighter: 'lt',
  mitigated: 'mt',
  'coercion-exempt': 'ce',
};

const LEVELS: [TierLevel, string, RegExp][] = [
  ['不予处罚', 'np', /^不予(?:行政)?处罚$/],
  ['减轻', 'mit', /^减轻(?:处罚)?$/],
  ['从轻', 'lt', /^从轻(?:处罚)?$/],
  ['一般', 'std', /^一般(?:处罚)?$/],
  ['从重', 'hv', /^从重(?:处罚)?$/],
];

/** 《食品安全法》第一百二十四条第一款第（一）项: the citation as a reader would write it. */
function citeLabel(c: CellCitation): string {
  const para = c.paragraph === null ? '' : paragraphLabel(c.paragraph);
  const item = c.item === null ? '' : `第（${intToChinese(c.item)}）项`;
  return `《${c.lawName}》${articleLabel(c.article)}${para}${item}`;
}

function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 8);
}

/** Ids unique within the import: a repeated key gets -2, -3 … */
function uniqueIds(): (key: string) => string {
  const seen = new Map<string, number>();
  return (key) => {
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return n === 1 ? key : `${key}-${n}`;
  };
}

export function importGrid(
  grid: GridRow[],
  options: ImportOptions,
  corpus: Corpus,
  onProgress?: (done: number, total: number) => void,
): ImportResult {
  const result: ImportResult = { lists: [], tiers: [], problems: [], warnings: [], rows: 0 };
  const header = findHeader(grid);
  if (!header) {
    const known = SYNONYMS.flatMap(([, names]) => names.slice(0, 1)).join(', ');
    result.problems.push({
      row: 1,
      column: '(header)',
      why: `no header row found in the first 10 rows (need at least two of ${known})`,
    });
    return result;
  }
  const headerRow = header.rows[header.rows.length - 1] ?? 1;
  for (const alternatives of REQUIRED[options.list]) {
    if (!alternatives.some((f) => header.columns.has(f))) {
      const names = alternatives.map(fieldLabel).join(' or ');
      result.problems.push({ row: headerRow, column: names, why: 'missing required column' });
    }
  }
  if (result.problems.length > 0) return result;

  const names = new LawNames(corpus.laws);
  const asOf = options.effective ?? options.date;
  const matters = corpus.matters.filter((m) => inForce(m.validity, asOf));
  const provenance: Provenance = {
    issuer: options.issuer,
    docNumber: options.docNumber,
    date: options.date,
    url: options.url,
  };
  const validity = { from: asOf, to: null };
  const nextId = uniqueIds();
  const data = grid.slice(header.dataStart).filter((r) => r.cells.some((c) => !c.copy && c.text !== ''));
  result.rows = data.length;

  data.forEach((row, i) => {
    if (onProgress && (i + 1) % 500 === 0) onProgress(i + 1, data.length);
    const problems: RowProblem[] = [];
    const cell = (f: Field): { text: string; column: string } | null => {
      const col = header.columns.get(f);
      return col ? { text: row.cells[col.index]?.text ?? '', column: col.name } : null;
    };
    const need = (f: Field): string => {
      const c = cell(f);
      if (c && c.text === '') problems.push({ row: row.n, column: c.column, why: 'is empty' });
      return c?.text ?? '';
    };
    const title = oneLine(need('title'));

    // Every cell that cites provisions: the legal basis, the exemption's own basis, the measure spared.
    const citations: CellCitation[] = [];
    const texts: string[] = [];
    for (const f of ['basis', 'exemptionBasis', 'coercion'] as Field[]) {
      const c = cell(f);
      if (!c || c.text === '') continue;
      texts.push(oneLine(c.text));
      const parsed = parseCitations(c.text, names);
      for (const why of parsed.problems) problems.push({ row: row.n, column: c.column, why });
      for (const law of parsed.unknownLaws) {
        result.warnings.push({
          row: row.n,
          column: c.column,
          why: `《${law}》 is not in the dataset; kept as text only`,
        });
      }
      for (const citation of parsed.citations) {
        const why = provisionProblem(corpus.laws, citation, asOf);
        if (why)
          problems.push({ row: row.n, column: c.column, why: `cites ${citeLabel(citation)}, which ${why}` });
        else citations.push(citation);
      }
    }
    const basisCell = cell('basis') ?? cell('coercion');
    if (basisCell && texts.length === 0)
      problems.push({ row: row.n, column: basisCell.column, why: 'is empty' });
    const conditionsCell = cell('conditions');
    const conditions = conditionsCell ? checklist(conditionsCell.text) : [];
    if (options.list !== 'benchmark' && conditionsCell && conditions.length === 0) {
      problems.push({ row: row.n, column: conditionsCell.column, why: 'is empty' });
    }
    const authority = oneLine(cell('authority')?.text ?? '') || null;

    if (options.list === 'benchmark') {
      const tier = benchmarkRow(row.n, title, citations, cell, matters, problems);
      if (problems.length === 0 && tier) {
        result.tiers.push({
          id: nextId(`${options.packId}-${tier.matter.id.replace(/^M-/, '')}-${tier.code}`),
          matterId: tier.matter.id,
          level: tier.level,
          conditions,
          fine: tier.fine,
          measures: tier.measures,
          basis: 'official',
          provenance: { ...provenance },
          validity: { ...validity },
        });
      }
    } else {
      const measuresCell = options.list === 'coercion-exempt' ? cell('coercion') : cell('measures');
      const rangeCell = cell('range');
      const measures = [measuresCell, rangeCell]
        .filter((c): c is { text: string; column: string } => c !== null && c.text !== '')
        .map((c) => oneLine(c.text));
      if (problems.length === 0) {
        result.lists.push({
          id: nextId(`${options.packId}-${LIST_CODE[options.list]}-${shortHash(title)}`),
          list: options.list,
          title,
          matterIds: linkMatters(citations, matters).map((m) => m.id),
          conditions,
          measures,
          legalBasis: citations.map(({ lawId, article, paragraph, item }) => ({
            lawId,
            article,
            paragraph,
            item,
          })),
          legalBasisText: texts.join('；'),
          authority,
          basis: 'official',
          provenance: { ...provenance },
          validity: { ...validity },
        });
      }
    }
    result.problems.push(...problems);
  });
  if (onProgress && data.length >= 500) onProgress(data.length, data.length);
  return result;
}

/** Matters whose penalty provision a citation points at; failing that, whose violated provision it names. */
function linkMatters(citations: CellCitation[], matters: Matter[]): Matter[] {
  const byPenalty = matters.filter((m) => citations.some((c) => refWithin(m.penalty, c)));
  if (byPenalty.length > 0) return byPenalty;
  return matters.filter((m) => citations.some((c) => m.violated.some((v) => refWithin(v, c))));
}

function benchmarkRow(
  n: number,
  title: string,
  citations: CellCitation[],
  cell: (f: Field) => { text: string; column: string } | null,
  matters: Matter[],
  problems: RowProblem[],
): { matter: Matter; level: TierLevel; code: string; fine: Tier['fine']; measures: string[] } | null {
  const levelCell = cell('level');
  const rangeCell = cell('range');
  const basisCell = cell('basis');
  if (!levelCell || !rangeCell || !basisCell) return null;
  const levelText = oneLine(levelCell.text);
  const level = LEVELS.find(([, , re]) => re.test(levelText));
  if (!level) {
    problems.push({
      row: n,
      column: levelCell.column,
      why:
        levelText === ''
          ? 'is empty'
          : `"${levelText}" is not a discretion level (不予处罚, 减轻, 从轻, 一般, 从重)`,
    });
  }
  const range = readRange(rangeCell.text);
  if (!range.ok) problems.push({ row: n, column: rangeCell.column, why: `unreadable range: ${range.why}` });

  let candidates = matters.filter((m) => citations.some((c) => refWithin(m.penalty, c)));
  if (candidates.length > 1) {
    const narrowed = candidates.filter((m) => citations.some((c) => m.violated.some((v) => refWithin(v, c))));
    if (narrowed.length > 0) candidates = narrowed;
  }
  if (candidates.length > 1) {
    const exact = candidates.filter((m) => m.name === title);
    if (exact.length === 1) candidates = exact;
  }
  if (citations.length > 0 && candidates.length !== 1) {
    const cited = citations.map(citeLabel).join('、');
    problems.push({
      row: n,
      column: basisCell.column,
      why:
        candidates.length === 0
          ? `${cited} is not the penalty provision of any matter in the dataset`
          : `${cited} covers ${candidates.length} matters (${candidates.map((m) => m.id).join(', ')}); cite the paragraph and item`,
    });
  }
  if (citations.length === 0 && !problems.some((p) => p.column === basisCell.column)) {
    problems.push({ row: n, column: basisCell.column, why: 'cites no provision of a law in the dataset' });
  }
  const matter = candidates.length === 1 ? candidates[0] : undefined;
  if (!matter || !level || !range.ok) return null;
  if (level[0] === '不予处罚' && range.fine) {
    problems.push({ row: n, column: rangeCell.column, why: '不予处罚 sets no fine' });
  }
  if (range.fine) {
    const outside = fineOutsideStatute(range.fine, level[0], matter);
    if (outside) problems.push({ row: n, column: rangeCell.column, why: outside });
  }
  return { matter, level: level[0], code: level[1], fine: range.fine, measures: range.measures };
}
