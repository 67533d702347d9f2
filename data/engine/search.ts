// Search: a cheap prefilter (character uni/bigrams over every field, pinyin and initials for Latin
// input) picks a short list of candidates; fuse.js ranks the head of that list. Fuse scans every
// record it is given and its cost grows with pattern length, so it never sees more than FUSED records.
import Fuse, { type FuseIndex, type FuseResult, type IFuseOptions } from 'fuse.js';

/** One document's record in a fuse index: its normalized field values by key position. */
type FuseRecord = FuseIndex<SearchDoc>['records'][number];

import type { SearchOptions, SearchResult } from './api.ts';
import { todayInChina } from './dates.ts';
import { normalizeKey } from './normalize.ts';
import { intToChinese } from './numerals.ts';
import { type SearchDoc, validOn } from './search-docs.ts';

const CANDIDATES = 16;
const FIELD_WEIGHT = { title: 3, aliases: 2.5, citations: 2, body: 1 } as const;
const UNIGRAM_WEIGHT = 0.25;
const COMMON_SHARE = 0.2;
const FUSE_SHARE = 0.6;
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

export interface ParsedQuery {
  /** Terms for the prefilter: the query's own and the synonyms' canonical wordings. */
  terms: string[];
  /** What fuse ranks with: the query with colloquial words replaced. */
  pattern: string;
  latin: boolean;
}

/** Normalizes a query: widths, 124条 → 第一百二十四条, colloquial words expanded. */
export function parseQuery(query: string, synonyms: [string, string[]][]): ParsedQuery {
  const raw = normalizeKey(
    query
      .replace(/[\s,，、;；。:：!！?？]+/g, ' ')
      .trim()
      .replace(/\s+/g, '\u0001'),
  );
  const words = raw.split('\u0001').filter(Boolean);
  const terms: string[] = [];
  const rewritten: string[] = [];
  for (let w of words) {
    w = w.replace(/第?(\d{1,4})条/g, (_, n: string) => `第${intToChinese(Number(n))}条`);
    let pattern = w;
    terms.push(w);
    for (const [colloquial, canonicals] of synonyms) {
      if (!w.includes(colloquial)) continue;
      terms.push(...canonicals);
      if (canonicals[0]) pattern = pattern.replace(colloquial, canonicals[0]);
    }
    rewritten.push(pattern);
  }
  const latin = words.length > 0 && words.every((w) => /^[a-z]+$/.test(w));
  return { terms, pattern: rewritten.join(''), latin };
}

export function createSearcher(docs: SearchDoc[], synonyms: Record<string, string[]> = {}): Searcher {
  const table = Object.entries(synonyms)
    .map(([k, v]) => [normalizeKey(k), v.map(normalizeKey)] as [string, string[]])
    .sort((a, b) => b[0].length - a[0].length);
  const postings = new Map<number, { ids: number[]; weights: number[] }>();
  docs.forEach((doc, id) => {
    const grams = new Map<number, number>();
    gramsOf(normalizeKey(doc.title), FIELD_WEIGHT.title, grams);
    for (const a of doc.aliases) gramsOf(normalizeKey(a), FIELD_WEIGHT.aliases, grams);
    for (const c of doc.citations) gramsOf(normalizeKey(c), FIELD_WEIGHT.citations, grams);
    gramsOf(normalizeKey(doc.body), FIELD_WEIGHT.body, grams);
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

  const today = todayInChina();
  function allowed(doc: SearchDoc, o: SearchOptions): boolean {
    if (o.lists?.length && !doc.lists.some((l) => o.lists?.includes(l))) return false;
    if (o.domains?.length && (!doc.domain || !o.domains.includes(doc.domain))) return false;
    // Records of a version no longer in force (or not yet) stay out unless asked for by date.
    if (!validOn(doc, o.asOf ?? today)) return false;
    return true;
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
      for (const t of q.terms) {
        if (t.length === 1) grams.set(t.charCodeAt(0), UNIGRAM_WEIGHT);
        for (let i = 0; i + 1 < t.length; i++) grams.set(key2(t.charCodeAt(i), t.charCodeAt(i + 1)), 1);
      }
      const common = grams.size > 1 ? n * COMMON_SHARE : Number.POSITIVE_INFINITY;
      for (const [k, qw] of grams) {
        const p = postings.get(k);
        // A gram in a large share of the documents tells little and costs a pass over them.
        if (!p || p.ids.length > common) continue;
        const idf = Math.log(1 + n / p.ids.length);
        for (let j = 0; j < p.ids.length; j++) {
          const id = p.ids[j] as number;
          if (scores[id] === 0) touched[nTouched++] = id;
          scores[id] = (scores[id] ?? 0) + qw * idf * (p.weights[j] ?? 0);
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
      let at = top.length;
      while (at > 0 && (top[at - 1]?.[1] ?? 0) < s) at--;
      top.splice(at, 0, [id, s]);
      if (top.length > CANDIDATES) top.pop();
    }
    return top;
  }

  return {
    search(query, options = {}) {
      const q = parseQuery(query, table);
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
        return {
          id: doc.id,
          kind: doc.kind,
          title: doc.title,
          lists: doc.lists,
          basis: doc.basis,
          provisions: doc.provisions,
          domain: doc.domain,
          score,
          highlights,
        };
      });
    },
  };
}
