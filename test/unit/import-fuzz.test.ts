// Fuzzing the import with what a hostile or broken file can hold: random bytes, random zips (and real
// workbooks with bytes flipped), random CSV. The readers may refuse, with a one-line SheetError, but never
// crash otherwise, never take more than a bound proportional to the input, and a refused file writes nothing.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { zipSync } from 'fflate';
import { afterAll, describe, expect, it, vi } from 'vitest';
import importCommand from '../../scripts/commands/import.ts';
import { DEFAULT_LIMITS, SheetError } from '../../scripts/import/cells.ts';
import { type Grid, readGrid } from '../../scripts/import/sheet.ts';

const SHEETS = join(import.meta.dirname, '../fixtures/sheets');
const dir = mkdtempSync(join(tmpdir(), 'dl-fuzz-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Reads `bytes` as a file of that extension: a grid, or a one-line SheetError; anything else fails. */
function read(bytes: Uint8Array, ext: '.csv' | '.xlsx'): Grid | SheetError {
  const file = join(dir, `fuzz${ext}`);
  writeFileSync(file, bytes);
  try {
    return readGrid(file, undefined, DEFAULT_LIMITS);
  } catch (error) {
    if (!(error instanceof SheetError)) throw error;
    expect(error.message).not.toMatch(/\n/);
    return error;
  }
}

const xml = (body: string) => new TextEncoder().encode(`<?xml version="1.0"?>${body}`);
const WORKBOOK = xml(
  '<workbook xmlns:r="r"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>',
);
const RELS = xml('<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>');

// Sheet XML from pieces real sheets have, put together at random (unbalanced, absurd references …).
const SHEET_PIECES = [
  '<worksheet>',
  '<sheetData>',
  '<row r="1">',
  '<row>',
  '<c r="A1" t="s"><v>0</v></c>',
  '<c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c>',
  '<c r="B2"><v>1.5</v></c>',
  '<c t="s"><v>99</v></c>',
  '<c r="ZZZZ9"><v>1</v></c>',
  '<c r="C3" t="inlineStr"><is><r><t>富</t></r><rPh><t>fu</t></rPh></is></c>',
  '<c r="A1" s="7"><f>1+1</f><v>2</v></c>',
  '<mergeCell ref="A1:XFD1048576"/>',
  '<mergeCell ref="B2"/>',
  '<dimension ref="A1:XFD1048576"/>',
  '</row>',
  '</sheetData>',
  '</worksheet>',
  '&amp;',
  '&bogus;',
  '<',
];
const sheetXml = fc.array(fc.constantFrom(...SHEET_PIECES), { maxLength: 40 }).map((a) => a.join(''));

describe('import fuzzing', () => {
  it('random bytes as .csv or .xlsx: read or refused in one line', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 2000 }),
        fc.constantFrom('.csv' as const, '.xlsx' as const),
        (b, ext) => {
          read(b, ext);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('random zips with workbook parts: read or refused in one line', () => {
    fc.assert(
      fc.property(sheetXml, fc.string({ maxLength: 200 }), fc.boolean(), (sheet, shared, withRels) => {
        const zip = zipSync({
          'xl/workbook.xml': WORKBOOK,
          ...(withRels ? { 'xl/_rels/workbook.xml.rels': RELS } : {}),
          'xl/worksheets/sheet1.xml': xml(sheet),
          'xl/sharedStrings.xml': xml(`<sst><si><t>${shared}</t></si></sst>`),
        });
        const result = read(zip, '.xlsx');
        if (!(result instanceof SheetError)) {
          // Only what exists is read: never wider than the column limit, never more rows than cells.
          for (const row of result.rows) expect(row.cells.length).toBeLessThanOrEqual(DEFAULT_LIMITS.columns);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('real workbooks with bytes flipped: read or refused in one line', () => {
    const original = readFileSync(join(SHEETS, 'no-penalty.xlsx'));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
        (flips) => {
          const bytes = Uint8Array.from(original);
          for (const [at, value] of flips) bytes[at % bytes.length] = value;
          read(bytes, '.xlsx');
        },
      ),
      { numRuns: 200 },
    );
  });

  it('random CSV: every cell read back where it was written, or refused in one line', () => {
    const cell = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom('"', '""', ',', '\n', '\r\n', '《食品安全法》', '第一百二十四条', '=1+1', '\u001b[2J'),
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 12 }),
        (rows) => {
          const quoted = (s: string) => `"${s.replace(/"/g, '""')}"`;
          const text = rows.map((r) => r.map(quoted).join(',')).join('\r\n');
          const result = read(new TextEncoder().encode(text), '.csv');
          if (result instanceof SheetError) {
            // Only an encoding the text does not have (NULs) or a limit may refuse well-quoted CSV.
            expect(result.message).toMatch(/NUL|limit/);
            return;
          }
          const expected = rows
            .map((r, i) => ({ n: i + 1, cells: r.map((c) => c.trim()) }))
            .filter((r) => r.cells.some((c) => c !== ''));
          expect(result.rows.map((r) => ({ n: r.n, cells: r.cells.map((c) => c.text) }))).toEqual(
            expected.map((r) => ({
              n: r.n,
              cells: r.cells
                .concat(Array(Math.max(0, widthOf(result) - r.cells.length)).fill(''))
                .slice(0, widthOf(result)),
            })),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('random CSV through the command: a refused file writes nothing', async () => {
    const lines = fc.array(
      fc.oneof(
        fc.string({ maxLength: 30 }),
        fc.constantFrom(
          '"',
          '序号,违法行为,适用条件,法律依据',
          '1,违规,首次违法,《中华人民共和国价格法》第四十二条',
        ),
      ),
      { maxLength: 8 },
    );
    await fc.assert(
      fc.asyncProperty(lines, async (l) => {
        const csv = join(dir, 'command.csv');
        const out = join(dir, 'out');
        rmSync(out, { recursive: true, force: true });
        writeFileSync(csv, l.join('\n'));
        const stderr: string[] = [];
        vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void stderr.push(a.join(' ')));
        vi.spyOn(console, 'log').mockImplementation(() => {});
        vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
        const code = await importCommand.run([
          csv,
          '--list',
          'no-penalty',
          '--issuer',
          '示例市',
          '--doc-number',
          '1号',
          '--date',
          '2023-06-01',
          '--url',
          'https://example.org/',
          '--id',
          'fuzz',
          '--out',
          out,
        ]);
        vi.restoreAllMocks();
        for (const line of stderr) expect(line).not.toMatch(/\n|^\s+at /);
        if (code !== 0) expect(readdirSync(dir)).not.toContain('out');
      }),
      { numRuns: 20 },
    );
  }, 120_000);
});

function widthOf(grid: Grid): number {
  return grid.rows[0]?.cells.length ?? 0;
}
