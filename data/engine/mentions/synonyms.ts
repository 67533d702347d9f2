// The synonym table as the mention index uses it: a phrase containing a canonical wording gets a
// variant with the colloquial form (农药残留 → 农残), and some colloquial terms are matched as written.

/**
 * A colloquial term is matched as written when it is at least this long and its canonical wording is
 * a clause (≥ 6 characters) it does not merely shorten: 健康证 (健康证明) or 建筑垃圾 name no violation.
 */
const MIN_KEYWORD = 3;
const MIN_KEYWORD_CANONICAL = 6;

/** A synonym table entry whose canonical wording has at least 2 characters. */
interface SynonymPair {
  colloquial: string;
  canonical: string;
  /** The colloquial form is also matched as written (see MIN_KEYWORD). */
  keyword: boolean;
}

export interface Synonyms {
  pairs: SynonymPair[];
  /** The pairs whose canonical wording occurs in `phrase`, in table order. */
  find(phrase: string): SynonymPair[];
}

/**
 * The table's pairs, found in a phrase by one pass over its characters (the pairs indexed by first
 * character) instead of a search per pair.
 */
export function synonymsIn(table: [string, string[]][]): Synonyms {
  const pairs: SynonymPair[] = [];
  for (const [colloquial, canonicals] of table) {
    for (const canonical of canonicals) {
      if (canonical.length < 2) continue;
      const keyword =
        colloquial.length >= MIN_KEYWORD &&
        canonical.length >= MIN_KEYWORD_CANONICAL &&
        !canonical.includes(colloquial);
      pairs.push({ colloquial, canonical, keyword });
    }
  }
  const byFirst = new Map<number, number[]>();
  pairs.forEach((p, i) => {
    const c = p.canonical.charCodeAt(0);
    const list = byFirst.get(c);
    if (list) list.push(i);
    else byFirst.set(c, [i]);
  });
  // Each pair is stamped with the call that found it: no set to allocate per phrase (thousands).
  const stamp = new Uint32Array(pairs.length);
  let call = 0;
  return {
    pairs,
    find(phrase) {
      call++;
      const found: number[] = [];
      for (let i = 0; i + 1 < phrase.length; i++) {
        const list = byFirst.get(phrase.charCodeAt(i));
        if (!list) continue;
        for (const k of list) {
          if (stamp[k] === call || !phrase.startsWith(pairs[k]?.canonical ?? '', i)) continue;
          stamp[k] = call;
          found.push(k);
        }
      }
      if (found.length > 1) found.sort((x, y) => x - y);
      return found.flatMap((k) => pairs[k] ?? []);
    },
  };
}
