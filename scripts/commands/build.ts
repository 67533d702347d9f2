// `build [--out DIR]`: the data packs only (npm run build also builds the extension and the widget).
import { relative, resolve } from 'node:path';
import { buildData } from '../data/build.ts';
import { REPO_ROOT } from '../data/paths.ts';
import { parseArgs } from '../lib/args.ts';
import type { Command } from '../lib/command.ts';

const command: Command = {
  name: 'build',
  summary: 'write content-hashed data files and manifest.json to .output/data (and a widget flavour)',
  usage: 'npm run -s cli -- build [--out DIR]   (default .output/data)',
  async run(args) {
    const { values } = parseArgs(args, { out: { type: 'string' } });
    const out = resolve(REPO_ROOT, values.out ?? '.output/data');
    const { full, widget } = await buildData(out);
    for (const [label, m] of [
      ['full', full],
      ['widget', widget],
    ] as const) {
      const bytes = m.files.reduce((n, f) => n + f.bytes, 0);
      console.log(`${label}: ${m.files.map((f) => f.name).join(', ')} (${Math.round(bytes / 1024)} KiB)`);
    }
    console.log(`dataset ${full.datasetVersion} → ${relative(REPO_ROOT, out)}`);
    return 0;
  },
};

export default command;
