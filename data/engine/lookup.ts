// The engine's lookups — search, a matter explained, a provision's text, citations — without the
// scanner. createEngine adds scanning on top; the widget builds on this alone, so its bundle carries
// no recognizer (the widget's budget is ≤ 30 KB gzipped).
import type { Engine, EngineData, FineRangeView, ProvisionText } from './api.ts';
import { currencyOf } from './currency.ts';
import { todayInChina as today } from './dates.ts';
import { provisionText as lawProvisionText } from './laws.ts';
import { buildMatterIndex, type MatterIndex } from './matter-index.ts';
import type { IsoDate, LawVersion, ProvisionRef } from './model.ts';
import { intToChinese } from './numerals.ts';
import { createResolver, type Resolver } from './resolve.ts';
import { createSearcher, type Searcher } from './search.ts';
import { type ArticleSearch, createArticleSearch } from './search-articles.ts';
import { buildSearchDocs } from './search-docs.ts';

export type Lookup = Pick<Engine, 'search' | 'answer' | 'explainMatter' | 'provisionText' | 'cite'>;

/** What createEngine already built and shares with the lookups. */
export interface LookupParts {
  resolver: Resolver;
  matters: MatterIndex;
}

const DEFAULT_CITATION = '《{title}》{article}{paragraph}{item}';

export function createLookup(data: EngineData, parts?: LookupParts): Lookup {
  // Lookups resolve with no act date, where the resolver never compares two versions' penalties
  // (行政处罚法 第三十七条 is for scanned decisions), so a standalone lookup needs no lighter-than test.
  const resolver = parts?.resolver ?? createResolver(data.laws, () => null);
  const matters = parts?.matters ?? buildMatterIndex(data.packs);
  const renames = new Map<string, string>();
  for (const p of data.packs) for (const [from, to] of Object.entries(p.renames)) renames.set(from, to);
  const newest = new Map<string, LawVersion>();
  for (const v of data.laws) {
    const cur = newest.get(v.lawId);
    if (!cur || v.issued > cur.issued) newest.set(v.lawId, v);
  }
  const titleOf = (lawId: string) => newest.get(lawId)?.title ?? lawId;
  // The search index is built on first use: a page that only highlights never pays for it.
  let searcher: Searcher | null = null;
  const getSearcher = () => {
    searcher ??= createSearcher(
      data.searchIndex?.docs ?? buildSearchDocs(data),
      data.synonyms ?? {},
      data.searchIndex?.vocabulary ?? {
        ignore: data.vocabulary?.ignore ?? [],
        entries: (data.vocabulary?.entries ?? []).map((e) => ({ ...e, spelled: [] })),
      },
    );
    return searcher;
  };
  let articles: ArticleSearch | null = null;

  const versionAt = (lawId: string, asOf: IsoDate): LawVersion | null =>
    resolver.resolve(lawId, { article: 1, paragraph: null, item: null }, { actDate: null, asOf, note: null })
      ?.version ?? null;

  const provisionText = (ref: ProvisionRef, asOf?: IsoDate): ProvisionText | null => {
    const date = asOf ?? today();
    const version = versionAt(ref.lawId, date);
    if (!version) return null;
    const text = lawProvisionText(version, ref);
    if (text === null) return null;
    return {
      ref,
      lawTitle: version.title,
      version: version.issued,
      text,
      currency: currencyOf(data.laws, version, date),
    };
  };

  const cite = (ref: ProvisionRef, template = DEFAULT_CITATION): string =>
    template
      .replace('{title}', titleOf(ref.lawId))
      .replace('{article}', `第${intToChinese(ref.article)}条`)
      .replace('{paragraph}', ref.paragraph ? `第${intToChinese(ref.paragraph)}款` : '')
      .replace('{item}', ref.item ? `第（${intToChinese(ref.item)}）项` : '');

  return {
    search: (query, options) => getSearcher().search(query, options),
    answer(query, options = {}) {
      const s = getSearcher();
      const q = s.parse(query);
      const asOf = options.asOf ?? today();
      articles ??= createArticleSearch(data.laws);
      const named = articles.named(q, asOf);
      if (named) {
        return {
          results: s.cited(named.ref.lawId, named.ref.article, options),
          articles: [named],
          via: 'citation',
        };
      }
      const results = s.search(query, options);
      if (results.length > 0) return { results, articles: [], via: 'matters' };
      const mention = articles.find(q, asOf);
      return { results, articles: mention, via: mention.length > 0 ? 'articles' : 'none' };
    },
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
  };
}
