// The engine: one object built from the dataset, used by the CLI, the extension and the widget.
import type { Engine, EngineData, Scanner, ScanOptions } from './api.ts';
import { buildDocumentIndex } from './doc-numbers.ts';
import { buildLawNames } from './law-names.ts';
import { isLighter } from './lighter.ts';
import { createLookup } from './lookup.ts';
import { buildMatterIndex } from './matter-index.ts';
import { buildMentionIndex } from './mentions/index.ts';
import type { Basis, ListKind } from './model.ts';
import { createResolver } from './resolve.ts';
import { newState, prepareSentences, type ScanDeps, scanText } from './scanner.ts';

export type { Engine, EngineData } from './api.ts';

export function createEngine(data: EngineData): Engine {
  const names = buildLawNames(data.laws);
  const resolver = createResolver(data.laws, isLighter);
  const matters = buildMatterIndex(data.packs);
  const deps: ScanDeps = {
    names,
    resolver,
    matters,
    mentions: buildMentionIndex(matters.matters.values(), data.synonyms ?? {}, (id) =>
      matters.listsOf(id).map((l) => l.title),
    ),
    documents: buildDocumentIndex(data.packs.flatMap((p) => p.lists)),
  };
  const createScanner = (options: ScanOptions = {}): Scanner => {
    const state = newState();
    return {
      scan: (text) => scanText(text, options, deps, state),
      // Sentences the edit did not touch are reused by position (the range is checked against the
      // previous text); the context pass over them reuses its results while their context is unchanged.
      update: (text, changeStart, changeEnd) => {
        if (changeStart < 0 || changeEnd < changeStart || changeEnd > text.length) {
          throw new RangeError(
            `edit range [${changeStart}, ${changeEnd}) is outside the text (${text.length})`,
          );
        }
        return scanText(text, options, deps, state, { start: changeStart, end: changeEnd });
      },
      prepare: (text, more) => prepareSentences(text, state, deps, more),
    };
  };

  return {
    scan: (text, options = {}) => scanText(text, options, deps, newState()),
    createScanner,
    ...createLookup(data, { resolver, matters }),
    stats() {
      const listItems: Record<ListKind, number> = {
        'no-penalty': 0,
        lighter: 0,
        mitigated: 0,
        'coercion-exempt': 0,
      };
      const basis: Record<Basis, number> = { statute: 0, official: 0, derived: 0, illustrative: 0 };
      let tiers = 0;
      for (const p of data.packs) {
        for (const item of p.lists) {
          listItems[item.list]++;
          basis[item.basis]++;
        }
        for (const t of p.tiers) basis[t.basis]++;
        tiers += p.tiers.length;
      }
      for (const m of matters.matters.values()) basis[m.basis]++;
      return { lawVersions: data.laws.length, matters: matters.matters.size, listItems, tiers, basis };
    },
  };
}
