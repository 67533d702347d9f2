// `cli import` on the fixture sheets (test/fixtures/sheets/, written by make-sheets.ts): each realistic sheet
// gives exactly its expected pack, which `validate --pack` accepts; each bad sheet writes nothing and names
// every problem by row and column.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import importCommand from '../../scripts/commands/import.ts';
import { validateData } from '../../scripts/data/validate.ts';

const SHEETS = join(import.meta.dirname, '../fixtures/sheets');
let out: string;

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'dl-import-'));
});
afterAll(() => rmSync(out, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

interface Run {
  code: number;
  stdout: string[];
  stderr: string[];
}

async function runImport(
  file: string,
  list: string,
  dir: string,
  extra: string[] = [],
  id = `example-${list}`,
): Promise<Run> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void stdout.push(a.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void stderr.push(a.join(' ')));
  const code = await importCommand.run([
    resolve(SHEETS, file),
    '--list',
    list,
    '--issuer',
    '示例市市场监督管理局',
    '--doc-number',
    '示市监发〔2023〕1号',
    '--date',
    '2023-06-01',
    '--url',
    'https://example.org/lists/2023-1',
    '--id',
    id,
    '--out',
    dir,
    ...extra,
  ]);
  vi.restoreAllMocks();
  return { code, stdout, stderr };
}

function sha256(file: string): string {
  return createHash('sha256')
    .update(readFileSync(join(SHEETS, file)))
    .digest('hex');
}

describe('import of realistic sheets', () => {
  it.each([
    ['no-penalty.xlsx', 'no-penalty'],
    ['lighter.csv', 'lighter'],
    ['mitigated.xlsx', 'mitigated'],
    ['coercion-exempt.xlsx', 'coercion-exempt'],
    ['benchmark.xlsx', 'benchmark'],
    ['benchmark-inline.xlsx', 'benchmark-inline'],
  ])('%s gives exactly its expected pack', async (file, name) => {
    const list = name === 'benchmark-inline' ? 'benchmark' : name;
    const dir = join(out, name);
    const run = await runImport(file, list, dir, [], `example-${name}`);
    // no-penalty.xlsx ends with a repeated header (skipped silently) and a note (skipped with a warning).
    expect(run.stderr).toEqual(
      name === 'no-penalty' ? ['warning: row 8, column (row): a note under the table; skipped'] : [],
    );
    expect(run.code).toBe(0);
    const written = JSON.parse(readFileSync(join(dir, 'pack.json'), 'utf8'));
    const expected = JSON.parse(
      readFileSync(join(SHEETS, 'expected', `${name}.json`), 'utf8').replaceAll('<sha256>', sha256(file)),
    );
    expect(written).toEqual(expected);
  });

  it('writes packs that validate --pack accepts', () => {
    const dirs = ['no-penalty', 'lighter', 'mitigated', 'coercion-exempt', 'benchmark'].map((l) =>
      join(out, l),
    );
    for (const d of dirs) expect(existsSync(join(d, 'pack.json'))).toBe(true);
    const result = validateData({ packDirs: dirs, lawsSource: null });
    // Only the imported packs are under test here (the committed data has its own tests).
    expect(result.problems.filter((p) => `${p.record} ${p.file ?? ''}`.includes('example-'))).toEqual([]);
    expect(result.ran).toEqual(expect.arrayContaining(['lists', 'tiers', 'revisions']));
    expect(result.dataset.packs.map((p) => p.id)).toEqual(
      expect.arrayContaining(['example-no-penalty', 'example-benchmark']),
    );
  });

  it('refuses to replace an existing pack without --force', async () => {
    const run = await runImport('no-penalty.xlsx', 'no-penalty', join(out, 'no-penalty'));
    expect(run.code).toBe(1);
    expect(run.stderr.join('\n')).toContain('pack.json exists; pass --force to replace it');
  });
});

describe('import of bad sheets writes nothing', () => {
  it.each([
    [
      'bad-missing-column.xlsx',
      'no-penalty',
      [
        'row 1, column 法律依据 (or 法定依据 / 设定依据 / 处罚依据 / 法律法规依据 / 法律法规规章依据): missing required column',
      ],
    ],
    [
      'bad-article.csv',
      'no-penalty',
      [
        'row 3, column 法律依据: cites 《中华人民共和国食品安全法》第九百条, which does not exist (食品安全法@2021-04-29 has 154 articles)',
      ],
    ],
    [
      'bad-range.xlsx',
      'benchmark',
      [
        'row 2, column 处罚标准: unreadable range: cannot read a fine range from "处适当罚款"',
        'row 3, column 处罚标准: fine 30000–50000元 at 从重 is not inside the statutory range ≤30000元 of M-市场主体登记管理条例-48-1',
      ],
    ],
    [
      'bad-inline.xlsx',
      'benchmark',
      [
        'row 2, column 执行标准: "未明码标价的，按个处50元罚款，最高不超过500元" names no discretion level (不予处罚, 减轻, 从轻, 一般, 从重)',
      ],
    ],
  ])('%s', async (file, list, problems) => {
    const dir = join(out, `bad-${file}`);
    const run = await runImport(file, list, dir);
    expect(run.code).toBe(1);
    expect(run.stderr.filter((l) => l.startsWith('row '))).toEqual(problems);
    expect(existsSync(dir)).toBe(false);
  });

  it('--skip-bad imports the good rows and reports the bad', async () => {
    const dir = join(out, 'skip-bad');
    const run = await runImport('bad-article.csv', 'no-penalty', dir, ['--skip-bad']);
    expect(run.code).toBe(0);
    expect(run.stderr.some((l) => l.startsWith('row 3, column 法律依据: cites'))).toBe(true);
    const pack = JSON.parse(readFileSync(join(dir, 'pack.json'), 'utf8'));
    expect(pack.lists.map((i: { title: string }) => i.title)).toEqual([
      '市场主体未将营业执照置于住所或者主要经营场所醒目位置',
    ]);
    expect(pack.notes).toContain('1 bad row(s) of 2 left out (--skip-bad).');
  });

  it('names a file that is neither .xlsx nor .csv', async () => {
    const run = await runImport('make-sheets.ts', 'no-penalty', join(out, 'not-a-sheet'));
    expect(run.code).toBe(1);
    expect(run.stderr.join('\n')).toContain('expected an .xlsx or .csv file');
  });
});

describe('import of a workbook with several sheets', () => {
  it('reads the worksheet --sheet names, by name or position', async () => {
    for (const sheet of ['不予处罚清单', '2']) {
      const dir = join(out, `workbook-${sheet}`);
      const run = await runImport('workbook.xlsx', 'no-penalty', dir, ['--sheet', sheet]);
      expect(run.code).toBe(0);
      const pack = JSON.parse(readFileSync(join(dir, 'pack.json'), 'utf8'));
      expect(
        pack.lists.map((i: { title: string; matterIds: string[]; authority: string }) => [
          i.title,
          i.matterIds,
          i.authority,
        ]),
      ).toEqual([['经营者违反明码标价规定', ['M-价格法-42-1'], '示例市市场监督管理局']]);
    }
  });

  it('says so when the first worksheet holds no table, and names the worksheets it has', async () => {
    const first = await runImport('workbook.xlsx', 'no-penalty', join(out, 'workbook-first'));
    expect(first.code).toBe(1);
    expect(first.stderr[0]).toMatch(/^row 1, column \(header\): no header row found .*pass --sheet$/);
    const missing = await runImport('workbook.xlsx', 'no-penalty', join(out, 'workbook-x'), [
      '--sheet',
      '附表',
    ]);
    expect(missing.code).toBe(1);
    expect(missing.stderr.join('\n')).toContain('no worksheet "附表" (worksheets: 说明, 不予处罚清单)');
    expect(existsSync(join(out, 'workbook-first'))).toBe(false);
  });

  it('refuses a CSV that is not UTF-8', async () => {
    const { writeFileSync } = await import('node:fs');
    const csv = join(out, 'gbk.csv');
    writeFileSync(csv, Buffer.from([0xd0, 0xf2, 0xba, 0xc5, 0x2c, 0x0a])); // "序号," in GBK
    const run = await runImport(csv, 'no-penalty', join(out, 'gbk'));
    expect(run.code).toBe(1);
    expect(run.stderr.join('\n')).toContain('not UTF-8 text; save the table as "CSV UTF-8"');
  });
});

describe('import of a large sheet', () => {
  it('shows its progress on stderr', async () => {
    const { writeFileSync } = await import('node:fs');
    const csv = join(out, 'large.csv');
    const row =
      '"市场主体未将营业执照置于住所或者主要经营场所醒目位置",在责令改正期限内改正,《中华人民共和国市场主体登记管理条例》第四十八条第一款';
    const lines = [
      '序号,违法行为,适用条件,法律依据',
      ...Array.from({ length: 1200 }, (_, i) => `${i + 1},${row}`),
    ];
    writeFileSync(csv, lines.join('\n'));
    const progress: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      progress.push(String(chunk));
      return true;
    });
    const run = await runImport(csv, 'no-penalty', join(out, 'large'));
    expect(run.code).toBe(0);
    expect(progress).toEqual([
      'import: 500/1200 rows\n',
      'import: 1000/1200 rows\n',
      'import: 1200/1200 rows\n',
    ]);
    const pack = JSON.parse(readFileSync(join(out, 'large', 'pack.json'), 'utf8'));
    expect(pack.lists).toHaveLength(1200);
    expect(new Set(pack.lists.map((i: { id: string }) => i.id)).size).toBe(1200);
  });
});
