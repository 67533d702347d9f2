// `cli generate-lists [--check]`: regenerates data/packs/national and data/packs/tongliao-illustrative from
// the hand-written sources (scripts/lists/sources/) and the matters. --check only reports whether the
// committed packs are up to date. `import-laws` does the same after rewriting the matters.
import { parseArgs } from '../lib/args.ts';
import type { Command } from '../lib/command.ts';
import { regeneratePacks } from '../lists/regenerate.ts';

const command: Command = {
  name: 'generate-lists',
  summary: 'regenerate the national and the illustrative 通辽 packs (lists and tiers)',
  usage: 'generate-lists [--check]',
  async run(args) {
    const { values } = parseArgs(args, { check: { type: 'boolean', default: false } });
    const { lines, errors, stale } = regeneratePacks({ check: values.check });
    for (const e of errors) console.error(`generate-lists: ${e}`);
    if (errors.length > 0) return 1;
    for (const line of lines) (line.includes('out of date') ? console.error : console.log)(line);
    return stale > 0 ? 1 : 0;
  },
};

export default command;
