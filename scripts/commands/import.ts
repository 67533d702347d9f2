// `cli import <file.xlsx|file.csv> --list … --issuer … --doc-number … --date … --url … --out <dir>`:
// a city's official table → a pack that `cli validate --pack <dir>` accepts. Any bad row writes nothing
// unless --skip-bad. Whatever goes wrong is one line (`row N, column X: why` or `<file>: why`); --debug
// adds the stack of an unexpected error. Cell text is printed with control characters escaped.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Pack } from '../../data/engine/model.ts';
import { urlProblem } from '../data/checks/urls.ts';
import { loadDataset } from '../data/load.ts';
import { DEFAULT_LIMITS, LIMIT_FLAGS, type Limits, SheetError } from '../import/cells.ts';
import { formatProblem, IMPORT_LISTS, type ImportList, importGrid } from '../import/records.ts';
import { forTerminal } from '../import/safe-text.ts';
import { readGrid } from '../import/sheet.ts';
import { packExists, sweepStale, writePack } from '../import/write-pack.ts';
import { isoDate, parseArgs } from '../lib/args.ts';
import { type Command, UsageError } from '../lib/command.ts';
import { corpusOf } from '../lists/corpus.ts';

const LIST_NAMES: Record<ImportList, string> = {
  'no-penalty': '不予处罚清单',
  lighter: '从轻处罚清单',
  mitigated: '减轻处罚清单',
  'coercion-exempt': '免予行政强制清单',
  benchmark: '行政处罚裁量基准',
};

const command: Command = {
  name: 'import',
  summary: "import a city's official list or benchmark table (.xlsx/.csv) as a pack",
  usage: [
    'import <file.xlsx|file.csv> --list no-penalty|lighter|mitigated|coercion-exempt|benchmark',
    '       --issuer <text> --doc-number <text> --date <YYYY-MM-DD> --url <url> --out <dir>',
    '       [--effective <YYYY-MM-DD>] [--id <pack id>] [--title <text>] [--sheet <name|n>] [--skip-bad] [--force]',
    `       [--max-rows <n>] [--max-columns <n>] [--max-cell-chars <n>] [--max-mb <n>] [--debug]`,
    `       limits by default: ${DEFAULT_LIMITS.rows} rows, ${DEFAULT_LIMITS.columns} columns, ${DEFAULT_LIMITS.cellChars} characters a cell, ${DEFAULT_LIMITS.bytes / 1e6} MB`,
  ].join('\n'),
  async run(args) {
    const { values, positionals } = parseArgs(args, {
      list: { type: 'string' },
      issuer: { type: 'string' },
      'doc-number': { type: 'string' },
      date: { type: 'string' },
      effective: { type: 'string' },
      url: { type: 'string' },
      out: { type: 'string' },
      id: { type: 'string' },
      title: { type: 'string' },
      sheet: { type: 'string' },
      'skip-bad': { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      'max-rows': { type: 'string' },
      'max-columns': { type: 'string' },
      'max-cell-chars': { type: 'string' },
      'max-mb': { type: 'string' },
      debug: { type: 'boolean', default: false },
    });
    const [file, ...extra] = positionals;
    if (!file || extra.length > 0) throw new UsageError('expected exactly one spreadsheet file');
    const list = values.list as ImportList | undefined;
    if (!list || !IMPORT_LISTS.includes(list))
      throw new UsageError(`--list must be one of ${IMPORT_LISTS.join(', ')}`);
    const required = {
      issuer: values.issuer,
      'doc-number': values['doc-number'],
      date: values.date,
      out: values.out,
    };
    for (const [flag, value] of Object.entries(required)) {
      if (!value?.trim()) throw new UsageError(`--${flag} is required`);
    }
    if (!values.url?.trim())
      throw new UsageError('--url is required: an official record names where it was published');
    const badUrl = urlProblem(values.url.trim());
    if (badUrl) throw new UsageError(`--url ${badUrl}`);
    const limits = { ...DEFAULT_LIMITS };
    for (const key of Object.keys(LIMIT_FLAGS) as (keyof Limits)[]) {
      const flag = LIMIT_FLAGS[key];
      const given = values[flag.slice(2) as 'max-rows'];
      if (given === undefined) continue;
      const n = Number(given);
      if (!Number.isInteger(n) || n <= 0) throw new UsageError(`${flag} must be a positive whole number`);
      limits[key] = key === 'bytes' ? n * 1e6 : n;
    }
    const date = isoDate(values.date, '--date') as string;
    const effective = isoDate(values.effective, '--effective');
    const out = values.out as string;
    const packId = values.id ?? basename(out).toLowerCase();
    if (!/^[a-z0-9][a-z0-9-]*$/.test(packId)) {
      throw new UsageError(
        `pack id "${packId}" must be a lowercase slug: pass --id or name the --out directory so`,
      );
    }
    for (const name of sweepStale(out))
      say(`import: removed ${out}/${name}, left by an import that was interrupted`);
    if (packExists(out) && !values.force) {
      say(`import: ${out}/pack.json exists; pass --force to replace it`);
      return 1;
    }

    let grid: ReturnType<typeof readGrid>;
    try {
      grid = readGrid(file, values.sheet, limits);
    } catch (error) {
      if (error instanceof SheetError) {
        say(`import: ${error.message}; nothing written`);
        return 1;
      }
      say(`import: ${file}: could not be read (${(error as Error).message}); nothing written`);
      if (values.debug) console.error((error as Error).stack);
      else say('import: --debug shows where it failed');
      return 1;
    }
    for (const w of grid.warnings) say(`warning: ${w}`);
    const corpus = corpusOf(loadDataset());
    const result = importGrid(
      grid.rows,
      {
        list,
        packId,
        issuer: (values.issuer as string).trim(),
        docNumber: (values['doc-number'] as string).trim(),
        date,
        url: values.url.trim(),
        ...(effective ? { effective } : {}),
      },
      corpus,
      (done, total) => process.stderr.write(`import: ${done}/${total} rows\n`),
    );
    for (const w of result.warnings) say(`warning: ${formatProblem(w)}`);
    for (const p of result.problems) say(formatProblem(p));
    const imported = result.lists.length + result.tiers.length;
    const badRows = new Set(result.problems.map((p) => p.row)).size;
    if (result.rows === 0 && result.problems.length > 0) {
      say('import: nothing written');
      return 1;
    }
    if (result.problems.length > 0 && !values['skip-bad']) {
      say(
        `import: ${badRows} bad row(s) of ${result.rows}; nothing written (--skip-bad imports the good rows)`,
      );
      return 1;
    }
    if (imported === 0) {
      say('import: no rows to import; nothing written');
      return 1;
    }
    const sha256 = createHash('sha256').update(readFileSync(file)).digest('hex');
    const pack: Pack = {
      id: packId,
      title: values.title ?? `${values.issuer?.trim()} ${LIST_NAMES[list]}`,
      version: effective ?? date,
      asOf: effective ?? date,
      matters: [],
      tiers: result.tiers,
      lists: result.lists,
      renames: {},
      notes: [
        `Imported from ${basename(file)} (sha256 ${sha256}) as ${LIST_NAMES[list]}: ${values.issuer?.trim()} ${values['doc-number']?.trim()}, ${date}.`,
        ...(badRows > 0 ? [`${badRows} bad row(s) of ${result.rows} left out (--skip-bad).`] : []),
      ],
    };
    const path = await writePack(out, pack);
    console.log(
      `import: wrote ${path}: ${imported} record(s) from ${result.rows} row(s)${badRows ? `, ${badRows} bad row(s) skipped` : ''}`,
    );
    return 0;
  },
};

/** One line on stderr, with anything a cell could smuggle into the terminal escaped. */
function say(line: string): void {
  console.error(forTerminal(line));
}

export default command;
