// Violations described in words ("销售的香蕉农药残留超标") recognized as matters. Each matter's name
// and aliases (and their colloquial variants from the synonym table) are phrases; a sentence mentions
// a phrase when a short window of it covers most of the phrase's character bigrams, weighted by how
// rare each bigram is — so small wording differences and inserted words still match.
import type { Matter } from './model.ts';
import { normalizeKey } from './normalize.ts';

export interface LocalMention {
  start: number;
  end: number;
  matterId: string;
  score: number;
}

export interface MentionIndex {
  /** Mentions in normalized text `s` (offsets into `s`). */
  find(s: string): LocalMention[];
}

interface Phrase {
  matterId: string;
  bigrams: number[];
  weights: number[];
  total: number;
  length: number;
}

const MIN_SCORE = 0.72;
const MIN_BIGRAMS = 3;

const isWordChar = (c: number) =>
  (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a);

function bigramsOf(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i + 1 < s.length; i++) {
    const a = s.charCodeAt(i);
    const b = s.charCodeAt(i + 1);
    if (isWordChar(a) && isWordChar(b)) out.push(a * 0x10000 + b);
  }
  return out;
}

/** Phrase variants with a canonical term replaced by its colloquial forms (农药残留 → 农残). */
function variants(phrase: string, synonyms: Record<string, string[]>): string[] {
  const out = [phrase];
  for (const [colloquial, canonicals] of Object.entries(synonyms)) {
    for (const canonical of canonicals) {
      if (canonical.length >= 2 && phrase.includes(canonical))
        out.push(phrase.replace(canonical, colloquial));
    }
  }
  return out;
}

export function buildMentionIndex(
  matters: Iterable<Matter>,
  synonyms: Record<string, string[]> = {},
): MentionIndex {
  const raw: { matterId: string; bigrams: number[] }[] = [];
  for (const m of matters) {
    const seen = new Set<string>();
    for (const name of [m.name, ...m.aliases]) {
      for (const v of variants(normalizeKey(name), synonyms)) {
        if (seen.has(v)) continue;
        seen.add(v);
        const bigrams = [...new Set(bigramsOf(v))];
        if (bigrams.length >= MIN_BIGRAMS) raw.push({ matterId: m.id, bigrams });
      }
    }
  }
  const df = new Map<number, number>();
  for (const p of raw) for (const b of p.bigrams) df.set(b, (df.get(b) ?? 0) + 1);
  const n = raw.length;
  const phrases: Phrase[] = raw.map((p) => {
    const weights = p.bigrams.map((b) => Math.log(1 + n / (df.get(b) ?? 1)));
    return { ...p, weights, total: weights.reduce((a, b) => a + b, 0), length: p.bigrams.length + 1 };
  });
  // Only rare bigrams trigger a phrase: common ones (食品, 经营, 规定) would make every sentence a
  // candidate for hundreds of phrases.
  const maxDf = Math.max(3, Math.ceil(n * 0.02));
  const triggers = new Map<number, number[]>();
  phrases.forEach((p, id) => {
    for (const b of p.bigrams) {
      if ((df.get(b) ?? 0) > maxDf) continue;
      const list = triggers.get(b);
      if (list) list.push(id);
      else triggers.set(b, [id]);
    }
  });

  return {
    find(s) {
      if (phrases.length === 0 || s.length < 2) return [];
      const candidates = new Set<number>();
      const codes = bigramsOf(s);
      for (const b of codes) {
        const ids = triggers.get(b);
        if (ids) for (const id of ids) candidates.add(id);
      }
      if (candidates.size === 0) return [];
      // Where each bigram occurs in s (bigramsOf skips pairs with punctuation, so recompute positions).
      const positions = new Map<number, number[]>();
      for (let i = 0; i + 1 < s.length; i++) {
        const a = s.charCodeAt(i);
        const b = s.charCodeAt(i + 1);
        if (!isWordChar(a) || !isWordChar(b)) continue;
        const key = a * 0x10000 + b;
        const list = positions.get(key);
        if (list) list.push(i);
        else positions.set(key, [i]);
      }
      const found: LocalMention[] = [];
      for (const id of candidates) {
        const p = phrases[id];
        if (!p) continue;
        const hit = bestWindow(p, positions);
        if (hit) found.push({ ...hit, matterId: p.matterId });
      }
      // Best first; a span goes to the best-scoring matters (equal scores share it).
      found.sort((a, b) => b.score - a.score || a.start - b.start);
      const kept: LocalMention[] = [];
      for (const m of found) {
        const clash = kept.find((k) => k.start < m.end && m.start < k.end);
        if (clash && (clash.score > m.score + 1e-9 || clash.matterId === m.matterId)) continue;
        kept.push(m);
      }
      return kept.sort((a, b) => a.start - b.start);
    },
  };
}

/** The window of s (at most about twice the phrase) covering the most of the phrase's weight. */
function bestWindow(p: Phrase, positions: Map<number, number[]>): Omit<LocalMention, 'matterId'> | null {
  const occ: [number, number][] = []; // [position, bigram index in phrase]
  p.bigrams.forEach((b, j) => {
    for (const pos of positions.get(b) ?? []) occ.push([pos, j]);
  });
  if (occ.length < MIN_BIGRAMS) return null;
  occ.sort((a, b) => a[0] - b[0]);
  const width = p.length * 2 + 4;
  const count = new Array<number>(p.bigrams.length).fill(0);
  let weight = 0;
  let distinct = 0;
  let best: Omit<LocalMention, 'matterId'> | null = null;
  let bestWeight = 0;
  let lo = 0;
  for (let hi = 0; hi < occ.length; hi++) {
    const [pos, j] = occ[hi] as [number, number];
    if (count[j] === 0) {
      weight += p.weights[j] ?? 0;
      distinct++;
    }
    count[j] = (count[j] ?? 0) + 1;
    while (pos - (occ[lo]?.[0] ?? pos) + 2 > width) {
      const k = occ[lo]?.[1] ?? 0;
      count[k] = (count[k] ?? 1) - 1;
      if (count[k] === 0) {
        weight -= p.weights[k] ?? 0;
        distinct--;
      }
      lo++;
    }
    if (distinct >= MIN_BIGRAMS && weight > bestWeight) {
      bestWeight = weight;
      best = { start: occ[lo]?.[0] ?? pos, end: pos + 2, score: weight / p.total };
    }
  }
  return best && best.score >= MIN_SCORE ? best : null;
}
