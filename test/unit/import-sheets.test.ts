// `cli import` on the fixture sheets (test/fixtures/sheets/, written by make-sheets.ts): each realistic sheet
// gives exactly its expected pack, which `validate --pack` accepts; each bad sheet writes nothing and names
// every problem by row and column.

import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Pack } from '../../data/engine/model.ts';
import importCommand from '../../scripts/commands/import.ts';
import { urlsCheck } from '../../scripts/data/checks/urls.ts';
import { validateData } from '../../scripts/data/validate.ts';
import { UsageError } from '../../scripts/lib/command.ts';

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

/** The files in `dir`, so a test sees that nothing (not even a temporary file) was written. */
function filesIn(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir) : [];
}

describe('import of CSV files in the encodings spreadsheet programs save', () => {
  it.each([
    ['lighter-gbk.csv', 'warning: <file>: read as GB18030 text'],
    ['lighter-utf16.csv', 'warning: <file>: read as UTF-16 text'],
  ])('%s gives the same records as the UTF-8 file', async (file, warning) => {
    const dir = join(out, file);
    const run = await runImport(file, 'lighter', dir, [], 'example-lighter');
    expect(run.stderr).toEqual([warning.replace('<file>', resolve(SHEETS, file))]);
    expect(run.code).toBe(0);
    const written = JSON.parse(readFileSync(join(dir, 'pack.json'), 'utf8'));
    const expected = JSON.parse(readFileSync(join(SHEETS, 'expected', 'lighter.json'), 'utf8'));
    expect(written.lists).toEqual(expected.lists);
  });

  it('reads a character GBK lacks from a GB18030 file', async () => {
    const dir = join(out, 'gb18030');
    const run = await runImport('gb18030.csv', 'no-penalty', dir);
    expect(run.code).toBe(0);
    const pack = JSON.parse(readFileSync(join(dir, 'pack.json'), 'utf8'));
    expect(pack.lists.map((i: { title: string }) => i.title)).toEqual(['䶮记商行经营者违反明码标价规定']);
  });

  it.each([
    [
      'not-text.csv',
      'import: <file>: not text in UTF-8 or GB18030/GBK (tried UTF-8, then GB18030); open it in Excel or WPS and save it as "CSV UTF-8（逗号分隔）"; nothing written',
    ],
    ['missing.csv', 'import: <file>: file not found; nothing written'],
    [
      'unclosed-quote.csv',
      'import: row 3, column B: a quoted cell is never closed (the quote at its start runs to the end of the file, 34 characters); nothing written',
    ],
  ])('refuses %s in one line and writes nothing', async (file, message) => {
    const dir = join(out, `refused-${file}`);
    const run = await runImport(file, 'no-penalty', dir);
    expect([run.code, run.stdout, run.stderr]).toEqual([
      1,
      [],
      [message.replace('<file>', resolve(SHEETS, file))],
    ]);
    expect(filesIn(dir)).toEqual([]);
  });
});

describe('import of hostile cells', () => {
  it('refuses control characters and direction overrides by row, escapes them on the terminal, flags formulas', async () => {
    const dir = join(out, 'hostile');
    const run = await runImport('hostile-cells.csv', 'no-penalty', dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toEqual([
      'warning: row 5, column 违法行为: starts with "=" like a spreadsheet formula; stored as text',
      'warning: row 5, column 适用条件: starts with "@" like a spreadsheet formula; stored as text',
      'row 2, column 违法行为: contains U+001B (ESC, which starts terminal escape sequences) at character 12; remove it and import again',
      'row 3, column 适用条件: contains U+202E (right-to-left override) at character 5; remove it and import again',
      'row 4, column 适用条件: contains U+0000 (a control character) at character 3; remove it and import again',
      'import: 3 bad row(s) of 4; nothing written (--skip-bad imports the good rows)',
    ]);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the characters the terminal must never get
    expect(run.stderr.join('').match(/[\u0000-\u001f\u202e]/)).toBeNull();
    expect(filesIn(dir)).toEqual([]);
  });

  it('stores a formula-looking cell as its text', async () => {
    const dir = join(out, 'hostile-skip');
    const run = await runImport('hostile-cells.csv', 'no-penalty', dir, ['--skip-bad']);
    expect(run.code).toBe(0);
    const pack = JSON.parse(readFileSync(join(dir, 'pack.json'), 'utf8'));
    expect(pack.lists.map((i: { title: string; conditions: string[] }) => [i.title, i.conditions])).toEqual([
      ['=HYPERLINK("https://evil.example/","经营者违反明码标价规定")', ['@SUM(1+1)']],
    ]);
  });

  it('echoes the escape sequences of a file name as text, never raw', async () => {
    const file = join(out, 'evil\u001b]0;owned\u0007\u001b[2J.csv');
    const run = await runImport(file, 'no-penalty', join(out, 'hostile-echo'));
    expect(run.stderr).toEqual([
      `import: ${out}/evil\\u{1b}]0;owned\\u{7}\\u{1b}[2J.csv: file not found; nothing written`,
    ]);
  });

  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,x'])(
    'refuses --url %s before reading anything',
    async (url) => {
      const dir = join(out, 'bad-url');
      const error = await runImport('lighter.csv', 'lighter', dir, ['--url', url]).catch((e: Error) => e);
      expect(error).toBeInstanceOf(UsageError);
      expect((error as Error).message).toBe(
        `--url must be an https: or http: address, got ${new URL(url).protocol}`,
      );
      expect(filesIn(dir)).toEqual([]);
    },
  );
});

describe('import of sparse and oversized sheets', () => {
  it('reads a sheet with one stray formatted cell at XFD1048576 by its content, with a warning', async () => {
    const dir = join(out, 'stray');
    const run = await runImport('stray-cell.xlsx', 'no-penalty', dir);
    expect(run.stderr).toEqual([
      `warning: ${resolve(SHEETS, 'stray-cell.xlsx')}: the worksheet claims the range A1:XFD1048576, but its content ends at D2; read by its content`,
    ]);
    expect(run.code).toBe(0);
    const pack = JSON.parse(readFileSync(join(dir, 'pack.json'), 'utf8'));
    expect(pack.lists).toHaveLength(1);
  });

  const table = (rows: number, extra = '') =>
    [
      '序号,违法行为,适用条件,法律依据',
      ...Array.from(
        { length: rows },
        (_, i) => `${i + 1},违规${i},首次违法,《中华人民共和国价格法》第四十二条${extra}`,
      ),
    ].join('\n');

  it.each([
    [
      'rows',
      table(5),
      ['--max-rows', '3'],
      'import: <file>: more than 3 rows with content (--max-rows raises the limit); nothing written',
    ],
    [
      'columns',
      `${table(2)},,,x`,
      ['--max-columns', '6'],
      'import: row 3, column G: content beyond the 6 columns an import reads (--max-columns raises the limit); nothing written',
    ],
    [
      'cell length',
      table(1, '甲'.repeat(30_000)),
      [],
      'import: row 2, column D: the cell holds 30017 characters, more than the 20000 a cell may (--max-cell-chars raises the limit); nothing written',
    ],
    [
      'size',
      table(1, '甲'.repeat(19_000)).repeat(20),
      ['--max-mb', '1'],
      'import: <file>: 1.1 MB, more than the 1 MB an import reads (--max-mb raises the limit); nothing written',
    ],
  ])(
    'refuses a table over the %s limit, naming the flag that raises it',
    async (name, text, flags, message) => {
      const csv = join(out, `limit-${name}.csv`);
      writeFileSync(csv, text);
      const dir = join(out, `limit-${name}`);
      const run = await runImport(csv, 'no-penalty', dir, flags);
      expect([run.code, run.stderr]).toEqual([1, [message.replace('<file>', csv)]]);
      expect(filesIn(dir)).toEqual([]);
    },
  );

  it('reads a table within a raised limit', async () => {
    const csv = join(out, 'limit-raised.csv');
    writeFileSync(csv, table(5));
    const run = await runImport(csv, 'no-penalty', join(out, 'limit-raised'), ['--max-rows', '6']);
    expect(run.code).toBe(0);
  });
});

describe('import that is interrupted', () => {
  const ROOT = resolve(import.meta.dirname, '../..');
  const args = (csv: string, dir: string) => [
    '--import',
    'tsx',
    'scripts/cli.ts',
    'import',
    csv,
    '--list',
    'no-penalty',
    '--issuer',
    '示例市',
    '--doc-number',
    '示〔2023〕1号',
    '--date',
    '2023-06-01',
    '--url',
    'https://example.org/',
    '--id',
    'killed',
    '--out',
    dir,
  ];

  it('killed while reading leaves nothing behind', async () => {
    const csv = join(out, 'killed.csv');
    const row = '违规,首次违法,《中华人民共和国价格法》第四十二条';
    writeFileSync(
      csv,
      [
        '序号,违法行为,适用条件,法律依据',
        ...Array.from({ length: 20_000 }, (_, i) => `${i + 1},${row}${i}`),
      ].join('\n'),
    );
    const dir = join(out, 'killed');
    const child = spawn(process.execPath, args(csv, dir), { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    const exit = new Promise<NodeJS.Signals | number | null>((done) =>
      child.on('exit', (code, signal) => done(signal ?? code)),
    );
    // Killed once it is working through the rows.
    await new Promise<void>((done) =>
      child.stderr.on('data', (chunk: Buffer) => {
        if (String(chunk).includes('rows')) done();
      }),
    );
    child.kill('SIGTERM');
    expect(await exit).toBe('SIGTERM');
    expect(filesIn(dir)).toEqual([]);
  }, 120_000);

  it('sweeps the temporary file an import killed while writing left, and says so', async () => {
    const dir = join(out, 'stale');
    // The pid of a process that has ended: what a killed import's temporary file is named after.
    const gone = spawn(process.execPath, ['-e', '']);
    await new Promise((done) => gone.on('exit', done));
    mkdirSync(dir);
    writeFileSync(join(dir, `pack.json.tmp-${gone.pid}`), '{"id":"half a pa');
    const run = await runImport('lighter.csv', 'lighter', dir);
    expect(run.stderr).toEqual([
      `import: removed ${dir}/pack.json.tmp-${gone.pid}, left by an import that was interrupted`,
    ]);
    expect(run.code).toBe(0);
    expect(filesIn(dir)).toEqual(['pack.json']);
  });
});

describe('validate', () => {
  it('refuses a record whose source URL is not http: or https:', () => {
    const record = { id: 'x-1', provenance: { url: 'javascript:alert(1)' } };
    const pack = { id: 'x', lists: [record], tiers: [], matters: [] } as unknown as Pack;
    expect(urlsCheck.run({ laws: [], packs: [pack] })).toEqual([
      {
        record: 'x-1',
        field: 'provenance.url',
        message: 'must be an https: or http: address, got javascript:',
      },
    ]);
  });
});
