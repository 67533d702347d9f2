// `import-laws [--laws DIR]`: regenerates data/laws (every version) and data/matters (derived from the
// penalty articles) from the statute texts. The result is committed; the product never reads DIR.
import { importLaws } from '../data/import-laws.ts';
import { LAWS_DIR, sourceLawsDir } from '../data/paths.ts';
import { writeJsonDir } from '../data/write.ts';
import { parseArgs } from '../lib/args.ts';
import type { Command } from '../lib/command.ts';

const command: Command = {
  name: 'import-laws',
  summary: 'regenerate data/laws and data/matters from the statute texts (../shared/laws)',
  usage: 'npm run -s cli -- import-laws [--laws DIR]   (or DL_LAWS_DIR=DIR)',
  async run(args) {
    const { values } = parseArgs(args, { laws: { type: 'string' } });
    const dir = sourceLawsDir(values.laws);
    const laws = importLaws(dir);
    const lawFiles = new Map(laws.map((l) => [`${l.id}.json`, l]));
    const lawReport = writeJsonDir(LAWS_DIR, lawFiles);
    console.log(
      `laws: ${laws.length} versions from ${dir} (${lawReport.written} written, ${lawReport.unchanged} unchanged, ${lawReport.removed} removed)`,
    );
    return 0;
  },
};

export default command;
