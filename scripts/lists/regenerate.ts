// Regenerates the packs this project writes itself (national, tongliao-illustrative) from their sources and
// the matters on disk. `generate-lists` runs it, and so does `import-laws` after it rewrites the matters,
// so the committed dataset never holds packs derived from older matters.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDataset } from '../data/load.ts';
import { canonicalJson, PACKS_DIR } from '../data/paths.ts';
import { packPath, writePack } from '../import/write-pack.ts';
import { buildNationalPack, buildTongliaoPack } from './build-packs.ts';
import { corpusOf } from './corpus.ts';
import { SpecError } from './spec.ts';

export const GENERATED_PACKS = ['national', 'tongliao-illustrative'];

export interface Regeneration {
  /** One line per pack: up to date, written, or (with `check`) out of date. */
  lines: string[];
  /** Why nothing could be generated; empty when it could. */
  errors: string[];
  /** Packs that differ from what their sources give (with `check`, left as they are). */
  stale: number;
}

export function regeneratePacks(options: { check: boolean }): Regeneration {
  const lines: string[] = [];
  // Only the laws and the matters feed the packs, so problems in the packs being regenerated do not
  // stop their regeneration; problems anywhere else do.
  const { dataset, problems } = readDataset();
  const blocking = problems.filter(
    (p) => !GENERATED_PACKS.some((id) => p.file?.startsWith(join(PACKS_DIR, id))),
  );
  if (blocking.length > 0) {
    return {
      lines,
      errors: [
        ...blocking.slice(0, 20).map((p) => `${p.record} ${p.field}: ${p.message}`),
        'the laws or matters do not load; run `cli validate`',
      ],
      stale: 0,
    };
  }
  const corpus = corpusOf(dataset);
  let packs: ReturnType<typeof buildNationalPack>[];
  try {
    packs = [buildNationalPack(corpus), buildTongliaoPack(corpus)];
  } catch (error) {
    if (!(error instanceof SpecError)) throw error;
    return { lines, errors: [error.message], stale: 0 };
  }
  let stale = 0;
  for (const pack of packs) {
    const dir = join(PACKS_DIR, pack.id);
    const path = packPath(dir);
    const current = existsSync(path) ? readFileSync(path, 'utf8') : null;
    const counts = `${pack.lists.length} list items, ${pack.tiers.length} tiers`;
    if (current === canonicalJson(pack)) {
      lines.push(`${path}: up to date (${counts})`);
    } else if (options.check) {
      lines.push(`${path}: out of date; run \`npm run -s cli -- generate-lists\``);
      stale += 1;
    } else {
      writePack(dir, pack);
      lines.push(`${path}: written (${counts})`);
    }
  }
  return { lines, errors: [], stale };
}
