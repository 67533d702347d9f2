// What a page needs to scan: the dataset without the discretion tiers, which a scan reads only when
// asked to check one chosen tier (the lens never asks), nor the chapter headings of articles. That
// is half the dataset, and handing it to the page is most of the wait for the first highlight; the
// card loads the whole dataset (test/unit/extension-scan-data.test.ts checks that scans agree).
import type { EngineData } from '../../data/engine/api.ts';

export function scanData(data: EngineData): EngineData {
  const packs = data.packs.map((p) => ({ ...p, tiers: [] }));
  const laws = data.laws.map((v) => ({ ...v, articles: v.articles.map((a) => ({ ...a, chapter: null })) }));
  return data.synonyms ? { laws, packs, synonyms: data.synonyms } : { laws, packs };
}
