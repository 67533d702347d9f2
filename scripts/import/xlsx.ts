// Reads one worksheet of an .xlsx file cell by cell: only the cells the file holds are visited, so a stray
// formatted cell at XFD1048576 costs one cell, not rows × columns. The zip is inflated as a stream with a
// cap on the bytes it may produce (a zip bomb stops at the cap), and the XML is parsed by saxes.
import { Unzip, UnzipInflate } from 'fflate';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { columnLetter, type Limits, type RawCell, type RawSheet, SheetError } from './cells.ts';

const WORKBOOK = 'xl/workbook.xml';
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';
const SHARED_STRINGS = 'xl/sharedStrings.xml';
const STYLES = 'xl/styles.xml';

/** The entries of interest, inflated, within `maxBytes` all together. */
function inflate(file: string, bytes: Uint8Array, wanted: (name: string) => boolean, maxBytes: number) {
  const entries = new Map<string, Uint8Array[]>();
  let total = 0;
  let failure: Error | null = null;
  const unzip = new Unzip((entry) => {
    if (!wanted(entry.name) || failure) return;
    const chunks: Uint8Array[] = [];
    entries.set(entry.name, chunks);
    entry.ondata = (error, chunk) => {
      if (failure) return;
      if (error) {
        failure = new SheetError(`${file}: not a readable .xlsx file (${entry.name}: ${error.message})`);
        return;
      }
      total += chunk.length;
      if (total > maxBytes) {
        failure = new SheetError(
          `${file}: the workbook unpacks to more than ${maxBytes / 1e6} MB (--max-mb raises the limit)`,
        );
        entry.terminate();
        return;
      }
      chunks.push(chunk);
    };
    entry.start();
  });
  unzip.register(UnzipInflate);
  try {
    unzip.push(bytes, true);
  } catch (error) {
    if (!failure)
      failure = new SheetError(`${file}: not a readable .xlsx file (${(error as Error).message})`);
  }
  if (failure) throw failure;
  return entries;
}

/** Parses XML given as chunks; `open`, `close` and `text` see elements by local name (no prefix). */
function parseXml(
  file: string,
  part: string,
  chunks: Uint8Array[],
  handlers: {
    open?: (name: string, attributes: Record<string, string>) => void;
    close?: (name: string) => void;
    text?: (text: string) => void;
  },
): void {
  const parser = new SaxesParser();
  const local = (name: string) => name.slice(name.indexOf(':') + 1);
  parser.on('opentag', (tag: SaxesTagPlain) => handlers.open?.(local(tag.name), tag.attributes));
  if (handlers.close) parser.on('closetag', (tag: SaxesTagPlain) => handlers.close?.(local(tag.name)));
  if (handlers.text) parser.on('text', handlers.text);
  const decoder = new TextDecoder('utf-8');
  try {
    for (const chunk of chunks) parser.write(decoder.decode(chunk, { stream: true }));
    parser.write(decoder.decode()).close();
  } catch (error) {
    if (error instanceof SheetError) throw error;
    // saxes says where: "line:column: why".
    throw new SheetError(`${file}: not a readable .xlsx file (${part} ${(error as Error).message})`);
  }
}

/** The sheets in workbook order: name → path of its XML in the zip; and the 1904 date system flag. */
function readWorkbook(file: string, workbook: Uint8Array[], rels: Uint8Array[]) {
  const targets = new Map<string, string>();
  parseXml(file, WORKBOOK_RELS, rels, {
    open(name, a) {
      if (name === 'Relationship' && a.Id && a.Target) {
        const target = a.Target.startsWith('/') ? a.Target.slice(1) : `xl/${a.Target}`;
        targets.set(a.Id, target);
      }
    },
  });
  const sheets: { name: string; path: string }[] = [];
  let date1904 = false;
  parseXml(file, WORKBOOK, workbook, {
    open(name, a) {
      if (name === 'workbookPr') date1904 = a.date1904 === '1' || a.date1904 === 'true';
      const id = a['r:id'] ?? Object.entries(a).find(([k]) => k.endsWith(':id'))?.[1];
      if (name === 'sheet' && a.name && id && targets.has(id))
        sheets.push({ name: a.name, path: targets.get(id) as string });
    },
  });
  return { sheets, date1904 };
}

/** Shared strings: rich-text runs joined; phonetic guides (rPh) left out, as Excel shows them. */
function readSharedStrings(chunks: Uint8Array[] | undefined, limits: Limits, file: string): string[] {
  const strings: string[] = [];
  if (!chunks) return strings;
  let current: string[] | null = null;
  let inText = false;
  let phonetic = 0;
  parseXml(file, SHARED_STRINGS, chunks, {
    open(name) {
      if (name === 'si') current = [];
      else if (name === 'rPh') phonetic++;
      else if (name === 't') inText = phonetic === 0;
    },
    close(name) {
      if (name === 'si' && current) {
        const text = current.join('');
        // Measured here too: a huge shared string must not be held just because no cell uses it yet.
        if (text.length > limits.cellChars)
          throw new SheetError(
            `${file}: a text of ${text.length} characters, more than the ${limits.cellChars} a cell may hold (--max-cell-chars raises the limit)`,
          );
        strings.push(text);
        current = null;
      } else if (name === 'rPh') phonetic--;
      else if (name === 't') inText = false;
    },
    text(text) {
      if (inText && current) current.push(text);
    },
  });
  return strings;
}

// Built-in number formats that show dates (ECMA-376 18.8.30).
const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57]);

/** Style index → true when its number format shows a date. */
function readDateStyles(file: string, chunks: Uint8Array[] | undefined): boolean[] {
  if (!chunks) return [];
  const custom = new Map<number, boolean>();
  const styles: boolean[] = [];
  let inCellXfs = false;
  parseXml(file, STYLES, chunks, {
    open(name, a) {
      if (name === 'numFmt' && a.numFmtId && a.formatCode) {
        // Quoted text and [colour]/[locale] sections are not date parts.
        const code = a.formatCode.replace(/"[^"]*"|\[[^\]]*\]/g, '');
        custom.set(Number(a.numFmtId), /[ymd]/i.test(code));
      } else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) {
        const id = Number(a.numFmtId ?? 0);
        styles.push(custom.get(id) ?? DATE_FORMAT_IDS.has(id));
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return styles;
}

/** "AB12" → [12, 28]. */
function parseRef(ref: string): [number, number] | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/.exec(ref.toUpperCase());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1] as string) col = col * 26 + ch.charCodeAt(0) - 64;
  return [Number(m[2]), col];
}

function serialDate(serial: number, date1904: boolean): string {
  const days = serial + (date1904 ? 24107 : -25569);
  const date = new Date(Math.round(days * 86_400_000));
  return Number.isNaN(date.getTime()) ? String(serial) : date.toISOString().slice(0, 10);
}

export function readXlsx(
  file: string,
  bytes: Uint8Array,
  sheet: string | undefined,
  limits: Limits,
): RawSheet {
  const wantedBase = new Set([WORKBOOK, WORKBOOK_RELS, SHARED_STRINGS, STYLES]);
  const all = inflate(
    file,
    bytes,
    (name) => wantedBase.has(name) || name.startsWith('xl/worksheets/'),
    limits.bytes,
  );
  const workbook = all.get(WORKBOOK);
  const rels = all.get(WORKBOOK_RELS);
  if (!workbook || !rels) throw new SheetError(`${file}: not a readable .xlsx file (no workbook inside)`);
  const book = readWorkbook(file, workbook, rels);
  const found =
    sheet === undefined
      ? book.sheets[0]
      : (book.sheets.find((s) => s.name === sheet) ??
        (/^\d+$/.test(sheet) ? book.sheets[Number(sheet) - 1] : undefined));
  if (!found) {
    throw new SheetError(
      sheet === undefined
        ? `${file}: the workbook has no worksheet`
        : `${file}: no worksheet "${sheet}" (worksheets: ${book.sheets.map((s) => s.name).join(', ')})`,
    );
  }
  const xml = all.get(found.path);
  if (!xml) throw new SheetError(`${file}: not a readable .xlsx file (worksheet ${found.name} is missing)`);
  const shared = readSharedStrings(all.get(SHARED_STRINGS), limits, file);
  const dateStyles = readDateStyles(file, all.get(STYLES));

  const cells: RawCell[] = [];
  const merges: [number, number, number, number][] = [];
  let dimension: string | null = null;
  let row = 0;
  let col = 0;
  // The cell being read.
  let type = '';
  let style = 0;
  let formula = false;
  let value: string[] = [];
  let inValue = false;
  let inInline = false;
  let phonetic = 0;
  parseXml(file, found.path, xml, {
    open(name, a) {
      if (name === 'row') {
        row = a.r ? Number(a.r) : row + 1;
        col = 0;
      } else if (name === 'c') {
        const at = a.r ? parseRef(a.r) : ([row, col + 1] as [number, number]);
        if (!at) throw new SheetError(`${file}: not a readable .xlsx file (a cell at "${a.r}")`);
        [row, col] = at;
        type = a.t ?? 'n';
        style = Number(a.s ?? 0);
        formula = false;
        value = [];
      } else if (name === 'v') inValue = true;
      else if (name === 'is') inInline = true;
      else if (name === 'rPh') phonetic++;
      else if (name === 't') inValue = inInline && phonetic === 0;
      else if (name === 'f') formula = true;
      else if (name === 'mergeCell' && a.ref) {
        const [from, to] = a.ref.split(':');
        const start = from ? parseRef(from) : null;
        const end = to ? parseRef(to) : start;
        if (start && end) merges.push([start[0], start[1], end[0], end[1]]);
      } else if (name === 'dimension' && a.ref) dimension = a.ref;
    },
    close(name) {
      if (name === 'v' || name === 't') inValue = false;
      else if (name === 'is') inInline = false;
      else if (name === 'rPh') phonetic--;
      else if (name === 'c') {
        const raw = value.join('');
        if (raw === '') return; // formatting only: not content
        let text: string;
        if (type === 's') text = shared[Number(raw)] ?? '';
        else if (type === 'b') text = raw === '1' ? 'true' : 'false';
        else if (type === 'n') {
          const n = Number(raw);
          text = dateStyles[style] && Number.isFinite(n) ? serialDate(n, book.date1904) : String(n);
        } else if (type === 'd') text = raw.slice(0, 10);
        else text = raw; // str, inlineStr, e
        if (text.length > limits.cellChars) {
          throw new SheetError(
            `row ${row}, column ${columnLetter(col - 1)}: the cell holds ${text.length} characters, more than the ${limits.cellChars} a cell may (--max-cell-chars raises the limit)`,
          );
        }
        if (text !== '') cells.push({ row, col, text, formula });
      }
    },
    text(text) {
      if (inValue) value.push(text);
    },
  });
  return { cells, merges, dimension };
}
