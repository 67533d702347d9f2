// `validate [--pack DIR]… [--fix] [--laws DIR]`: every record, reference and quotation of the dataset.
import { relative } from 'node:path';
import { REPO_ROOT, sourceLawsDir } from '../data/paths.ts';
import { validateData } from '../data/validate.ts';
import { parseArgs } from '../lib/args.ts';
import type { Command } from '../lib/command.ts';

const command: Command = {
  name: 'validate',
  summary: 'check the dataset: schema, formatting, provisions, quotations, derived matters, ids',
  usage:
    'npm run -s cli -- validate [--pack DIR]... [--fix] [--laws DIR]\n' +
    '  --pack DIR  also validate an imported pack (DIR/pack.json) against the bundled laws and matters\n' +
    '  --fix       rewrite files into canonical formatting\n' +
    '  --laws DIR  statute texts to compare the bundled laws with (default data/sources/laws)',
  async run(args) {
    const { values } = parseArgs(args, {
      pack: { type: 'string', multiple: true },
      fix: { type: 'boolean' },
      laws: { type: 'string' },
    });
    const result = validateData({
      packDirs: values.pack ?? [],
      fix: values.fix ?? false,
      lawsSource: sourceLawsDir(values.laws),
    });
    for (const path of result.fixed) console.log(`fixed formatting: ${relative(REPO_ROOT, path)}`);
    const { laws, packs } = result.dataset;
    const summary = `${laws.length} law versions, ${packs.length} packs, ${packs.reduce((n, p) => n + p.matters.length, 0)} matters; checks: ${result.ran.join(', ')}`;
    if (result.problems.length === 0) {
      console.log(`validate: ok — ${summary}`);
      return 0;
    }
    for (const p of result.problems) {
      const where = p.file ? `${relative(REPO_ROOT, p.file)}: ` : '';
      console.error(`${where}${p.record} ${p.field}: ${p.message}`);
    }
    console.error(`validate: ${result.problems.length} problem(s) — ${summary}`);
    return 1;
  },
};

export default command;
