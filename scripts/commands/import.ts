// `cli import <file.xlsx|file.csv> --list … --issuer … --doc-number … --date … --url … --out <dir>`:
// a city's official table → a pack that `cli validate --pack <dir>` accepts. Any bad row writes nothing
// unless --skip-bad.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Pack } from '../../data/engine/model.ts';
import { loadDataset } from '../data/load.ts';
import { formatProblem, IMPORT_LISTS, type ImportList, importGrid } from '../import/records.ts';
import { readGrid, SheetError } from '../import/sheet.ts';
import { packExists, writePack } from '../import/write-pack.ts';
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
    try {
      new URL(values.url);
    } catch {
      throw new UsageError(`--url must be a URL, got "${values.url}"`);
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
    if (packExists(out) && !values.force) {
      console.error(`import: ${out}/pack.json exists; pass --force to replace it`);
      return 1;
    }

    let grid: Awaited<ReturnType<typeof readGrid>>;
    try {
      grid = await readGrid(file, values.sheet);
    } catch (error) {
      if (error instanceof SheetError) {
        console.error(`import: ${error.message}`);
        return 1;
      }
      throw error;
    }
    const corpus = corpusOf(loadDataset());
    const result = importGrid(
      grid,
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
    for (const w of result.warnings) console.error(`warning: ${formatProblem(w)}`);
    for (const p of result.problems) console.error(formatProblem(p));
    const imported = result.lists.length + result.tiers.length;
    const badRows = new Set(result.problems.map((p) => p.row)).size;
    if (result.rows === 0 && result.problems.length > 0) {
      console.error('import: nothing written');
      return 1;
    }
    if (result.problems.length > 0 && !values['skip-bad']) {
      console.error(
        `import: ${badRows} bad row(s) of ${result.rows}; nothing written (--skip-bad imports the good rows)`,
      );
      return 1;
    }
    if (imported === 0) {
      console.error('import: no rows to import; nothing written');
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
    const path = writePack(out, pack);
    console.log(
      `import: wrote ${path}: ${imported} record(s) from ${result.rows} row(s)${badRows ? `, ${badRows} bad row(s) skipped` : ''}`,
    );
    return 0;
  },
};

export default command;
