// Violations described in words ("销售的香蕉农药残留超标") recognized as matters. A matter's phrases are
// its name, aliases and list-item titles, plus variants with colloquial words from the synonym table
// (超过食品安全标准限量 → 超标). A sentence mentions a phrase where a run of its character bigrams
// mostly occurs in the phrase (a gap or a changed character is tolerated) and the run carries enough
// rare bigrams to be specific; statutory names are long, so the run need not cover the whole phrase.
// A colloquial term that on its own names a violation (没亮照, 过期食品, 无证经营) is too short for
// bigram runs: it is matched as written, for the matters whose phrases contain its canonical wording.
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
  total: number;
}

/** A colloquial term matched as written, standing for a canonical wording of these matters. */
interface Keyword {
  text: string;
  matterIds: string[];
  /** The idf weight of the canonical wording it stands for (ranks it against bigram runs). */
  weight: number;
}

/** Distinct bigrams a run needs, how many of them rare, and the share of the run found in the phrase. */
const MIN_MATCHED = 4;
const MIN_RARE = 3;
const MIN_PRECISION = 0.75;
/** Share of the phrase's weight a run must carry: below it, boilerplate (当事人在规定期限内) matches. */
const MIN_SCORE = 0.2;
/** Parts of a name that cite rather than describe: titles, article labels, 本法. */
const CITING =
  /《[^》]*》|中华人民共和国|第[零〇一二两三四五六七八九十百千0-9]+[条款项章节]|本法|本条例|本规定|本办法/g;

/** A character as 15 bits: ASCII as is, CJK ideographs shifted below 0x8000, anything else one code. */
const code15 = (c: number) => (c < 0x80 ? c : c >= 0x4e00 && c <= 0x9fff ? c - 0x2e00 : 0x7fff);
/** A bigram as a 30-bit integer, which stays unboxed (a * 0x10000 + b would allocate a number). */
const bigramKey = (a: number, b: number) => (code15(a) << 15) | code15(b);
const FILTER_BITS = 18;
/** A bigram's bit in the trigger filter (multiplicative hash: all bits of both characters count). */
const filterBit = (key: number) => Math.imul(key, 0x2c1b3c6d) >>> (32 - FILTER_BITS);
/** Consecutive misses that end a run. */
const MAX_GAP = 2;
/**
 * A colloquial term is matched as written when it is at least this long and its canonical wording is
 * a clause (≥ 6 characters) it does not merely shorten: 健康证 (健康证明) or 建筑垃圾 name no violation.
 */
const MIN_KEYWORD = 3;
const MIN_KEYWORD_CANONICAL = 6;
/** Nothing found: one shared empty list (most sentences). */
const NONE = Object.freeze([]) as unknown as LocalMention[];

const isWordChar = (c: number) =>
  (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a);

function bigramsOf(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i + 1 < s.length; i++) {
    const a = s.charCodeAt(i);
    const b = s.charCodeAt(i + 1);
    if (isWordChar(a) && isWordChar(b)) out.push(bigramKey(a, b));
  }
  return out;
}

/**
 * A synonym table entry: phrases containing the canonical wording (≥ 2 characters) get a variant with
 * the colloquial form (农药残留 → 农残).
 */
interface SynonymPair {
  colloquial: string;
  canonical: string;
  /** The colloquial form is also matched as written (see MIN_KEYWORD). */
  keyword: boolean;
}

/**
 * The synonym pairs whose canonical wording occurs in a phrase, in table order: one pass over the
 * phrase's characters (the pairs indexed by first character) instead of a search per pair.
 */
function synonymsIn(table: [string, string[]][]): { pairs: SynonymPair[]; find(phrase: string): number[] } {
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
          if (stamp[k] === call || !phrase.startsWith((pairs[k] as SynonymPair).canonical, i)) continue;
          stamp[k] = call;
          found.push(k);
        }
      }
      return found.length > 1 ? found.sort((x, y) => x - y) : found;
    },
  };
}

export function buildMentionIndex(
  matters: Iterable<Matter>,
  synonyms: Record<string, string[]> = {},
  extraNames: (matterId: string) => string[] = () => [],
): MentionIndex {
  const table = Object.entries(synonyms).map(
    ([k, v]) => [normalizeKey(k), v.map(normalizeKey)] as [string, string[]],
  );
  const synonymTable = synonymsIn(table);
  // Phrases as flat lists: each distinct bigram gets a dense id on first sight, so document
  // frequencies, weights and dedup stamps are arrays indexed by it (a Set per phrase costs most).
  const denseOf = new Map<number, number>();
  const gramKey: number[] = [];
  const df: number[] = [];
  const lastMatter: number[] = [];
  const lastPhrase: number[] = [];
  /** Phrase p's distinct bigrams, in order of first occurrence: flat[from[p] .. from[p + 1]). */
  const flat: number[] = [];
  const from: number[] = [0];
  const phraseMatter: string[] = [];
  let attempt = 0;
  /** Matters with a phrase, numbered (document frequency counts each once). */
  const matterNumber = new Map<string, number>();
  /** Colloquial term → canonical wording → the matters whose phrases contain it. */
  const keywordMatters = new Map<string, Map<string, Set<string>>>();
  /** Adds phrase `v` of a matter unless it has too few distinct bigrams. */
  const addPhrase = (v: string, matterId: string) => {
    attempt++;
    const mark = flat.length;
    for (let i = 0; i + 1 < v.length; i++) {
      const a = v.charCodeAt(i);
      const b = v.charCodeAt(i + 1);
      if (!isWordChar(a) || !isWordChar(b)) continue;
      const key = bigramKey(a, b);
      let d = denseOf.get(key);
      if (d === undefined) {
        d = gramKey.length;
        denseOf.set(key, d);
        gramKey.push(key);
        df.push(0);
        lastMatter.push(-1);
        lastPhrase.push(0);
      }
      if (lastPhrase[d] === attempt) continue;
      lastPhrase[d] = attempt;
      flat.push(d);
    }
    if (flat.length - mark < MIN_MATCHED) {
      flat.length = mark;
      return;
    }
    // Document frequency over matters, not phrases: a matter's variants must not make its words common.
    let matterIndex = matterNumber.get(matterId);
    if (matterIndex === undefined) {
      matterIndex = matterNumber.size;
      matterNumber.set(matterId, matterIndex);
    }
    for (let k = mark; k < flat.length; k++) {
      const d = flat[k] as number;
      if (lastMatter[d] === matterIndex) continue;
      lastMatter[d] = matterIndex;
      df[d] = (df[d] as number) + 1;
    }
    from.push(flat.length);
    phraseMatter.push(matterId);
  };
  for (const m of matters) {
    const seen = new Set<string>();
    for (const name of [m.name, ...m.aliases, ...extraNames(m.id)]) {
      const phrase = normalizeKey(name).replace(CITING, '，');
      const present = synonymTable.find(phrase);
      const forms = [phrase];
      for (const k of present) {
        const pair = synonymTable.pairs[k] as SynonymPair;
        forms.push(phrase.replace(pair.canonical, pair.colloquial));
      }
      for (const v of forms) {
        if (seen.has(v)) continue;
        seen.add(v);
        addPhrase(v, m.id);
      }
      for (const k of present) {
        const { colloquial, canonical, keyword } = synonymTable.pairs[k] as SynonymPair;
        if (!keyword) continue;
        const byCanonical = keywordMatters.get(colloquial) ?? new Map<string, Set<string>>();
        byCanonical.set(canonical, (byCanonical.get(canonical) ?? new Set()).add(m.id));
        keywordMatters.set(colloquial, byCanonical);
      }
    }
  }
  const n = matterNumber.size;
  const grams = gramKey.length;
  const idfOf = new Float64Array(grams);
  // Only rare bigrams trigger a phrase and count as specific: common ones (食品, 经营, 规定) would make
  // every sentence a candidate for hundreds of phrases.
  const maxDf = Math.max(3, Math.ceil(n * 0.02));
  const isRare = new Uint8Array(grams);
  for (let d = 0; d < grams; d++) {
    idfOf[d] = Math.log(1 + n / ((df[d] as number) || n));
    isRare[d] = (df[d] as number) <= maxDf ? 1 : 0;
  }
  const phraseCount = phraseMatter.length;
  const phrases: Phrase[] = new Array(phraseCount);
  for (let p = 0; p < phraseCount; p++) {
    let total = 0;
    for (let k = from[p] as number; k < (from[p + 1] as number); k++)
      total += idfOf[flat[k] as number] as number;
    phrases[p] = { matterId: phraseMatter[p] as string, total };
  }
  // (phrase, bigram) → weight, negative when the bigram is rare (one lookup tells both): one flat
  // open-addressing table, probed with integer arithmetic only (a Map per phrase boxes and hashes).
  const entries = flat.length;
  const bits = Math.max(4, Math.ceil(Math.log2(entries * 2 + 1)));
  const mask = (1 << bits) - 1;
  const slotPhrase = new Int32Array(1 << bits).fill(-1);
  const slotGram = new Int32Array(1 << bits);
  const slotWeight = new Float64Array(1 << bits);
  const home = (id: number, gram: number) =>
    Math.imul(gram ^ Math.imul(id + 1, 0x85ebca6b), 0x9e3779b1) >>> (32 - bits);
  /** The slot of `gram` in phrase `id`, -1 when the phrase lacks it (a slot, not the weight: a double
   * returned from a call would be boxed). */
  const slotOf = (id: number, gram: number): number => {
    for (let h = home(id, gram); ; h = (h + 1) & mask) {
      const p = slotPhrase[h] as number;
      if (p === -1) return -1;
      if (p === id && slotGram[h] === gram) return h;
    }
  };
  // Rare bigram → the phrases it occurs in (triggers numbered as first seen); a keyword's first
  // bigram → the keywords starting with it. Counted first, then filled into flat lists.
  const triggerOfGram = new Int32Array(grams).fill(-1);
  const triggerKeys: number[] = [];
  const idCounts: number[] = [];
  for (let id = 0; id < phraseCount; id++) {
    for (let k = from[id] as number; k < (from[id + 1] as number); k++) {
      const d = flat[k] as number;
      const b = gramKey[d] as number;
      let h = home(id, b);
      while (slotPhrase[h] !== -1) h = (h + 1) & mask;
      slotPhrase[h] = id;
      slotGram[h] = b;
      slotWeight[h] = isRare[d] ? -(idfOf[d] as number) : (idfOf[d] as number);
      if (!isRare[d]) continue;
      let t = triggerOfGram[d] as number;
      if (t < 0) {
        t = triggerKeys.length;
        triggerOfGram[d] = t;
        triggerKeys.push(b);
        idCounts.push(0);
      }
      idCounts[t] = (idCounts[t] as number) + 1;
    }
  }
  const keywords: Keyword[] = [];
  for (const [text, byCanonical] of keywordMatters) {
    for (const [canonical, ids] of byCanonical) {
      const weight = [...new Set(bigramsOf(canonical))].reduce((a, b) => {
        const d = denseOf.get(b);
        return a + (d === undefined ? Math.log(2) : (idfOf[d] as number));
      }, 0);
      keywords.push({ text, matterIds: [...ids], weight });
    }
  }
  /** Keyword triggers whose bigram is no rare phrase bigram, numbered after those. */
  const extraTrigger = new Map<number, number>();
  const keywordTrigger = keywords.map((k) => {
    const b = bigramKey(k.text.charCodeAt(0), k.text.charCodeAt(1));
    const d = denseOf.get(b);
    if (d !== undefined && (triggerOfGram[d] as number) >= 0) return triggerOfGram[d] as number;
    let t = extraTrigger.get(b);
    if (t === undefined) {
      t = triggerKeys.length;
      extraTrigger.set(b, t);
      triggerKeys.push(b);
      idCounts.push(0);
    }
    return t;
  });
  const triggerCount = triggerKeys.length;
  const idFrom = new Int32Array(triggerCount + 1);
  const wordFrom = new Int32Array(triggerCount + 1);
  for (let t = 0; t < triggerCount; t++) idFrom[t + 1] = (idFrom[t] as number) + (idCounts[t] as number);
  for (const t of keywordTrigger) wordFrom[t + 1] = (wordFrom[t + 1] as number) + 1;
  for (let t = 0; t < triggerCount; t++)
    wordFrom[t + 1] = (wordFrom[t + 1] as number) + (wordFrom[t] as number);
  const ids = new Int32Array(idFrom[triggerCount] as number);
  const words = new Int32Array(keywords.length);
  const fill = idFrom.slice(0, triggerCount);
  for (let id = 0; id < phraseCount; id++) {
    for (let k = from[id] as number; k < (from[id + 1] as number); k++) {
      const t = triggerOfGram[flat[k] as number] as number;
      if (t < 0) continue;
      const at = fill[t] as number;
      ids[at] = id;
      fill[t] = at + 1;
    }
  }
  const wordFill = wordFrom.slice(0, triggerCount);
  keywordTrigger.forEach((t, w) => {
    const at = wordFill[t] as number;
    words[at] = w;
    wordFill[t] = at + 1;
  });
  // Every bigram of every sentence is looked up, so the lookup is kept in cache: a 32 KB bit filter
  // rejects most bigrams, then an open-addressing table half full holds (bigram, trigger) pairs side
  // by side; each trigger's phrases and keywords are flat lists (offsets per trigger).
  const filter = new Int32Array(1 << (FILTER_BITS - 5));
  const tBits = Math.max(4, Math.ceil(Math.log2(triggerCount * 2 + 1)));
  const tMask = (1 << tBits) - 1;
  const tHome = (key: number) => Math.imul(key, 0x9e3779b1) >>> (32 - tBits);
  const pairs = new Int32Array(2 << tBits).fill(-1);
  for (let t = 0; t < triggerCount; t++) {
    const b = triggerKeys[t] as number;
    const f = filterBit(b);
    filter[f >>> 5] = (filter[f >>> 5] as number) | (1 << (f & 31));
    let h = tHome(b);
    while (pairs[2 * h] !== -1) h = (h + 1) & tMask;
    pairs[2 * h] = b;
    pairs[2 * h + 1] = t;
  }
  /** The trigger index of bigram `key`, or -1. */
  const triggerAt = (key: number): number => {
    const f = filterBit(key);
    if (((filter[f >>> 5] as number) & (1 << (f & 31))) === 0) return -1;
    for (let h = tHome(key); ; h = (h + 1) & tMask) {
      const k = pairs[2 * h] as number;
      if (k === key) return pairs[2 * h + 1] as number;
      if (k === -1) return -1;
    }
  };
  // Each trigger is stamped with the call that saw it (distinct bigrams per sentence).
  const seenStamp = new Uint32Array(triggerCount);
  let stamp = 0;
  const counts = new Uint16Array(phrases.length);
  // Scratch lists as typed arrays with counts: `array.length = 0` would drop a plain array's storage.
  const touched = new Int32Array(phrases.length);
  const candidates = new Int32Array(phrases.length);
  /** Keyword matches of the current call: [keyword, start] pairs. */
  let wordHits = new Int32Array(64);
  let scratchGrams = new Int32Array(256);
  let scratchPos = new Int32Array(256);

  /** Distinct bigrams of the current run (scratch), and the best run found: [start, end, weight]. */
  const seen = new Int32Array(512);
  const best: [number, number, number] = [0, 0, 0];

  /** The best run of the text's bigrams found in phrase id, into `best`; false when there is none. */
  function bestRun(id: number, grams: Int32Array, pos: Int32Array, count: number): boolean {
    let found = false;
    let i = 0;
    while (i < count) {
      if (slotOf(id, grams[i] as number) < 0) {
        i++;
        continue;
      }
      // A run starts at a hit and extends while misses stay short and adjacent in the text.
      let distinct = 0;
      let weight = 0;
      let rareCount = 0;
      let hits = 0;
      let misses = 0;
      let gap = 0;
      let last = i;
      let j = i;
      for (; j < count; j++) {
        if (j > i && (pos[j] ?? 0) - (pos[j - 1] ?? 0) > 1) break; // punctuation ends the run
        const g = grams[j] as number;
        const slot = slotOf(id, g);
        if (slot >= 0) {
          const w = slotWeight[slot] as number;
          gap = 0;
          hits++;
          last = j;
          let dup = false;
          for (let k = 0; k < distinct; k++) if (seen[k] === g) dup = true;
          if (!dup && distinct < seen.length) {
            seen[distinct++] = g;
            weight += Math.abs(w);
            if (w < 0) rareCount++;
          }
        } else {
          misses++;
          if (++gap > MAX_GAP) break;
        }
      }
      const runMisses = misses - gap;
      if (distinct >= MIN_MATCHED && rareCount >= MIN_RARE && hits / (hits + runMisses) >= MIN_PRECISION) {
        if (!found || weight > best[2]) {
          best[0] = pos[i] ?? 0;
          best[1] = (pos[last] ?? 0) + 2;
          best[2] = weight;
          found = true;
        }
      }
      i = Math.max(j, i + 1);
    }
    return found;
  }

  return {
    find(s) {
      if (s.length < 2) return NONE;
      // Distinct rare bigrams of each phrase seen; a phrase with fewer than MIN_RARE cannot match.
      stamp = stamp === 0xffffffff ? 1 : stamp + 1;
      if (stamp === 1) seenStamp.fill(0);
      let nTouched = 0;
      let nHits = 0;
      // Each character's 15-bit code is taken once and carried to the next bigram.
      let prev = code15(s.charCodeAt(0));
      for (let i = 0; i + 1 < s.length; i++) {
        const next = code15(s.charCodeAt(i + 1));
        const key = (prev << 15) | next;
        prev = next;
        const trigger = triggerAt(key);
        if (trigger < 0) continue;
        for (let k = wordFrom[trigger] as number; k < (wordFrom[trigger + 1] as number); k++) {
          const w = words[k] as number;
          if (!s.startsWith((keywords[w] as Keyword).text, i)) continue;
          if (nHits + 2 > wordHits.length) {
            const grown = new Int32Array(wordHits.length * 2);
            grown.set(wordHits);
            wordHits = grown;
          }
          wordHits[nHits++] = w;
          wordHits[nHits++] = i;
        }
        if (seenStamp[trigger] === stamp) continue;
        seenStamp[trigger] = stamp;
        for (let k = idFrom[trigger] as number; k < (idFrom[trigger + 1] as number); k++) {
          const id = ids[k] as number;
          if (counts[id] === 0) touched[nTouched++] = id;
          counts[id] = (counts[id] ?? 0) + 1;
        }
      }
      let nCandidates = 0;
      for (let k = 0; k < nTouched; k++) {
        const id = touched[k] as number;
        if ((counts[id] ?? 0) >= MIN_RARE) candidates[nCandidates++] = id;
        counts[id] = 0;
      }
      if (nCandidates === 0 && nHits === 0) return NONE;
      const found: (LocalMention & { weight: number })[] = [];
      for (let k = 0; k < nHits; k += 2) {
        const word = keywords[wordHits[k] as number] as Keyword;
        const start = wordHits[k + 1] as number;
        for (const matterId of word.matterIds)
          found.push({ start, end: start + word.text.length, matterId, score: 1, weight: word.weight });
      }
      if (nCandidates > 0) {
        // Scratch buffers reused from call to call: a sentence's bigrams and where they start.
        if (scratchGrams.length < s.length) {
          scratchGrams = new Int32Array(s.length * 2);
          scratchPos = new Int32Array(s.length * 2);
        }
        const grams = scratchGrams;
        const pos = scratchPos;
        let count = 0;
        for (let i = 0; i + 1 < s.length; i++) {
          const a = s.charCodeAt(i);
          const b = s.charCodeAt(i + 1);
          if (!isWordChar(a) || !isWordChar(b)) continue;
          grams[count] = bigramKey(a, b);
          pos[count++] = i;
        }
        for (let k = 0; k < nCandidates; k++) {
          const id = candidates[k] as number;
          const p = phrases[id];
          // Score: the run's weight relative to the phrase, so a run covering more of a phrase wins.
          if (p && bestRun(id, grams, pos, count) && best[2] / p.total >= MIN_SCORE)
            found.push({
              start: best[0],
              end: best[1],
              matterId: p.matterId,
              score: best[2] / p.total,
              weight: best[2],
            });
        }
      }
      if (found.length === 0) return NONE;
      // One matter per span: the heaviest run first, then the phrase it covers most of; equals share it.
      found.sort((a, b) => b.weight - a.weight || b.score - a.score || a.start - b.start);
      const kept: (LocalMention & { weight: number })[] = [];
      for (const m of found) {
        const clash = kept.find((k) => k.start < m.end && m.start < k.end);
        if (clash && !(Math.abs(clash.weight - m.weight) < 1e-9 && Math.abs(clash.score - m.score) < 1e-9))
          continue;
        if (kept.some((k) => k.matterId === m.matterId)) continue;
        kept.push(m);
      }
      return kept.sort((a, b) => a.start - b.start).map(({ weight: _w, ...m }) => m);
    },
  };
}
