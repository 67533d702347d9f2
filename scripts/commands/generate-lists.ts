// `cli generate-lists [--check]`: regenerates data/packs/national and data/packs/tongliao-illustrative from
// the hand-written sources (scripts/lists/sources/) and the matters. --check only reports whether the
// committed packs are up to date.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDataset } from '../data/load.ts';
import { canonicalJson, PACKS_DIR } from '../data/paths.ts';
import { packPath, writePack } from '../import/write-pack.ts';
import { parseArgs } from '../lib/args.ts';
import type { Command } from '../lib/command.ts';
import { buildNationalPack, buildTongliaoPack } from '../lists/build-packs.ts';
import { corpusOf } from '../lists/corpus.ts';
import { SpecError } from '../lists/spec.ts';

const GENERATED = ['national', 'tongliao-illustrative'];

const command: Command = {
  name: 'generate-lists',
  summary: 'regenerate the national and the illustrative 通辽 packs (lists and tiers)',
  usage: 'generate-lists [--check]',
  async run(args) {
    const { values } = parseArgs(args, { check: { type: 'boolean', default: false } });
    // Only the laws and the matters feed the packs, so problems in the packs being regenerated do not
    // stop their regeneration; problems anywhere else do.
    const { dataset, problems } = readDataset();
    const blocking = problems.filter((p) => !GENERATED.some((id) => p.file?.startsWith(join(PACKS_DIR, id))));
    if (blocking.length > 0) {
      for (const p of blocking.slice(0, 20)) console.error(`${p.record} ${p.field}: ${p.message}`);
      console.error('generate-lists: the laws or matters do not load; run `cli validate`');
      return 1;
    }
    const corpus = corpusOf(dataset);
    let packs: ReturnType<typeof buildNationalPack>[];
    try {
      packs = [buildNationalPack(corpus), buildTongliaoPack(corpus)];
    } catch (error) {
      if (!(error instanceof SpecError)) throw error;
      console.error(`generate-lists: ${error.message}`);
      return 1;
    }
    let stale = 0;
    for (const pack of packs) {
      const dir = join(PACKS_DIR, pack.id);
      const path = packPath(dir);
      const current = existsSync(path) ? readFileSync(path, 'utf8') : null;
      const fresh = canonicalJson(pack);
      if (current === fresh) {
        console.log(`${path}: up to date (${pack.lists.length} list items, ${pack.tiers.length} tiers)`);
        continue;
      }
      if (values.check) {
        console.error(`${path}: out of date; run \`npm run -s cli -- generate-lists\``);
        stale += 1;
        continue;
      }
      writePack(dir, pack);
      console.log(`${path}: written (${pack.lists.length} list items, ${pack.tiers.length} tiers)`);
    }
    return stale > 0 ? 1 : 0;
  },
};

export default command;
