// Finds the header of a city's table (one or two lines, possibly under a title row) and maps its
// columns to fields through the synonyms cities use.
import { toHalfWidthDigits } from '../../data/engine/numerals.ts';
import type { GridRow } from './sheet.ts';

export type Field =
  | 'index'
  | 'type'
  | 'title'
  | 'basis'
  | 'exemptionBasis'
  | 'coercion'
  | 'measures'
  | 'conditions'
  | 'level'
  | 'range'
  | 'authority';

/** Synonyms per field, in the order headers are tried: specific names before the general ones they contain
 * (减轻处罚依据 before 处罚依据). */
export const SYNONYMS: [Field, string[]][] = [
  ['exemptionBasis', ['减轻处罚依据', '从轻处罚依据', '从轻减轻处罚依据', '不予处罚依据', '免予强制依据']],
  ['coercion', ['可以不采取的强制措施', '不采取的强制措施', '免予强制措施', '强制措施']],
  ['measures', ['处理措施', '替代措施', '纠正措施', '处理方式']],
  ['level', ['裁量阶次', '裁量档次', '处罚阶次', '裁量等级', '阶次']],
  ['range', ['裁量幅度', '执行标准', '处罚标准', '裁量标准', '处罚幅度', '具体标准', '裁量基准']],
  [
    'conditions',
    [
      '适用条件',
      '适用情形',
      '违法情节',
      '情节',
      '不予处罚情形',
      '从轻处罚情形',
      '减轻处罚情形',
      '免予强制情形',
    ],
  ],
  ['basis', ['法律依据', '法定依据', '设定依据', '处罚依据', '法律法规依据', '法律法规规章依据']],
  ['title', ['违法行为', '违法情形', '事项名称', '处罚事项']],
  ['authority', ['实施机关', '实施主体', '执法主体', '执法机关', '执法部门', '实施部门']],
  ['index', ['序号']],
  ['type', ['类型']],
];

/** The name a missing column is reported under, with the synonyms accepted for it. */
export function fieldLabel(field: Field): string {
  const names = SYNONYMS.find(([f]) => f === field)?.[1] ?? [field];
  return names.length === 1 ? (names[0] ?? field) : `${names[0]} (or ${names.slice(1).join(' / ')})`;
}

/** Header text as compared: no whitespace or line breaks, half-width digits. */
function clean(text: string): string {
  return toHalfWidthDigits(text).replace(/\s+/g, '');
}

export function fieldOf(header: string): Field | null {
  const h = clean(header);
  if (h === '' || h.length > 16) return null;
  for (const [field, names] of SYNONYMS) if (names.some((n) => h.includes(n))) return field;
  return null;
}

export interface Header {
  /** Row numbers of the header lines (one or two). */
  rows: number[];
  /** Index in GridRow.cells of the first data row. */
  dataStart: number;
  /** Column index → field, and column index → the header as the sheet writes it. */
  columns: Map<Field, { index: number; name: string }>;
}

function fieldsIn(row: GridRow, ownOnly: boolean): Set<Field> {
  const found = new Set<Field>();
  for (const cell of row.cells) {
    if (ownOnly && cell.copy) continue;
    const f = fieldOf(cell.text);
    if (f) found.add(f);
  }
  return found;
}

/** Every own cell of the row is a header name (or blank), and at least one names a field. */
function isSecondHeaderLine(row: GridRow): boolean {
  const own = row.cells.filter((c) => !c.copy && c.text !== '');
  return own.length > 0 && own.every((c) => fieldOf(c.text) !== null || clean(c.text).length <= 4);
}

/**
 * The header is the first of the top rows with at least two own cells naming fields. The row under it is
 * a second header line when one of its own cells names a field (a two-line header under a merged group
 * heading such as 裁量基准 over 裁量阶次 | 适用情形 | 处罚标准).
 */
export function findHeader(rows: GridRow[]): Header | null {
  const top = Math.min(rows.length, 10);
  for (let i = 0; i < top; i++) {
    const first = rows[i];
    if (!first || fieldsIn(first, true).size < 2) continue;
    const second = rows[i + 1];
    const lines = second && isSecondHeaderLine(second) ? [first, second] : [first];
    const columns = new Map<Field, { index: number; name: string }>();
    const width = Math.max(...lines.map((l) => l.cells.length));
    // The lower line names the column more precisely; fall back to the upper one.
    for (const line of [...lines].reverse()) {
      for (let c = 0; c < width; c++) {
        const text = line.cells[c]?.text ?? '';
        const f = fieldOf(text);
        if (!f || columns.has(f) || [...columns.values()].some((v) => v.index === c)) continue;
        columns.set(f, { index: c, name: clean(text) });
      }
    }
    return { rows: lines.map((l) => l.n), dataStart: i + lines.length, columns };
  }
  return null;
}
