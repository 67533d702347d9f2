// What one cited provision resolves to under the document's dates: the law version that applies
// (resolve.ts), whether the article exists, and the matters whose provisions it is. Memoized per
// scan state, since a decision cites the same provisions again and again.
import type { IsoDate, ProvisionRef } from '../model.ts';
import { none } from '../reuse.ts';
import type { LawRef, Resolved, ScanDeps } from './types.ts';

export interface Cited {
  article: number;
  sub?: number | null;
  paragraph: number | null;
  item: number | null;
}

export interface DocDates {
  actDate: IsoDate | null;
  asOf: IsoDate;
  /** The date the matters are looked up at: the act date, else asOf. */
  date: IsoDate;
}

/** What a cited provision resolves to, memoized in `memo` (valid for one set of document dates). */
export function resolveCited(
  deps: ScanDeps,
  dates: DocDates,
  memo: Map<string, Resolved>,
  law: LawRef,
  cited: Cited,
): Resolved {
  const key = `${law.key}|${cited.article}|${cited.sub ?? ''}|${cited.paragraph}|${cited.item}`;
  let info = memo.get(key);
  if (!info) {
    info = law.lawId ? resolveKnown(deps, dates, law.lawId, law, cited) : unknownLaw(law);
    memo.set(key, info);
  }
  return info;
}

function unknownLaw(law: LawRef): Resolved {
  return {
    law: Object.freeze({ lawId: null, title: law.title, version: null }),
    status: 'unknown-law',
    matters: none(),
    changedBetweenVersions: false,
    versionNote: null,
    penaltyMatters: [],
    violatedMatters: [],
  };
}

function resolveKnown(deps: ScanDeps, dates: DocDates, lawId: string, law: LawRef, cited: Cited): Resolved {
  const r = deps.resolver.resolve(lawId, cited, { actDate: dates.actDate, asOf: dates.asOf, note: law.note });
  const resolved = r?.exists === true;
  const ref: ProvisionRef = { lawId, article: cited.article, paragraph: cited.paragraph, item: cited.item };
  const used = r?.version.id ?? null;
  const penaltyMatters = resolved ? deps.matters.byProvision(ref, 'penalty', used, dates.date) : [];
  const violatedMatters = resolved ? deps.matters.byProvision(ref, 'violated', used, dates.date) : [];
  // Shared and frozen: every citation of a provision carries the same law and matters.
  return {
    law: Object.freeze({
      lawId,
      title: r?.version.title ?? law.title,
      // Before the earliest bundled version no version applies: the one held is later.
      version: r?.notBundled ? null : (r?.version.issued ?? null),
    }),
    status: resolved ? 'resolved' : r?.notBundled ? 'version-not-bundled' : 'no-such-article',
    ...(r?.notBundled ? { coverage: Object.freeze({ ...r.notBundled }) } : {}),
    matters: Object.freeze([
      ...new Set([...violatedMatters, ...penaltyMatters].map((m) => m.id)),
    ]) as string[],
    changedBetweenVersions: r?.changedBetweenVersions ?? false,
    versionNote: r?.versionNote ?? null,
    penaltyMatters,
    violatedMatters,
  };
}
