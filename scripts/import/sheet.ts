// Reads one worksheet of an .xlsx file (the first unless named), or a .csv file, into a grid of trimmed
// strings: only the rows that hold content, as wide as the rightmost content. Merged cells are filled from
// their master cell (and remembered as copies, so a row holding only copies counts as blank). Every limit
// and every unreadable file is a SheetError whose message is one line.
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { columnLetter, LIMIT_FLAGS, type Limits, type RawSheet, SheetError } from './cells.ts';
import { decodeCsv, parseCsv } from './csv.ts';
import { readXlsx } from './xlsx.ts';

export interface GridCell {
  text: string;
  /** True when the text was copied from the master cell of a merged range. */
  copy: boolean;
  /** True when the cell holds a formula (its text is the last computed value). */
  formula?: boolean;
}

export interface GridRow {
  /** 1-based row number as the spreadsheet program shows it. */
  n: number;
  cells: GridCell[];
}

export interface Grid {
  rows: GridRow[];
  /** Worth telling, not wrong: the encoding guessed, an absurd used range. */
  warnings: string[];
}

function readBytes(file: string, limits: Limits): Uint8Array {
  try {
    const stat = statSync(file);
    if (!stat.isFile()) throw new SheetError(`${file}: not a file`);
    if (stat.size > limits.bytes) {
      throw new SheetError(
        `${file}: ${(stat.size / 1e6).toFixed(1)} MB, more than the ${limits.bytes / 1e6} MB an import reads (${LIMIT_FLAGS.bytes} raises the limit)`,
      );
    }
    return readFileSync(file);
  } catch (error) {
    if (error instanceof SheetError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new SheetError(code === 'ENOENT' ? `${file}: file not found` : `${file}: cannot be read (${code})`);
  }
}

function parseRange(ref: string): { rows: number; cols: number } | null {
  const m = /([A-Z]{1,3})(\d+)$/.exec(ref.toUpperCase());
  if (!m) return null;
  let cols = 0;
  for (const ch of m[1] as string) cols = cols * 26 + ch.charCodeAt(0) - 64;
  return { rows: Number(m[2]), cols };
}

export function readGrid(file: string, sheetName: string | undefined, limits: Limits): Grid {
  const ext = extname(file).toLowerCase();
  if (ext !== '.xlsx' && ext !== '.csv') throw new SheetError(`${file}: expected an .xlsx or .csv file`);
  if (sheetName !== undefined && ext !== '.xlsx')
    throw new SheetError(`${file}: --sheet applies to .xlsx files only`);
  const bytes = readBytes(file, limits);
  const warnings: string[] = [];
  let raw: RawSheet;
  if (ext === '.csv') {
    const { text, encoding } = decodeCsv(file, bytes);
    if (encoding !== 'UTF-8') warnings.push(`${file}: read as ${encoding} text`);
    raw = parseCsv(text, limits);
  } else {
    raw = readXlsx(file, bytes, sheetName, limits);
  }
  return { rows: toGrid(file, raw, limits, warnings), warnings };
}

function toGrid(file: string, raw: RawSheet, limits: Limits, warnings: string[]): GridRow[] {
  const byRow = new Map<number, GridCell[]>();
  let width = 0;
  for (const c of raw.cells) {
    const text = c.text.trim();
    if (text === '') continue;
    if (c.col > limits.columns) {
      throw new SheetError(
        `row ${c.row}, column ${columnLetter(c.col - 1)}: content beyond the ${limits.columns} columns an import reads (${LIMIT_FLAGS.columns} raises the limit)`,
      );
    }
    let cells = byRow.get(c.row);
    if (!cells) {
      if (byRow.size >= limits.rows) {
        throw new SheetError(
          `${file}: more than ${limits.rows} rows with content (${LIMIT_FLAGS.rows} raises the limit)`,
        );
      }
      cells = [];
      byRow.set(c.row, cells);
    }
    cells[c.col - 1] = { text, copy: false, ...(c.formula ? { formula: true } : {}) };
    width = Math.max(width, c.col);
  }
  const numbers = [...byRow.keys()].sort((a, b) => a - b);
  const lastRow = numbers[numbers.length - 1] ?? 0;
  const claimed = raw.dimension ? parseRange(raw.dimension) : null;
  if (
    claimed &&
    (claimed.rows > Math.max(2 * lastRow, lastRow + 1000) || claimed.cols > Math.max(2 * width, width + 50))
  ) {
    const content =
      lastRow === 0 ? 'it holds no content' : `its content ends at ${columnLetter(width - 1)}${lastRow}`;
    warnings.push(
      `${file}: the worksheet claims the range ${raw.dimension}, but ${content}; read by its content`,
    );
  }
  const rows: GridRow[] = numbers.map((n) => {
    const cells = byRow.get(n) as GridCell[];
    for (let c = 0; c < width; c++) cells[c] ??= { text: '', copy: false };
    return { n, cells };
  });
  fillMerges(raw.merges, rows, width);
  return rows;
}

/** Copies each merged range's master text into the range's other cells, within the content only. */
function fillMerges(merges: RawSheet['merges'], rows: GridRow[], width: number): void {
  if (merges.length === 0) return;
  const index = new Map(rows.map((r, i) => [r.n, i]));
  const numbers = rows.map((r) => r.n);
  // Work bounded by the grid: overlapping ranges (invalid, but a file can say anything) stop at the bound.
  let budget = rows.length * width + merges.length;
  for (const [r1, c1, r2, c2] of merges) {
    const master = rows[index.get(r1) ?? -1]?.cells[c1 - 1];
    if (!master || master.copy || master.text === '') continue;
    for (let i = lowerBound(numbers, r1); i < rows.length && (rows[i] as GridRow).n <= r2; i++) {
      const cells = (rows[i] as GridRow).cells;
      for (let c = c1 - 1; c < Math.min(c2, width); c++) {
        if (--budget < 0) throw new SheetError('the merged cells of the worksheet overlap');
        if ((rows[i] as GridRow).n === r1 && c === c1 - 1) continue;
        if (cells[c]?.text === '') cells[c] = { text: master.text, copy: true };
      }
    }
  }
}

function lowerBound(sorted: number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
