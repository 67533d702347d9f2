// The generated packs (national, tongliao-illustrative) equal what their sources and the current matters
// give: derived tiers and correction-first items are re-derived, like the matters' ranges are.

import { buildNationalPack, buildTongliaoPack } from '../../lists/build-packs.ts';
import { corpusOf } from '../../lists/corpus.ts';
import { SpecError } from '../../lists/spec.ts';
import type { Check, Problem } from './types.ts';

/** JSON with object keys sorted: loading through the schema may reorder keys. */
function sortedJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

export const generatedPacksCheck: Check = {
  name: 'generated-packs',
  run(dataset) {
    const problems: Problem[] = [];
    const corpus = corpusOf(dataset);
    for (const build of [buildNationalPack, buildTongliaoPack]) {
      let fresh: ReturnType<typeof build>;
      try {
        fresh = build(corpus);
      } catch (error) {
        if (!(error instanceof SpecError)) throw error;
        problems.push({ record: build.name, field: '(sources)', message: error.message });
        continue;
      }
      const committed = dataset.packs.find((p) => p.id === fresh.id);
      // The national pack carries the matters once loaded; compare what generate-lists writes, in any key order.
      const strip = (p: typeof fresh) => sortedJson({ ...p, matters: [], renames: {} });
      if (!committed || strip(committed) !== strip(fresh)) {
        problems.push({
          record: `pack:${fresh.id}`,
          field: '(pack)',
          message: 'differs from its sources and the current matters; run `npm run -s cli -- generate-lists`',
        });
      }
    }
    return problems;
  },
};
