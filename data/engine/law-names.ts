// The recognizer's dictionary: every title and short name of the laws we hold, looked up exactly,
// backwards from a position (a name written without 《》 right before 第…条), or with a typo.
import type { LawVersion } from './model.ts';
import { normalizeKey } from './normalize.ts';

export interface LawName {
  lawId: string;
  /** Official full title of the newest version. */
  title: string;
}

interface TrieNode {
  next: Map<number, TrieNode>;
  law: LawName | null;
}

const PRC = '中华人民共和国';

export interface LawNames {
  /** Exact lookup of a title or short name as written (normalized); null when unknown. */
  exact(name: string): LawName | null;
  /** Exact, else the closest name within a small edit distance (typos such as 食品安全发). */
  lookup(name: string): LawName | null;
  /** The longest known name ending at `end` in `text`, as [start, law]; null when none. */
  endingAt(text: string, end: number): [number, LawName] | null;
}

export function buildLawNames(laws: LawVersion[]): LawNames {
  const newest = new Map<string, LawVersion>();
  for (const v of laws) {
    const cur = newest.get(v.lawId);
    if (!cur || v.issued > cur.issued) newest.set(v.lawId, v);
  }
  const byName = new Map<string, LawName>();
  for (const v of laws) {
    const law: LawName = { lawId: v.lawId, title: newest.get(v.lawId)?.title ?? v.title };
    for (const raw of [v.title, v.lawId, ...v.shortNames]) {
      const key = normalizeKey(raw);
      if (key.length < 2) continue;
      // The first writer wins so that a short name shared by two laws never flips between builds.
      if (!byName.has(key)) byName.set(key, law);
      if (key.startsWith(PRC) && key.length > PRC.length + 1 && !byName.has(key.slice(PRC.length))) {
        byName.set(key.slice(PRC.length), law);
      }
    }
  }
  // Reversed trie: walking backwards from a position finds the names that end there.
  const root: TrieNode = { next: new Map(), law: null };
  for (const [key, law] of byName) {
    let node = root;
    for (let i = key.length - 1; i >= 0; i--) {
      const c = key.charCodeAt(i);
      let child = node.next.get(c);
      if (!child) {
        child = { next: new Map(), law: null };
        node.next.set(c, child);
      }
      node = child;
    }
    node.law = law;
  }
  const keys = [...byName.keys()];
  const fuzzyCache = new Map<string, LawName | null>();

  const exact = (name: string): LawName | null => byName.get(normalizeKey(name)) ?? null;

  return {
    exact,
    lookup(name) {
      const key = normalizeKey(name);
      const hit = byName.get(key);
      if (hit) return hit;
      if (fuzzyCache.has(key)) return fuzzyCache.get(key) ?? null;
      const found = closest(key, keys, byName);
      if (fuzzyCache.size > 10_000) fuzzyCache.clear();
      fuzzyCache.set(key, found);
      return found;
    },
    endingAt(text, end) {
      let node: TrieNode | undefined = root;
      let best: [number, LawName] | null = null;
      for (let i = end - 1; i >= 0 && node; i--) {
        node = node.next.get(text.charCodeAt(i));
        if (node?.law) best = [i, node.law];
      }
      return best;
    },
  };
}

const INSTRUMENT = /(条例|细则|办法|规定|决定|规则|意见|通知|标准|目录|清单)$/;

/** Allowed typos: one edit for names up to 9 characters, two beyond; only if the best match is unique. */
function closest(key: string, keys: string[], byName: Map<string, LawName>): LawName | null {
  if (key.length < 4 || key.length > 60) return null;
  const limit = key.length >= 10 ? 2 : 1;
  let best: LawName | null = null;
  let bestDistance = limit + 1;
  let tie = false;
  const suffix = INSTRUMENT.exec(key)?.[0];
  for (const k of keys) {
    if (Math.abs(k.length - key.length) > limit || k.length < 4) continue;
    // A different instrument is not a typo (实施细则 vs 实施条例, 办法 vs 规定).
    if (suffix && !k.endsWith(suffix)) continue;
    const d = editDistance(key, k, limit);
    const law = byName.get(k) ?? null;
    if (d < bestDistance) {
      bestDistance = d;
      best = law;
      tie = false;
    } else if (d === bestDistance && law && best && law.lawId !== best.lawId) {
      tie = true;
    }
  }
  if (!best || tie || bestDistance > limit) return null;
  return best;
}

/** Levenshtein distance, giving up (returning limit + 1) once every cell in a row exceeds `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length] ?? limit + 1;
}
