// `import-laws [--laws DIR]`: regenerates data/laws (every version) and data/matters (derived from the
// penalty articles) from the statute texts, then the packs generated from the matters, so the dataset is
// consistent after one command. The result is committed; the product never reads DIR.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deriveMatters } from '../data/derive-matters.ts';
import { importLaws } from '../data/import-laws.ts';
import { RENAMES_FILE } from '../data/load.ts';
import { matterFiles } from '../data/matter-files.ts';
import { canonicalJson, LAWS_DIR, MATTERS_DIR, sourceLawsDir } from '../data/paths.ts';
import { writeJsonDir } from '../data/write.ts';
import { parseArgs } from '../lib/args.ts';
import type { Command } from '../lib/command.ts';
import { regeneratePacks } from '../lists/regenerate.ts';

function currentMatterIds(): Set<string> {
  if (!existsSync(MATTERS_DIR)) return new Set();
  const ids = readdirSync(MATTERS_DIR)
    .filter((f) => f.endsWith('.json') && f !== RENAMES_FILE)
    .flatMap((f) =>
      (JSON.parse(readFileSync(join(MATTERS_DIR, f), 'utf8')) as { id: string }[]).map((m) => m.id),
    );
  return new Set(ids);
}

const command: Command = {
  name: 'import-laws',
  summary:
    'regenerate data/laws, data/matters and the generated packs from the statute texts (data/sources/laws)',
  usage: 'npm run -s cli -- import-laws [--laws DIR]   (or DL_LAWS_DIR=DIR)',
  async run(args) {
    const { values } = parseArgs(args, { laws: { type: 'string' } });
    const dir = sourceLawsDir(values.laws);
    if (!existsSync(join(dir, 'MANIFEST.json')) || !existsSync(join(dir, 'newer', 'MANIFEST.json'))) {
      console.error(
        `import-laws: ${dir} holds no statute texts (MANIFEST.json and newer/MANIFEST.json); nothing written`,
      );
      return 1;
    }
    // Everything is read and checked before anything is written: a bad source file changes nothing.
    const laws = importLaws(dir);
    const lawFiles = new Map(laws.map((l) => [`${l.id}.json`, l]));
    const lawReport = writeJsonDir(LAWS_DIR, lawFiles);
    console.log(
      `laws: ${laws.length} versions from ${dir} (${lawReport.written} written, ${lawReport.unchanged} unchanged, ${lawReport.removed} removed)`,
    );
    const { matters, skipped } = deriveMatters(laws);
    const before = currentMatterIds();
    const files: Map<string, unknown> = matterFiles(matters);
    const renames = join(MATTERS_DIR, RENAMES_FILE);
    // Retired ids are mapped by hand (validate checks the map); keep the file, create it empty once.
    if (!existsSync(renames)) writeFileSync(renames, canonicalJson({}));
    files.set(RENAMES_FILE, undefined);
    const matterReport = writeJsonDir(MATTERS_DIR, files, new Set([RENAMES_FILE]));
    console.log(
      `matters: ${matters.length} in ${files.size - 1} files (${matterReport.written} written, ${matterReport.unchanged} unchanged, ${matterReport.removed} removed)`,
    );
    for (const s of skipped) console.log(`  not a matter: ${s.at}: ${s.reason}`);
    // The generated packs (derived tiers, correction-first items) follow the matters in the same run.
    const packs = regeneratePacks({ check: false });
    for (const line of packs.lines) console.log(`packs: ${line}`);
    for (const e of packs.errors) console.error(`import-laws: packs not regenerated: ${e}`);
    // Ids are stable; one that disappears must be mapped in matters/renames.json if a matter replaces it.
    const now = new Set(matters.map((m) => m.id));
    const retired = [...before].filter((id) => !now.has(id));
    if (retired.length)
      console.log(
        `retired ids (map them in ${RENAMES_FILE} if a matter replaces them): ${retired.join(', ')}`,
      );
    return packs.errors.length > 0 ? 1 : 0;
  },
};

export default command;
