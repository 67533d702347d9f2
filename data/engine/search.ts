// Search: the query is put in the records' comparable form (search-text.ts) and its everyday words
// are joined by the statutory wordings they stand for (the vocabulary); a cheap prefilter (character
// bigrams over every field, pinyin and initials for Latin input) picks a short list of candidates; a
// candidate must cover most of one of the query's wordings, so a shared character or two never makes
// a result; fuse.js ranks the head of the list. Fuse scans every record it is given and its cost
// grows with pattern length, so it never sees more than FUSED records.
import Fuse, { type FuseIndex, type FuseResult, type IFuseOptions } from 'fuse.js';

/** One document's record in a fuse index: its normalized field values by key position. */
type FuseRecord = FuseIndex<SearchDoc>['records'][number];

import type { SearchOptions, SearchResult } from './api.ts';
import { todayInChina } from './dates.ts';
import { normalizeKey } from './normalize.ts';
import { type SearchDoc, type SpelledEntry, validOn } from './search-docs.ts';
import { searchForm } from './search-text.ts';

const CANDIDATES = 16;
const FIELD_WEIGHT = { title: 3, aliases: 2.5, citations: 2, body: 1 } as const;
const UNIGRAM_WEIGHT = 0.25;
const COMMON_SHARE = 0.2;
const FUSE_SHARE = 0.6;
/** Weight of a statutory wording the vocabulary added, against the query's own words (1). */
const MEANS_WEIGHT = 1.5;
/** A candidate must hold this share (by idf) of the bigrams of at least one of the query's wordings. */
const MIN_COVERAGE = 0.5;
/**
 * Fuse (most of a query's cost, per candidate) ranks the best FUSED candidates of the prefilter; the
 * others follow by their prefilter score alone, so a query still fills its limit.
 */
const FUSED = 8;

export const FUSE_KEYS = [
  { name: 'title', weight: 3 },
  { name: 'aliases', weight: 2 },
  { name: 'citations', weight: 1 },
];
const PINYIN_KEYS = [
  { name: 'initials', weight: 2 },
  { name: 'pinyin', weight: 1 },
];
export const FUSE_OPTIONS: IFuseOptions<SearchDoc> = {
  keys: FUSE_KEYS,
  ignoreLocation: true,
  includeScore: true,
  threshold: 0.6,
};

export interface Searcher {
  search(query: string, options?: SearchOptions): SearchResult[];
  /** The records citing one article (law and article number), penalty provisions first. */
  cited(lawId: string, article: number, options?: SearchOptions): SearchResult[];
  /** The query's wordings in comparable form, for searching other texts the same way. */
  parse(query: string): ParsedQuery;
}

/** The vocabulary as the searcher uses it: every wording in comparable form, longest `say` first. */
export interface CompiledVocabulary {
  ignore: string[];
  /** [say, means, the entry's spellings] */
  words: [string, string[]][];
  /** Pinyin or initials of a `say` → that `say`. */
  spelled: Map<string, string>;
}

export function compileVocabulary(
  entries: SpelledEntry[],
  ignore: string[],
  synonyms: Record<string, string[]> = {},
): CompiledVocabulary {
  const words = new Map<string, Set<string>>();
  const add = (say: string, means: string[]) => {
    const key = searchForm(say);
    if (!key) return;
    const set = words.get(key) ?? new Set();
    for (const m of means) set.add(searchForm(m));
    words.set(key, set);
  };
  const spelled = new Map<string, string>();
  for (const e of entries) {
    for (const say of e.say) add(say, e.means);
    // Spellings map to the entry's first wording: shebao → 社保.
    const first = e.say[0];
    if (first) for (const s of e.spelled) if (!spelled.has(s)) spelled.set(s, first);
  }
  for (const [say, means] of Object.entries(synonyms)) add(say, means);
  return {
    ignore: ignore.map((w) => normalizeKey(w).toLowerCase()).sort((a, b) => b.length - a.length),
    words: [...words]
      .map(([k, v]) => [k, [...v]] as [string, string[]])
      .sort((a, b) => b[0].length - a[0].length),
    spelled,
  };
}

const key2 = (a: number, b: number) => 0x10000 + a * 0x10000 + b;

function gramsOf(text: string, weight: number, into: Map<number, number>): void {
  for (let i = 0; i < text.length; i++) {
    const a = text.charCodeAt(i);
    into.set(a, Math.max(into.get(a) ?? 0, weight * UNIGRAM_WEIGHT));
    if (i + 1 < text.length) {
      const k = key2(a, text.charCodeAt(i + 1));
      into.set(k, Math.max(into.get(k) ?? 0, weight));
    }
  }
}

/** The grams a term is found by: its bigrams, or the character itself for a one-character term. */
function termGrams(t: string): number[] {
  if (t.length === 1) return [t.charCodeAt(0)];
  const grams: number[] = [];
  for (let i = 0; i + 1 < t.length; i++) grams.push(key2(t.charCodeAt(i), t.charCodeAt(i + 1)));
  return grams;
}

export interface ParsedQuery {
  /** Wordings in comparable form with their weights: the query's own, and what its everyday words mean. */
  terms: [string, number][];
  /** What fuse ranks with: the query with everyday words replaced by their statutory wording. */
  pattern: string;
  latin: boolean;
}

/** A query in comparable form, question words dropped and everyday words expanded. */
export function parseQuery(query: string, vocabulary: CompiledVocabulary): ParsedQuery {
  const spaced = query.replace(/[\s,，、;；。:：!！?？]+/g, ' ').trim();
  // Question words go before particles do (违法吗 is dropped whole, not left as 违法), unless they are
  // all the query says.
  let asked = normalizeKey(spaced.replace(/ /g, '\u0001')).toLowerCase();
  for (const drop of vocabulary.ignore) asked = asked.replaceAll(drop, '');
  if (!asked.split('\u0001').join('')) asked = normalizeKey(spaced.replace(/ /g, '\u0001')).toLowerCase();
  const words = asked.split('\u0001').map(searchForm).filter(Boolean);
  const latin = words.length > 0 && words.every((w) => /^[a-z]+$/.test(w));
  const terms: [string, number][] = [];
  const rewritten: string[] = [];
  for (const w of words) {
    let pattern = w;
    terms.push([w, 1]);
    // Longest first; a shorter word inside a longer one already matched adds nothing new.
    let rest = w;
    for (const [say, means] of vocabulary.words) {
      if (!rest.includes(say)) continue;
      rest = rest.replace(say, '\u0001');
      for (const m of means) terms.push([m, MEANS_WEIGHT]);
      if (means[0]) pattern = pattern.replace(say, means[0]);
    }
    rewritten.push(pattern);
  }
  return { terms, pattern: rewritten.join(''), latin };
}

/** Vocabulary words a run of Latin letters spells, longest first from the left; null if none. */
function spelledWords(latin: string, spelled: Map<string, string>): string | null {
  const whole = spelled.get(latin);
  if (whole) return whole;
  const words: string[] = [];
  let at = 0;
  while (at < latin.length) {
    let end = latin.length;
    while (end - at > 2 && !spelled.has(latin.slice(at, end))) end--;
    const word = spelled.get(latin.slice(at, end));
    // Letters that spell no word (jiaona in shebaojiaona) are passed over.
    if (word) words.push(word);
    at = word ? end : at + 1;
  }
  return words.length ? words.join(' ') : null;
}

export function createSearcher(
  docs: SearchDoc[],
  synonyms: Record<string, string[]> = {},
  vocabulary: { ignore: string[]; entries: SpelledEntry[] } = { ignore: [], entries: [] },
): Searcher {
  const vocab = compileVocabulary(vocabulary.entries, vocabulary.ignore, synonyms);
  const postings = new Map<number, { ids: number[]; weights: number[] }>();
  /** Each document's fields in comparable form, one string: what coverage is checked against. */
  const texts: string[] = [];
  docs.forEach((doc, id) => {
    const grams = new Map<number, number>();
    const title = searchForm(doc.title);
    const aliases = doc.aliases.map(searchForm);
    const citations = doc.citations.map(searchForm);
    const body = searchForm(doc.body);
    gramsOf(title, FIELD_WEIGHT.title, grams);
    for (const a of aliases) gramsOf(a, FIELD_WEIGHT.aliases, grams);
    for (const c of citations) gramsOf(c, FIELD_WEIGHT.citations, grams);
    gramsOf(body, FIELD_WEIGHT.body, grams);
    texts.push([title, ...aliases, ...citations, body].join('|'));
    for (const [k, w] of grams) {
      let p = postings.get(k);
      if (!p) {
        p = { ids: [], weights: [] };
        postings.set(k, p);
      }
      p.ids.push(id);
      p.weights.push(w);
    }
  });
  // Fuse's index records (normalized field values) per document, built the first time the document is a
  // candidate: a query then hands fuse a ready index of its few candidates instead of rebuilding one.
  const records = new Map<typeof FUSE_KEYS, Map<number, FuseRecord>>();
  const keyObjects = new Map<typeof FUSE_KEYS, FuseIndex<SearchDoc>['keys']>();
  function subIndex(keys: typeof FUSE_KEYS, candidates: [number, number][]): FuseIndex<SearchDoc> {
    let byDoc = records.get(keys);
    if (!byDoc) {
      byDoc = new Map();
      records.set(keys, byDoc);
    }
    const sub: FuseRecord[] = [];
    for (const [id] of candidates) {
      let rec = byDoc.get(id);
      if (!rec) {
        const index = Fuse.createIndex(keys, [docs[id] as SearchDoc]);
        keyObjects.set(keys, index.keys);
        rec = index.records[0] as FuseRecord;
        byDoc.set(id, rec);
      }
      sub.push({ ...rec, i: sub.length });
    }
    return Fuse.parseIndex<SearchDoc>({ keys: keyObjects.get(keys) ?? [], records: sub });
  }

  const scores = new Float64Array(docs.length);
  /** The documents a query scored, reused from query to query (a fresh list per keystroke is garbage). */
  const touched = new Int32Array(docs.length);
  /** The last Latin (pinyin) query and the documents it matched. */
  let lastLatin: { needle: string; ids: number[] } | null = null;
  const n = docs.length;
  const idf = (gram: number) => Math.log(1 + n / (postings.get(gram)?.ids.length ?? 1));

  const today = todayInChina();
  function allowed(doc: SearchDoc, o: SearchOptions): boolean {
    if (o.lists?.length && !doc.lists.some((l) => o.lists?.includes(l))) return false;
    if (o.domains?.length && (!doc.domain || !o.domains.includes(doc.domain))) return false;
    // Records of a version no longer in force (or not yet) stay out unless asked for by date.
    if (!validOn(doc, o.asOf ?? today)) return false;
    return true;
  }

  /** The largest share (by idf) of one wording's grams found in the document's text. */
  function coverage(q: ParsedQuery, id: number): number {
    const text = texts[id] ?? '';
    let best = 0;
    for (const [t] of q.terms) {
      let have = 0;
      let all = 0;
      const grams = termGrams(t);
      for (let i = 0; i < grams.length; i++) {
        const w = idf(grams[i] as number);
        all += w;
        if (text.includes(t.length === 1 ? t : t.slice(i, i + 2))) have += w;
      }
      if (all > 0) best = Math.max(best, have / all);
    }
    return best;
  }

  /** Candidate ids by prefilter score, best first, at most CANDIDATES. */
  // biome-ignore lint/complexity/noExcessiveCognitiveComplexity: runs per keystroke over every record: one loop with typed scratch arrays, no calls per record
  function prefilter(q: ParsedQuery, o: SearchOptions): [number, number][] {
    let nTouched = 0;
    if (q.latin) {
      const needle = q.pattern;
      // Typing extends the query: what contains "nyc" is among what contained "ny".
      const pool = lastLatin && needle.startsWith(lastLatin.needle) ? lastLatin.ids : null;
      const matched: number[] = [];
      const n = pool ? pool.length : docs.length;
      for (let k = 0; k < n; k++) {
        const id = pool ? (pool[k] as number) : k;
        const doc = docs[id] as SearchDoc;
        const i = doc.initials.indexOf(needle);
        const p = i >= 0 ? -1 : doc.pinyin.indexOf(needle);
        if (i < 0 && p < 0) continue;
        scores[id] = (i >= 0 ? 2 : 1) + needle.length / (doc.pinyin.length + 1);
        touched[nTouched++] = id;
        matched.push(id);
      }
      lastLatin = { needle, ids: matched };
    } else {
      // Bigrams; single characters only for one-character terms (their postings are long).
      const grams = new Map<number, number>();
      for (const [t, w] of q.terms) {
        for (const g of termGrams(t)) {
          const weight = t.length === 1 ? w * UNIGRAM_WEIGHT : w;
          grams.set(g, Math.max(grams.get(g) ?? 0, weight));
        }
      }
      const common = grams.size > 1 ? n * COMMON_SHARE : Number.POSITIVE_INFINITY;
      for (const [k, qw] of grams) {
        const p = postings.get(k);
        // A gram in a large share of the documents tells little and costs a pass over them.
        if (!p || p.ids.length > common) continue;
        const w = qw * idf(k);
        for (let j = 0; j < p.ids.length; j++) {
          const id = p.ids[j] as number;
          if (scores[id] === 0) touched[nTouched++] = id;
          scores[id] = (scores[id] ?? 0) + w * (p.weights[j] ?? 0);
        }
      }
    }
    // Top CANDIDATES by score: a small sorted buffer beats sorting every touched document.
    const top: [number, number][] = [];
    for (let k = 0; k < nTouched; k++) {
      const id = touched[k] as number;
      const s = scores[id] ?? 0;
      scores[id] = 0;
      if (top.length === CANDIDATES && s <= (top[top.length - 1]?.[1] ?? 0)) continue;
      const doc = docs[id];
      if (!doc || !allowed(doc, o)) continue;
      if (!q.latin && coverage(q, id) < MIN_COVERAGE) continue;
      let at = top.length;
      while (at > 0 && (top[at - 1]?.[1] ?? 0) < s) at--;
      top.splice(at, 0, [id, s]);
      if (top.length > CANDIDATES) top.pop();
    }
    return top;
  }

  /**
   * A Latin query that spells vocabulary words (shebao, jhjc, shebaojiaona) searches as those words,
   * unless it spells a record's own name.
   */
  const parse = (query: string): ParsedQuery => {
    const q = parseQuery(query, vocab);
    if (!q.latin) return q;
    const words = spelledWords(q.pattern, vocab.spelled);
    return words ? parseQuery(words, vocab) : q;
  };

  const toResult = (doc: SearchDoc, score: number, highlights: [number, number][]): SearchResult => ({
    id: doc.id,
    kind: doc.kind,
    title: doc.title,
    lists: doc.lists,
    basis: doc.basis,
    provisions: doc.provisions,
    domain: doc.domain,
    score,
    highlights,
  });

  return {
    parse,
    cited(lawId, article, options = {}) {
      const found: [SearchDoc, number][] = [];
      for (const doc of docs) {
        if (!allowed(doc, options)) continue;
        const at = doc.provisions.findLastIndex((p) => p.lawId === lawId && p.article === article);
        // The penalty provision is a matter's last: records punished under the article come first.
        if (at >= 0) found.push([doc, at === doc.provisions.length - 1 ? 1 : 0.5]);
      }
      const order = (d: SearchDoc) => {
        const p = d.provisions[d.provisions.length - 1];
        return (p?.paragraph ?? 0) * 1000 + (p?.item ?? 0);
      };
      found.sort((a, b) => b[1] - a[1] || order(a[0]) - order(b[0]));
      return found.slice(0, options.limit ?? 10).map(([doc, score]) => toResult(doc, score, []));
    },
    search(query, options = {}) {
      const q = parse(query);
      if (!q.pattern) return [];
      const candidates = prefilter(q, options);
      if (candidates.length === 0) return [];
      const best = candidates[0]?.[1] ?? 1;
      const list = candidates.map(([id]) => docs[id] as SearchDoc);
      const keys = q.latin ? PINYIN_KEYS : FUSE_KEYS;
      const fused = Math.min(FUSED, candidates.length);
      const fuse = new Fuse(
        list.slice(0, fused),
        { ...FUSE_OPTIONS, keys, includeMatches: true },
        subIndex(keys, candidates.slice(0, fused)),
      );
      const ranked = new Map<number, FuseResult<SearchDoc>>();
      for (const r of fuse.search(q.pattern)) ranked.set(r.refIndex, r);
      const results = candidates.map(([, pre], i) => {
        const r = ranked.get(i);
        const fuseScore = r ? 1 - (r.score ?? 1) : 0;
        return { i, score: FUSE_SHARE * fuseScore + (1 - FUSE_SHARE) * (pre / best), r };
      });
      results.sort((a, b) => b.score - a.score);
      return results.slice(0, options.limit ?? 10).map(({ i, score, r }) => {
        const doc = list[i] as SearchDoc;
        const highlights: [number, number][] = [];
        for (const m of r?.matches ?? []) {
          if (m.key === 'title') for (const [a, b] of m.indices) highlights.push([a, b + 1]);
        }
        return toResult(doc, score, highlights);
      });
    },
  };
}
