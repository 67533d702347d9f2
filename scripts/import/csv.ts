// Reads a .csv file as spreadsheet programs save it: UTF-8 (with or without a byte-order mark), UTF-16
// (by its byte-order mark, as Excel's "Unicode text") or GB18030/GBK (Excel's "CSV" on Chinese Windows);
// quoted cells may hold commas, quotes ("") and line breaks. Row numbers are record numbers, as a
// spreadsheet program shows the file.
import { columnLetter, type Limits, type RawSheet, SheetError } from './cells.ts';

const SAVE_AS = 'open it in Excel or WPS and save it as "CSV UTF-8（逗号分隔）"';

/** The text of the file and the encoding it was read in. */
export function decodeCsv(file: string, bytes: Uint8Array): { text: string; encoding: string } {
  const decode = (encoding: string, from = 0) =>
    new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(from));
  let result: { text: string; encoding: string } | null = null;
  try {
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
      result = { text: decode('utf-8', 3), encoding: 'UTF-8' };
    else if (bytes[0] === 0xff && bytes[1] === 0xfe)
      result = { text: decode('utf-16le', 2), encoding: 'UTF-16' };
    else if (bytes[0] === 0xfe && bytes[1] === 0xff)
      result = { text: decode('utf-16be', 2), encoding: 'UTF-16' };
  } catch {
    throw new SheetError(`${file}: its byte-order mark says Unicode, but the text is not; ${SAVE_AS}`);
  }
  if (!result) {
    for (const [encoding, name] of [
      ['utf-8', 'UTF-8'],
      ['gb18030', 'GB18030'],
    ]) {
      try {
        result = { text: decode(encoding as string), encoding: name as string };
        break;
      } catch {
        // the next encoding
      }
    }
  }
  if (!result)
    throw new SheetError(`${file}: not text in UTF-8 or GB18030/GBK (tried UTF-8, then GB18030); ${SAVE_AS}`);
  // UTF-16 without a byte-order mark decodes as text with a NUL in every other character; a stray NUL
  // in a cell is a row's problem, reported with the row.
  if (countNul(result.text) > result.text.length / 10) {
    throw new SheetError(
      `${file}: holds NUL characters, so it is not a ${result.encoding} text table (UTF-16 without a byte-order mark, or not a CSV at all); ${SAVE_AS}`,
    );
  }
  return result;
}

/** Records → cells. Tab-separated when the first line has tabs and no commas (Excel's "Unicode text"). */
export function parseCsv(text: string, limits: Limits): RawSheet {
  const firstLine = text.slice(0, text.search(/\r|\n|$/));
  const separator = firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';
  const cells: RawSheet['cells'] = [];
  let row = 1;
  let col = 1;
  let i = 0;
  const n = text.length;
  const push = (value: string) => {
    if (value.length > limits.cellChars) {
      throw new SheetError(
        `row ${row}, column ${columnLetter(col - 1)}: the cell holds ${value.length} characters, more than the ${limits.cellChars} a cell may (--max-cell-chars raises the limit)`,
      );
    }
    if (value !== '') cells.push({ row, col, text: value, formula: false });
  };
  while (i < n) {
    let value = '';
    if (text[i] === '"') {
      const start = i;
      i++;
      const parts: string[] = [];
      for (;;) {
        const close = text.indexOf('"', i);
        if (close < 0) {
          throw new SheetError(
            `row ${row}, column ${columnLetter(col - 1)}: a quoted cell is never closed (the quote at its start runs to the end of the file, ${n - start} characters)`,
          );
        }
        parts.push(text.slice(i, close));
        i = close + 1;
        if (text[i] !== '"') break;
        parts.push('"');
        i++;
      }
      value = parts.join('');
      // Text after the closing quote ("a"b) is kept, as spreadsheet programs do.
      const end = nextBreak(text, i, separator);
      value += text.slice(i, end);
      i = end;
    } else {
      const end = nextBreak(text, i, separator);
      value = text.slice(i, end);
      i = end;
    }
    push(value);
    if (i >= n) break;
    if (text[i] === separator) {
      col++;
      i++;
      if (i >= n) break;
      continue;
    }
    // A line break: \r\n, \n or \r.
    i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
    row++;
    col = 1;
  }
  return { cells, merges: [], dimension: null };
}

/** Index of the next separator or line break at or after `from`. */
function nextBreak(text: string, from: number, separator: string): number {
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === separator || c === '\n' || c === '\r') return i;
  }
  return text.length;
}

function countNul(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\0'); i >= 0; i = text.indexOf('\0', i + 1)) n++;
  return n;
}
