// Violations described in words ("销售的香蕉农药残留超标") recognized as matters. A matter's phrases are
// its name, aliases and list-item titles, plus variants with colloquial words from the synonym table
// (超过食品安全标准限量 → 超标). A sentence mentions a phrase where a run of its character bigrams
// mostly occurs in the phrase (a gap or a changed character is tolerated) and the run carries enough
// rare bigrams to be specific; statutory names are long, so the run need not cover the whole phrase.
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
  /** Bigram → its weight, negative when the bigram is rare (one lookup tells both). */
  weights: Map<number, number>;
  total: number;
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
const BLOOM_BITS = 18;
/** Slot of a bigram key in the trigger filter (multiplicative hash: all bits of both characters count). */
const filterSlot = (key: number) => Math.imul(key, 0x9e3779b1) >>> (32 - BLOOM_BITS);

/** A character as 15 bits: ASCII as is, CJK ideographs shifted below 0x8000, anything else one code. */
const code15 = (c: number) => (c < 0x80 ? c : c >= 0x4e00 && c <= 0x9fff ? c - 0x2e00 : 0x7fff);
/** A bigram as a 30-bit integer, which stays unboxed (a * 0x10000 + b would allocate a number). */
const bigramKey = (a: number, b: number) => (code15(a) << 15) | code15(b);
/** Consecutive misses that end a run. */
const MAX_GAP = 2;

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

/** Phrase variants with a canonical wording replaced by its colloquial forms (农药残留 → 农残). */
function variants(phrase: string, synonyms: [string, string[]][]): string[] {
  const out = [phrase];
  for (const [colloquial, canonicals] of synonyms) {
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
  extraNames: (matterId: string) => string[] = () => [],
): MentionIndex {
  const table = Object.entries(synonyms).map(
    ([k, v]) => [normalizeKey(k), v.map(normalizeKey)] as [string, string[]],
  );
  const raw: { matterId: string; bigrams: Set<number> }[] = [];
  for (const m of matters) {
    const seen = new Set<string>();
    for (const name of [m.name, ...m.aliases, ...extraNames(m.id)]) {
      for (const v of variants(normalizeKey(name).replace(CITING, '，'), table)) {
        if (seen.has(v)) continue;
        seen.add(v);
        const bigrams = new Set(bigramsOf(v));
        if (bigrams.size >= MIN_MATCHED) raw.push({ matterId: m.id, bigrams });
      }
    }
  }
  // Document frequency over matters, not phrases: a matter's variants must not make its words common.
  const perMatter = new Map<string, Set<number>>();
  for (const p of raw) {
    const set = perMatter.get(p.matterId) ?? new Set<number>();
    for (const b of p.bigrams) set.add(b);
    perMatter.set(p.matterId, set);
  }
  const df = new Map<number, number>();
  for (const set of perMatter.values()) for (const b of set) df.set(b, (df.get(b) ?? 0) + 1);
  const n = perMatter.size;
  const idf = (b: number) => Math.log(1 + n / (df.get(b) ?? n));
  // Only rare bigrams trigger a phrase and count as specific: common ones (食品, 经营, 规定) would make
  // every sentence a candidate for hundreds of phrases.
  const maxDf = Math.max(3, Math.ceil(n * 0.02));
  const rare = (b: number) => (df.get(b) ?? 0) <= maxDf;
  const phrases: Phrase[] = raw.map((p) => ({
    matterId: p.matterId,
    weights: new Map([...p.bigrams].map((b) => [b, rare(b) ? -idf(b) : idf(b)])),
    total: [...p.bigrams].reduce((a, b) => a + idf(b), 0),
  }));
  // Rare bigram → the phrases it occurs in.
  const triggerLists = new Map<number, number[]>();
  // Most bigrams of a text trigger nothing: a one-byte-per-slot filter skips them without a Map lookup.
  const maybeTrigger = new Uint8Array(1 << BLOOM_BITS);
  phrases.forEach((p, id) => {
    for (const [b, w] of p.weights) {
      if (w > 0) continue;
      maybeTrigger[filterSlot(b)] = 1;
      const list = triggerLists.get(b);
      if (list) list.push(id);
      else triggerLists.set(b, [id]);
    }
  });
  // Each trigger bigram has a slot, stamped with the call that saw it (distinct bigrams per sentence).
  const triggers = new Map(
    [...triggerLists].map(([b, ids], slot) => [b, { slot, ids: Int32Array.from(ids) }]),
  );
  const seenStamp = new Uint32Array(triggers.size);
  let stamp = 0;
  const counts = new Uint16Array(phrases.length);
  const touched: number[] = [];
  const candidates: number[] = [];
  let scratchGrams = new Int32Array(256);
  let scratchPos = new Int32Array(256);

  /** Distinct bigrams of the current run (scratch), and the best run found: [start, end, weight]. */
  const seen = new Int32Array(512);
  const best: [number, number, number] = [0, 0, 0];

  /** The best run of the text's bigrams found in phrase p, into `best`; false when there is none. */
  function bestRun(p: Phrase, grams: Int32Array, pos: Int32Array, count: number): boolean {
    let found = false;
    let i = 0;
    while (i < count) {
      if (!p.weights.has(grams[i] as number)) {
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
        const w = p.weights.get(g);
        if (w !== undefined) {
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
      if (phrases.length === 0 || s.length < 2) return [];
      // Distinct rare bigrams of each phrase seen; a phrase with fewer than MIN_RARE cannot match.
      stamp = stamp === 0xffffffff ? 1 : stamp + 1;
      if (stamp === 1) seenStamp.fill(0);
      touched.length = 0;
      for (let i = 0; i + 1 < s.length; i++) {
        const a = s.charCodeAt(i);
        const b = s.charCodeAt(i + 1);
        const key = bigramKey(a, b);
        if (!maybeTrigger[filterSlot(key)]) continue;
        const trigger = triggers.get(key);
        if (!trigger || seenStamp[trigger.slot] === stamp) continue;
        seenStamp[trigger.slot] = stamp;
        const ids = trigger.ids;
        for (let k = 0; k < ids.length; k++) {
          const id = ids[k] as number;
          if (counts[id] === 0) touched.push(id);
          counts[id] = (counts[id] ?? 0) + 1;
        }
      }
      candidates.length = 0;
      for (const id of touched) {
        if ((counts[id] ?? 0) >= MIN_RARE) candidates.push(id);
        counts[id] = 0;
      }
      if (candidates.length === 0) return [];
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
      const found: (LocalMention & { weight: number })[] = [];
      for (const id of candidates) {
        const p = phrases[id];
        const run = p && bestRun(p, grams, pos, count) ? best : null;
        // Score: the run's weight relative to the phrase, so a run covering more of a phrase wins.
        if (p && run && run[2] / p.total >= MIN_SCORE)
          found.push({
            start: run[0],
            end: run[1],
            matterId: p.matterId,
            score: run[2] / p.total,
            weight: run[2],
          });
      }
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
