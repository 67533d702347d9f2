// What a spreadsheet reader hands over (the cells the file holds, its merged ranges) and the limits every
// reader enforces, each with the flag that raises it.
export class SheetError extends Error {}

export interface Limits {
  /** Rows with content. */
  rows: number;
  /** The rightmost column with content. */
  columns: number;
  /** Characters in one cell. */
  cellChars: number;
  /** Bytes of the file (a CSV) or of the XML it unpacks to (an .xlsx). */
  bytes: number;
}

export const DEFAULT_LIMITS: Limits = { rows: 100_000, columns: 100, cellChars: 20_000, bytes: 200e6 };

/** The flags of `cli import` that raise each limit. */
export const LIMIT_FLAGS: Record<keyof Limits, string> = {
  rows: '--max-rows',
  columns: '--max-columns',
  cellChars: '--max-cell-chars',
  bytes: '--max-mb',
};

export interface RawCell {
  /** 1-based, as the spreadsheet program shows them. */
  row: number;
  col: number;
  text: string;
  /** The cell holds a formula; `text` is its last computed value. */
  formula: boolean;
}

export interface RawSheet {
  cells: RawCell[];
  /** Merged ranges as [row1, col1, row2, col2]. */
  merges: [number, number, number, number][];
  /** The used range the file claims (<dimension ref>), when it says. */
  dimension: string | null;
}

/** 0-based column index → "A", "B", … "AA". */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
