// The phrases a matter is mentioned by — its name, aliases and list-item titles, with citing parts
// blanked, plus their colloquial variants — as flat lists of dense bigram ids, weighted by idf over
// matters; and the colloquial keywords matched as written.
import type { Matter } from '../model.ts';
import { normalizeKey } from '../normalize.ts';
import { bigramKey, bigramsOf, isWordChar } from './bigrams.ts';
import { type Synonyms, synonymsIn } from './synonyms.ts';

/** Distinct bigrams a phrase needs (a run matching it needs as many). */
export const MIN_MATCHED = 4;
/** Parts of a name that cite rather than describe: titles, article labels, 本法. */
const CITING =
  /《[^》]*》|中华人民共和国|第[零〇一二两三四五六七八九十百千0-9]+[条款项章节]|本法|本条例|本规定|本办法/g;

/** A colloquial term matched as written, standing for a canonical wording of these matters. */
interface Keyword {
  text: string;
  matterIds: string[];
  /** The idf weight of the canonical wording it stands for (ranks it against bigram runs). */
  weight: number;
}

export interface Phrases {
  /** Bigram id → its key (bigramKey); ids are dense, numbered as first seen. */
  gramKey: number[];
  /** Bigram id → inverse document frequency over matters, and whether it is rare. */
  idf: Float64Array;
  rare: Uint8Array;
  /** Phrase p's distinct bigram ids, in order of first occurrence: flat[from[p] .. from[p + 1]). */
  flat: number[];
  from: number[];
  /** Phrase → its matter and the sum of its bigrams' idf. */
  matter: string[];
  total: Float64Array;
  keywords: Keyword[];
}

/** Collects phrases as flat lists: a Set per phrase would cost most of the index's build. */
class PhraseLists {
  readonly denseOf = new Map<number, number>();
  readonly gramKey: number[] = [];
  readonly df: number[] = [];
  readonly flat: number[] = [];
  readonly from: number[] = [0];
  readonly matter: string[] = [];
  /** Dedup stamps per bigram id: the last matter and phrase attempt that counted it. */
  private readonly lastMatter: number[] = [];
  private readonly lastPhrase: number[] = [];
  private attempt = 0;
  /** Matters with a phrase, numbered (document frequency counts each once). */
  readonly matterNumber = new Map<string, number>();

  private idOf(key: number): number {
    let d = this.denseOf.get(key);
    if (d === undefined) {
      d = this.gramKey.length;
      this.denseOf.set(key, d);
      this.gramKey.push(key);
      this.df.push(0);
      this.lastMatter.push(-1);
      this.lastPhrase.push(0);
    }
    return d;
  }

  /** Adds phrase `v` of a matter unless it has too few distinct bigrams. */
  add(v: string, matterId: string): void {
    const attempt = ++this.attempt;
    const flat = this.flat;
    const mark = flat.length;
    for (let i = 0; i + 1 < v.length; i++) {
      const a = v.charCodeAt(i);
      const b = v.charCodeAt(i + 1);
      if (!isWordChar(a) || !isWordChar(b)) continue;
      const d = this.idOf(bigramKey(a, b));
      if (this.lastPhrase[d] === attempt) continue;
      this.lastPhrase[d] = attempt;
      flat.push(d);
    }
    if (flat.length - mark < MIN_MATCHED) {
      flat.length = mark;
      return;
    }
    // Document frequency over matters, not phrases: a matter's variants must not make its words common.
    let m = this.matterNumber.get(matterId);
    if (m === undefined) {
      m = this.matterNumber.size;
      this.matterNumber.set(matterId, m);
    }
    for (let k = mark; k < flat.length; k++) {
      const d = flat[k] ?? 0;
      if (this.lastMatter[d] === m) continue;
      this.lastMatter[d] = m;
      this.df[d] = (this.df[d] ?? 0) + 1;
    }
    this.from.push(flat.length);
    this.matter.push(matterId);
  }
}

export function buildPhrases(
  matters: Iterable<Matter>,
  synonyms: Record<string, string[]>,
  extraNames: (matterId: string) => string[],
): Phrases {
  const table = Object.entries(synonyms).map(
    ([k, v]) => [normalizeKey(k), v.map(normalizeKey)] as [string, string[]],
  );
  const lists = new PhraseLists();
  const keywordMatters = collect(matters, synonymsIn(table), extraNames, lists);
  const { idf, rare } = weights(lists.df, lists.matterNumber.size);
  const total = new Float64Array(lists.matter.length);
  for (let p = 0; p < total.length; p++) {
    let sum = 0;
    for (let k = lists.from[p] ?? 0; k < (lists.from[p + 1] ?? 0); k++) sum += idf[lists.flat[k] ?? 0] ?? 0;
    total[p] = sum;
  }
  const keywords: Keyword[] = [];
  for (const [text, byCanonical] of keywordMatters) {
    for (const [canonical, ids] of byCanonical) {
      let weight = 0;
      for (const b of new Set(bigramsOf(canonical))) {
        const d = lists.denseOf.get(b);
        weight += d === undefined ? Math.log(2) : (idf[d] ?? 0);
      }
      keywords.push({ text, matterIds: [...ids], weight });
    }
  }
  return {
    gramKey: lists.gramKey,
    idf,
    rare,
    flat: lists.flat,
    from: lists.from,
    matter: lists.matter,
    total,
    keywords,
  };
}

/**
 * Adds every matter's phrases and their colloquial variants to `lists`; returns the keywords found:
 * colloquial term → canonical wording → the matters whose phrases contain it.
 */
function collect(
  matters: Iterable<Matter>,
  synonyms: Synonyms,
  extraNames: (matterId: string) => string[],
  lists: PhraseLists,
): Map<string, Map<string, Set<string>>> {
  const keywordMatters = new Map<string, Map<string, Set<string>>>();
  for (const m of matters) {
    const seen = new Set<string>();
    for (const name of [m.name, ...m.aliases, ...extraNames(m.id)]) {
      const phrase = normalizeKey(name).replace(CITING, '，');
      const present = synonyms.find(phrase);
      for (const v of [phrase, ...present.map((p) => phrase.replace(p.canonical, p.colloquial))]) {
        if (seen.has(v)) continue;
        seen.add(v);
        lists.add(v, m.id);
      }
      for (const { colloquial, canonical, keyword } of present) {
        if (!keyword) continue;
        const byCanonical = keywordMatters.get(colloquial) ?? new Map<string, Set<string>>();
        byCanonical.set(canonical, (byCanonical.get(canonical) ?? new Set()).add(m.id));
        keywordMatters.set(colloquial, byCanonical);
      }
    }
  }
  return keywordMatters;
}

/**
 * Idf per bigram over `n` matters. Only rare bigrams trigger a phrase and count as specific: common
 * ones (食品, 经营, 规定) would make every sentence a candidate for hundreds of phrases.
 */
function weights(df: number[], n: number): { idf: Float64Array; rare: Uint8Array } {
  const maxDf = Math.max(3, Math.ceil(n * 0.02));
  const idf = new Float64Array(df.length);
  const rare = new Uint8Array(df.length);
  for (let d = 0; d < df.length; d++) {
    const f = df[d] ?? 0;
    idf[d] = Math.log(1 + n / (f || n));
    rare[d] = f <= maxDf ? 1 : 0;
  }
  return { idf, rare };
}
