// The page's engine is built from the dataset without its tiers and chapter headings: over the corpus and the bundled
// data, its scans equal those of the engine built from the whole dataset, marks included.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../data/engine/index.ts';
import { createLookup } from '../../data/engine/lookup.ts';
import { listsApplyFor, marksOf } from '../../extension/highlight/marks.ts';
import { scanData, tiersByPack, withTiers } from '../../extension/lib/scan-data.ts';
import { engineData } from '../../scripts/lib/engine.ts';
import { DATA } from '../fixtures/corpus/engine-data.ts';

const corpus = (name: string) => join(import.meta.dirname, '../fixtures/corpus', name);
const TEXTS: { text: string; asOf?: string }[] = [
  ...(JSON.parse(readFileSync(corpus('decisions.json'), 'utf8')) as { text: string; asOf: string }[]),
  ...(JSON.parse(readFileSync(corpus('mentions.json'), 'utf8')) as { text: string }[]),
  { text: readFileSync(corpus('decision-sample.txt'), 'utf8') },
];

describe.each([
  ['bundled dataset', engineData(undefined, { search: false })],
  ['corpus dataset', DATA],
])('scanning with the tiers left out (%s)', (_name, full) => {
  const reduced = scanData(full);
  const whole = createEngine(full);
  const page = createEngine(reduced);

  it('leaves out the tiers and chapter headings and keeps the rest', () => {
    expect(full.packs.some((p) => p.tiers.length > 0)).toBe(true);
    expect(reduced.packs.every((p) => p.tiers.length === 0)).toBe(true);
    expect(full.laws.some((v) => v.articles.some((a) => a.chapter !== null))).toBe(true);
    expect(reduced.laws.every((v) => v.articles.every((a) => a.chapter === null))).toBe(true);
    expect(reduced.laws.map((v) => v.articles.map((a) => a.paragraphs))).toEqual(
      full.laws.map((v) => v.articles.map((a) => a.paragraphs)),
    );
    expect(reduced.packs.map((p) => p.lists)).toEqual(full.packs.map((p) => p.lists));
  });

  it('finds the same references, fines, mentions and marks in every corpus text', () => {
    let found = 0;
    for (const { text, asOf } of TEXTS) {
      const options = { asOf: asOf ?? '2024-07-01' };
      const a = whole.scan(text, options);
      const b = page.scan(text, options);
      expect(b).toEqual(a);
      expect(marksOf(b, listsApplyFor(page, b.asOf))).toEqual(marksOf(a, listsApplyFor(whole, a.asOf)));
      found += a.references.length + a.fines.length + a.mentions.length;
    }
    expect(found).toBeGreaterThan(TEXTS.length);
  });

  it("gives the card the whole dataset's lookups once the tiers are put back", () => {
    const card = createLookup(withTiers(reduced, JSON.parse(JSON.stringify(tiersByPack(full)))));
    const asOf = '2024-07-01';
    let tiers = 0;
    for (const pack of full.packs) {
      for (const m of pack.matters) {
        const x = card.explainMatter(m.id, asOf);
        expect(x).toEqual(whole.explainMatter(m.id, asOf));
        tiers += x?.tiers.length ?? 0;
        for (const ref of [m.penalty, ...m.violated]) {
          expect(card.provisionText(ref, asOf)).toEqual(whole.provisionText(ref, asOf));
          expect(card.cite(ref)).toBe(whole.cite(ref));
        }
      }
    }
    expect(tiers).toBeGreaterThan(0);
  });
});
