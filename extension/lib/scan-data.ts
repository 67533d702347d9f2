// What a page needs to scan: the dataset without the discretion tiers, which a scan reads only when
// asked to check one chosen tier (the lens never asks), nor the chapter headings of articles. That
// is half the dataset, and handing it to the page is most of the wait for the first highlight; the
// card loads the whole dataset (test/unit/extension-scan-data.test.ts checks that scans agree).
import type { EngineData } from '../../data/engine/api.ts';
import type { Tier } from '../../data/engine/model.ts';

export function scanData(data: EngineData): EngineData {
  const packs = data.packs.map((p) => ({ ...p, tiers: [] }));
  const laws = data.laws.map((v) => ({ ...v, articles: v.articles.map((a) => ({ ...a, chapter: null })) }));
  return data.synonyms ? { laws, packs, synonyms: data.synonyms } : { laws, packs };
}

/** The tiers scanData leaves out, by pack id. */
export function tiersByPack(data: EngineData): Record<string, Tier[]> {
  return Object.fromEntries(data.packs.map((p) => [p.id, p.tiers]));
}

/** The scan data with the tiers put back: what the card's lookups read, sharing the scan's records. */
export function withTiers(scan: EngineData, tiers: Record<string, Tier[]>): EngineData {
  return { ...scan, packs: scan.packs.map((p) => ({ ...p, tiers: tiers[p.id] ?? [] })) };
}
