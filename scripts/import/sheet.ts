// Reads one worksheet of an .xlsx file (the first unless named), or a UTF-8 .csv file, into a grid of trimmed strings.
// Merged cells are filled from their master cell (and remembered as copies, so a row holding only
// copies counts as blank).
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';

export interface GridCell {
  text: string;
  /** True when the text was copied from the master cell of a merged range. */
  copy: boolean;
}

export interface GridRow {
  /** 1-based row number as the spreadsheet program shows it (line number of the record for CSV). */
  n: number;
  cells: GridCell[];
}

export class SheetError extends Error {}

/** The text a cell shows: rich text joined, formulas by their cached result, numbers as written. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('text' in value && typeof value.text === 'string') return value.text;
  if ('result' in value) return cellText((value.result ?? null) as ExcelJS.CellValue);
  if ('error' in value) return String(value.error);
  return '';
}

/** `sheet`: a worksheet's name or its 1-based position; the first worksheet by default. */
async function readWorksheet(file: string, sheet?: string): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  const ext = extname(file).toLowerCase();
  if (ext === '.xlsx') {
    try {
      await workbook.xlsx.readFile(file);
    } catch (error) {
      throw new SheetError(`${file}: not a readable .xlsx file (${(error as Error).message})`);
    }
    const names = workbook.worksheets.map((w) => w.name);
    const found =
      sheet === undefined
        ? workbook.worksheets[0]
        : (workbook.worksheets.find((w) => w.name === sheet) ??
          (/^\d+$/.test(sheet) ? workbook.worksheets[Number(sheet) - 1] : undefined));
    if (!found) {
      throw new SheetError(
        sheet === undefined
          ? `${file}: the workbook has no worksheet`
          : `${file}: no worksheet "${sheet}" (worksheets: ${names.join(', ')})`,
      );
    }
    return found;
  }
  if (sheet !== undefined) throw new SheetError(`${file}: --sheet applies to .xlsx files only`);
  if (ext === '.csv') {
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file));
    } catch {
      throw new SheetError(`${file}: not UTF-8 text; save the table as "CSV UTF-8"`);
    }
    // Keep every cell as the text it is: no number or date conversion.
    return workbook.csv.read(Readable.from([text.replace(/^\uFEFF/, '')]), { map: (v: string) => v });
  }
  throw new SheetError(`${file}: expected an .xlsx or .csv file`);
}

export async function readGrid(file: string, sheetName?: string): Promise<GridRow[]> {
  const sheet = await readWorksheet(file, sheetName);
  const rows: GridRow[] = [];
  const width = sheet.columnCount;
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: GridCell[] = [];
    for (let c = 1; c <= width; c++) {
      const cell = row.getCell(c);
      const copy = cell.isMerged && cell.master.address !== cell.address;
      cells.push({ text: cellText(copy ? cell.master.value : cell.value).trim(), copy });
    }
    rows.push({ n: r, cells });
  }
  return rows;
}
