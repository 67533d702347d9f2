// The engine: one object built from the dataset, used by the CLI, the extension and the widget.
import type { Engine, EngineData, FineRangeView, ProvisionText, Scanner, ScanOptions } from './api.ts';
import { buildLawNames } from './law-names.ts';
import { provisionText as lawProvisionText } from './laws.ts';
import { isLighter } from './lighter.ts';
import { buildMatterIndex } from './matter-index.ts';
import { buildMentionIndex } from './mentions.ts';
import type { Basis, IsoDate, LawVersion, ListKind, ProvisionRef } from './model.ts';
import { intToChinese } from './numerals.ts';
import { createResolver } from './resolve.ts';
import { newState, type ScanDeps, scanText } from './scanner.ts';
import { createSearcher, type Searcher } from './search.ts';
import { buildSearchDocs } from './search-docs.ts';

export type { Engine, EngineData } from './api.ts';

const today = (): IsoDate => new Date().toISOString().slice(0, 10);
const DEFAULT_CITATION = '《{title}》{article}{paragraph}{item}';

export function createEngine(data: EngineData): Engine {
  const names = buildLawNames(data.laws);
  const resolver = createResolver(data.laws, isLighter);
  const matters = buildMatterIndex(data.packs);
  const renames = new Map<string, string>();
  for (const p of data.packs) for (const [from, to] of Object.entries(p.renames)) renames.set(from, to);
  const newest = new Map<string, LawVersion>();
  for (const v of data.laws) {
    const cur = newest.get(v.lawId);
    if (!cur || v.issued > cur.issued) newest.set(v.lawId, v);
  }
  const titleOf = (lawId: string) => newest.get(lawId)?.title ?? lawId;
  const deps: ScanDeps = {
    names,
    resolver,
    matters,
    mentions: buildMentionIndex(matters.matters.values(), data.synonyms ?? {}, (id) =>
      matters.listsOf(id).map((l) => l.title),
    ),
  };
  // The search index is built on first use: a page that only highlights never pays for it.
  let searcher: Searcher | null = null;
  const getSearcher = () => {
    searcher ??= createSearcher(data.searchIndex?.docs ?? buildSearchDocs(data), data.synonyms ?? {});
    return searcher;
  };

  const versionAt = (lawId: string, asOf: IsoDate): LawVersion | null =>
    resolver.resolve(lawId, { article: 1, paragraph: null, item: null }, { actDate: null, asOf, note: null })
      ?.version ?? null;

  const provisionText = (ref: ProvisionRef, asOf?: IsoDate): ProvisionText | null => {
    const version = versionAt(ref.lawId, asOf ?? today());
    if (!version) return null;
    const text = lawProvisionText(version, ref);
    return text === null ? null : { ref, lawTitle: version.title, version: version.issued, text };
  };

  const cite = (ref: ProvisionRef, template = DEFAULT_CITATION): string =>
    template
      .replace('{title}', titleOf(ref.lawId))
      .replace('{article}', `第${intToChinese(ref.article)}条`)
      .replace('{paragraph}', ref.paragraph ? `第${intToChinese(ref.paragraph)}款` : '')
      .replace('{item}', ref.item ? `第（${intToChinese(ref.item)}）项` : '');

  const createScanner = (options: ScanOptions = {}): Scanner => {
    const state = newState();
    return {
      scan: (text) => scanText(text, options, deps, state),
      // Sentences outside the edit are found in the cache by their text, so the edited range is a
      // hint the cache does not need; it is accepted for callers that track it.
      update: (text, changeStart, changeEnd) => {
        if (changeStart < 0 || changeEnd < changeStart || changeEnd > text.length) {
          throw new RangeError(
            `edit range [${changeStart}, ${changeEnd}) is outside the text (${text.length})`,
          );
        }
        return scanText(text, options, deps, state);
      },
    };
  };

  return {
    scan: (text, options = {}) => scanText(text, options, deps, newState()),
    createScanner,
    search: (query, options) => getSearcher().search(query, options),
    provisionText,
    cite,
    explainMatter(matterId, asOf) {
      const id = renames.get(matterId) ?? matterId;
      const matter = matters.matters.get(id);
      if (!matter) return null;
      const date = asOf ?? today();
      const penalty = provisionText(matter.penalty, date);
      if (!penalty) return null;
      const fines: FineRangeView[] = matter.statutory.fines.map((f) => ({
        condition: f.condition,
        kind: f.kind,
        base: f.base,
        min: f.min,
        max: f.max,
        perUnit: f.perUnit,
      }));
      return {
        matter,
        asOf: date,
        violated: matter.violated
          .map((r) => provisionText(r, date))
          .filter((p): p is ProvisionText => p !== null),
        penalty,
        fines,
        tiers: matters.tiersOf(id),
        lists: matters.listsOf(id),
        citation: cite(matter.penalty),
      };
    },
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
