// The dataset's counts as `cli stats --json` prints them (other checks read this exact shape).
import type { Basis, ListKind } from '../../data/engine/model.ts';
import { BASES, LIST_KINDS, MAIN_DOMAINS } from '../../data/engine/vocabulary.ts';
import type { Dataset } from './checks/types.ts';

export interface DataStats {
  lawVersions: number;
  articles: number;
  matters: number;
  mattersByDomain: Record<string, number>;
  lists: Record<ListKind, number>;
  basis: Record<Basis, number>;
}

export function computeStats({ laws, packs }: Dataset): DataStats {
  const mattersByDomain: Record<string, number> = Object.fromEntries(MAIN_DOMAINS.map((d) => [d, 0]));
  const lists = Object.fromEntries(LIST_KINDS.map((k) => [k, 0])) as Record<ListKind, number>;
  const basis = Object.fromEntries(BASES.map((b) => [b, 0])) as Record<Basis, number>;
  let matters = 0;
  for (const pack of packs) {
    for (const m of pack.matters) {
      matters++;
      mattersByDomain[m.domain] = (mattersByDomain[m.domain] ?? 0) + 1;
    }
    for (const item of pack.lists) lists[item.list]++;
    for (const r of [...pack.matters, ...pack.tiers, ...pack.lists]) basis[r.basis]++;
  }
  return {
    lawVersions: laws.length,
    articles: laws.reduce((n, l) => n + l.articles.length, 0),
    matters,
    mattersByDomain,
    lists,
    basis,
  };
}
