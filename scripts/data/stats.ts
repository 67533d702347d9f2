// The dataset's counts as `cli stats --json` prints them (other checks read this exact shape).
import { versionsOf } from '../../data/engine/laws.ts';
import type { Basis, IsoDate, ListKind } from '../../data/engine/model.ts';
import { BASES, LIST_KINDS, MAIN_DOMAINS } from '../../data/engine/vocabulary.ts';
import type { Dataset } from './checks/types.ts';

/** What the bundled versions of one law cover, and how current the list of its versions is. */
export interface LawCoverage {
  /** In-force date of the earliest bundled version: the text for conduct before it is not here. */
  from: IsoDate;
  /** End of the last bundled version (a repeal), null while it is in force. */
  until: IsoDate | null;
  versions: number;
  /** Date the list of versions was last checked against the national database, null if never. */
  versionsChecked: IsoDate | null;
  /** A successor may replace the law, unconfirmed by that date. */
  possibleSupersession: boolean;
}

export interface DataStats {
  lawVersions: number;
  articles: number;
  matters: number;
  mattersByDomain: Record<string, number>;
  /** The day `mattersInForceByDomain` counts (today in China unless `--as-of` says). */
  asOf: IsoDate;
  mattersInForceByDomain: Record<string, number>;
  /** The laws with at least one matter in the domain (a law's clauses may fall in several). */
  lawsByDomain: Record<string, string[]>;
  lawCoverage: Record<string, LawCoverage>;
  lists: Record<ListKind, number>;
  basis: Record<Basis, number>;
}

export function computeStats({ laws, packs }: Dataset, asOf: IsoDate): DataStats {
  const zero = () => Object.fromEntries(MAIN_DOMAINS.map((d) => [d, 0])) as Record<string, number>;
  const mattersByDomain = zero();
  const mattersInForceByDomain = zero();
  const lawSets = new Map<string, Set<string>>(MAIN_DOMAINS.map((d) => [d, new Set()]));
  const lists = Object.fromEntries(LIST_KINDS.map((k) => [k, 0])) as Record<ListKind, number>;
  const basis = Object.fromEntries(BASES.map((b) => [b, 0])) as Record<Basis, number>;
  let matters = 0;
  for (const pack of packs) {
    for (const m of pack.matters) {
      matters++;
      mattersByDomain[m.domain] = (mattersByDomain[m.domain] ?? 0) + 1;
      if (m.validity.from <= asOf && (m.validity.to === null || asOf < m.validity.to)) {
        mattersInForceByDomain[m.domain] = (mattersInForceByDomain[m.domain] ?? 0) + 1;
      }
      const set = lawSets.get(m.domain) ?? new Set();
      lawSets.set(m.domain, set.add(m.penalty.lawId));
    }
    for (const item of pack.lists) lists[item.list]++;
    for (const r of [...pack.matters, ...pack.tiers, ...pack.lists]) basis[r.basis]++;
  }
  const lawCoverage: Record<string, LawCoverage> = {};
  for (const lawId of [...new Set(laws.map((l) => l.lawId))].sort()) {
    const versions = versionsOf(laws, lawId);
    const [first] = versions;
    const last = versions.at(-1);
    if (!first || !last) continue;
    lawCoverage[lawId] = {
      from: first.inForce,
      until: last.until,
      versions: versions.length,
      versionsChecked: last.versionsChecked,
      possibleSupersession: last.possibleSupersession !== null,
    };
  }
  return {
    lawVersions: laws.length,
    articles: laws.reduce((n, l) => n + l.articles.length, 0),
    matters,
    mattersByDomain,
    asOf,
    mattersInForceByDomain,
    lawsByDomain: Object.fromEntries([...lawSets].map(([d, set]) => [d, [...set].sort()])),
    lawCoverage,
    lists,
    basis,
  };
}
