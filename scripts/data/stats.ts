// The dataset's counts as `cli stats --json` prints them (other checks read this exact shape).
import type { Basis, Domain, ListKind } from '../../data/engine/model.ts';
import type { Dataset } from './checks/types.ts';

/** The eight domains of the reference city's report: always listed, even at zero. */
export const MAIN_DOMAINS: Domain[] = [
  '市场监管',
  '文化旅游',
  '人社',
  '税务',
  '交通运输',
  '生态环境',
  '城市管理',
  '卫健',
];

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
  const lists: Record<ListKind, number> = { 'no-penalty': 0, lighter: 0, mitigated: 0, 'coercion-exempt': 0 };
  const basis: Record<Basis, number> = { statute: 0, official: 0, derived: 0, illustrative: 0 };
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
