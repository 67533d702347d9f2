// Turns the rows of a city's table into official list items or benchmark tiers, linking each row to
// matters through the provisions it cites. Every problem is collected with its row and column; the
// caller decides whether anything is written.
import { createHash } from 'node:crypto';
import type { IsoDate, ListItem, ListKind, Matter, Provenance, Tier } from '../../data/engine/model.ts';
import { articleLabel, intToChinese, paragraphLabel } from '../../data/engine/numerals.ts';
import { type Corpus, inForce, provisionProblem, refWithin } from '../lists/corpus.ts';
import { benchmarkMatter, checkTier, columnTier, inlineTiers } from './benchmark.ts';
import { type CellCitation, LawNames, parseCitations } from './citation.ts';
import { type Field, fieldLabel, fieldOf, findHeader, SYNONYMS } from './columns.ts';
import { looksLikeFormula, unsafeCharacter } from './safe-text.ts';
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
  // Without a 裁量阶次 column, each entry of the 执行标准 cell names its level (benchmark.ts).
  benchmark: [['title'], ['basis'], ['range']],
};

const LIST_CODE: Record<ListKind, string> = {
  'no-penalty': 'np',
  lighter: 'lt',
  mitigated: 'mt',
  'coercion-exempt': 'ce',
};

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
      why: `no header row found in the first 10 rows (need at least two of ${known}); if the table is on another worksheet, pass --sheet`,
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
  const data: GridRow[] = [];
  for (const r of grid.slice(header.dataStart)) {
    const own = r.cells.filter((c) => !c.copy && c.text !== '');
    if (own.length === 0) continue; // blank
    // The header again, as tables converted from paged documents repeat it on every page.
    if (own.filter((c) => fieldOf(c.text) !== null).length >= 2) continue;
    // A note under the table ("注：…", "备注：…") spans the row in one cell.
    if (own.length === 1 && /^(?:注|备注|附注|说明)[:：]/.test(own[0]?.text ?? '')) {
      result.warnings.push({ row: r.n, column: '(row)', why: 'a note under the table; skipped' });
      continue;
    }
    data.push(r);
  }
  result.rows = data.length;

  data.forEach((row, i) => {
    if (onProgress && (i + 1) % 500 === 0) onProgress(i + 1, data.length);
    const problems: RowProblem[] = [];
    // The cells a record keeps: no hidden characters; formulas kept as the text they show, and named.
    for (const { index, name } of header.columns.values()) {
      const c = row.cells[index];
      if (!c || c.copy || c.text === '') continue;
      const unsafe = unsafeCharacter(c.text);
      if (unsafe) problems.push({ row: row.n, column: name, why: unsafe });
      if (c.formula)
        result.warnings.push({
          row: row.n,
          column: name,
          why: 'a formula; its last computed value is stored as text',
        });
      else if (looksLikeFormula(c.text))
        result.warnings.push({
          row: row.n,
          column: name,
          why: `starts with "${c.text[0]}" like a spreadsheet formula; stored as text`,
        });
    }
    if (problems.length > 0) {
      result.problems.push(...problems);
      return;
    }
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

    const rangeCell = cell('range');
    if (options.list === 'benchmark' && basisCell && rangeCell) {
      const matter = benchmarkMatter(row.n, title, citations, basisCell, matters, problems);
      const levelCell = cell('level');
      const drafts = levelCell
        ? [columnTier(row.n, levelCell, rangeCell, conditions, problems)].filter((t) => t !== null)
        : inlineTiers(row.n, rangeCell, problems);
      if (matter) for (const t of drafts) checkTier(row.n, rangeCell, t, matter, problems);
      if (problems.length === 0 && matter) {
        for (const t of drafts) {
          result.tiers.push({
            id: nextId(`${options.packId}-${matter.id.replace(/^M-/, '')}-${t.code}`),
            matterId: matter.id,
            level: t.level,
            conditions: t.conditions,
            fine: t.fine,
            measures: t.measures,
            basis: 'official',
            provenance: { ...provenance },
            validity: { ...validity },
          });
        }
      }
    } else if (options.list !== 'benchmark') {
      const measuresCell = options.list === 'coercion-exempt' ? cell('coercion') : cell('measures');
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
