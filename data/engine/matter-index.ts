// Matters, tiers and list items of all packs, indexed by the provisions they rest on.
import type { IsoDate, ListItem, Matter, Pack, ProvisionRef, Tier } from './model.ts';

export interface MatterIndex {
  matters: Map<string, Matter>;
  tiersOf(matterId: string): Tier[];
  listsOf(matterId: string): ListItem[];
  /** Lists items that name no matter (their title says what they cover). */
  looseListItems: ListItem[];
  tier(id: string): Tier | null;
  /** Matters whose violated (or penalty) provision a reference points at, read from `lawVersion`. */
  byProvision(
    ref: ProvisionRef,
    role: 'violated' | 'penalty' | 'any',
    lawVersion: string | null,
    date: IsoDate,
  ): Matter[];
}

/**
 * Does the cited provision `ref` point at `p`? A citation without 款/项 covers all of them; a cited
 * 项 must be the provision's item unless the provision is the whole article.
 */
export function covers(ref: Omit<ProvisionRef, 'lawId'>, p: ProvisionRef): boolean {
  if (ref.article !== p.article) return false;
  if (ref.paragraph !== null && p.paragraph !== null && ref.paragraph !== p.paragraph) return false;
  if (ref.item !== null) {
    if (p.item !== null) return p.item === ref.item;
    return p.paragraph === null || ref.paragraph !== null;
  }
  return true;
}

function validOn(v: { from: IsoDate; to: IsoDate | null }, date: IsoDate): boolean {
  return v.from <= date && (v.to === null || date < v.to);
}

// biome-ignore lint/complexity/noExcessiveCognitiveComplexity: one pass over the packs fills every index together; split, each part would walk the packs again
export function buildMatterIndex(packs: Pack[]): MatterIndex {
  const matters = new Map<string, Matter>();
  const tiers = new Map<string, Tier[]>();
  const tierById = new Map<string, Tier>();
  const lists = new Map<string, ListItem[]>();
  const loose: ListItem[] = [];
  const byArticle = new Map<string, Matter[]>();
  for (const pack of packs) {
    for (const m of pack.matters) {
      if (matters.has(m.id)) continue;
      matters.set(m.id, m);
      const keys = new Set([m.penalty, ...m.violated].map((p) => `${p.lawId}#${p.article}`));
      for (const key of keys) {
        const list = byArticle.get(key);
        if (list) list.push(m);
        else byArticle.set(key, [m]);
      }
    }
  }
  for (const pack of packs) {
    for (const t of pack.tiers) {
      tierById.set(t.id, t);
      const list = tiers.get(t.matterId);
      if (list) list.push(t);
      else tiers.set(t.matterId, [t]);
    }
    for (const item of pack.lists) {
      if (item.matterIds.length === 0) loose.push(item);
      for (const id of item.matterIds) {
        const list = lists.get(id);
        if (list) list.push(item);
        else lists.set(id, [item]);
      }
    }
  }
  return {
    matters,
    tiersOf: (id) => tiers.get(id) ?? [],
    listsOf: (id) => lists.get(id) ?? [],
    looseListItems: loose,
    tier: (id) => tierById.get(id) ?? null,
    byProvision(ref, role, lawVersion, date) {
      const candidates = byArticle.get(`${ref.lawId}#${ref.article}`) ?? [];
      const hits = candidates.filter((m) => {
        const provisions =
          role === 'penalty' ? [m.penalty] : role === 'violated' ? m.violated : [m.penalty, ...m.violated];
        return provisions.some((p) => p.lawId === ref.lawId && covers(ref, p));
      });
      // Matters read from the version applied; else those valid on the date (a matter kept across
      // versions whose provision did not change).
      const sameVersion = lawVersion ? hits.filter((m) => m.lawVersion === lawVersion) : [];
      if (sameVersion.length) return sameVersion;
      return hits.filter((m) => validOn(m.validity, date));
    },
  };
}
