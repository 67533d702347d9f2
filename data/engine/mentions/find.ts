// Finding mentions in one normalized sentence. A sentence's rare bigrams vote for the phrases they
// occur in; a phrase with enough votes is a candidate, and its best run — consecutive bigrams of the
// sentence mostly found in the phrase — is a mention when it is specific and heavy enough. Keywords
// are matched as written where their first bigram occurs.
import { atLeast, none } from '../reuse.ts';
import { bigramKey, code15, isWordChar } from './bigrams.ts';
import { type Keyword, MIN_MATCHED, type Phrases } from './phrases.ts';
import { PhraseWeights, Triggers } from './tables.ts';

export interface LocalMention {
  start: number;
  end: number;
  matterId: string;
  score: number;
}

/** Rare bigrams a run needs, and the share of the run found in the phrase. */
const MIN_RARE = 3;
const MIN_PRECISION = 0.75;
/** Share of the phrase's weight a run must carry: below it, boilerplate (当事人在规定期限内) matches. */
const MIN_SCORE = 0.2;
/** Consecutive misses that end a run. */
const MAX_GAP = 2;
/** Distinct bigrams of a run tracked at most. */
const MAX_RUN = 512;

type Found = LocalMention & { weight: number };

/**
 * One finder per index, with scratch state reused from call to call (see reuse.ts: valid only during
 * one call of `find`; the results are fresh objects).
 */
export class MentionFinder {
  private readonly weights: PhraseWeights;
  private readonly triggers: Triggers;
  private readonly keywords: Keyword[];
  private readonly matter: string[];
  private readonly total: Float64Array;
  /** Each trigger is stamped with the call that saw it (distinct bigrams per sentence). */
  private readonly seenStamp: Uint32Array;
  private stamp = 0;
  /** Votes per phrase, the phrases voted for, and those with enough votes. */
  private readonly counts: Uint16Array;
  private readonly touched: Int32Array;
  private readonly candidates: Int32Array;
  /** Keyword matches of the current call: [keyword, start] pairs. */
  private wordHits = new Int32Array(64);
  /** The sentence's word bigrams and where each starts. */
  private grams = new Int32Array(256);
  private pos = new Int32Array(256);
  /** Distinct bigrams of the current run, and the best run found: start, end, weight. */
  private readonly seen = new Int32Array(MAX_RUN);
  private bestStart = 0;
  private bestEnd = 0;
  private bestWeight = 0;

  constructor(p: Phrases) {
    this.weights = new PhraseWeights(p);
    this.triggers = new Triggers(p);
    this.keywords = p.keywords;
    this.matter = p.matter;
    this.total = p.total;
    this.seenStamp = new Uint32Array(this.triggers.count);
    this.counts = new Uint16Array(p.matter.length);
    this.touched = new Int32Array(p.matter.length);
    this.candidates = new Int32Array(p.matter.length);
  }

  /** Mentions in normalized text `s` (offsets into `s`). */
  find(s: string): LocalMention[] {
    if (s.length < 2) return none();
    const nCandidates = this.vote(s);
    const nHits = this.nHits;
    if (nCandidates === 0 && nHits === 0) return none();
    const found: Found[] = [];
    for (let k = 0; k < nHits; k += 2) {
      const word = this.keywords[this.wordHits[k] ?? 0];
      const start = this.wordHits[k + 1] ?? 0;
      if (!word) continue;
      for (const matterId of word.matterIds)
        found.push({ start, end: start + word.text.length, matterId, score: 1, weight: word.weight });
    }
    if (nCandidates > 0) this.runs(s, nCandidates, found);
    return found.length ? oneMatterPerSpan(found) : none();
  }

  private nHits = 0;

  /** Counts votes and keyword hits; returns how many phrases have enough votes (in `candidates`). */
  // biome-ignore lint/complexity/noExcessiveCognitiveComplexity: the hot loop over every bigram of every sentence: kept whole, no calls per bigram
  private vote(s: string): number {
    const { triggers, counts, touched, seenStamp } = this;
    // Distinct rare bigrams of each phrase seen; a phrase with fewer than MIN_RARE cannot match.
    this.stamp = this.stamp === 0xffffffff ? 1 : this.stamp + 1;
    if (this.stamp === 1) seenStamp.fill(0);
    const stamp = this.stamp;
    let nTouched = 0;
    this.nHits = 0;
    // Each character's 15-bit code is taken once and carried to the next bigram.
    let prev = code15(s.charCodeAt(0));
    for (let i = 0; i + 1 < s.length; i++) {
      const next = code15(s.charCodeAt(i + 1));
      const key = (prev << 15) | next;
      prev = next;
      const trigger = triggers.at(key);
      if (trigger < 0) continue;
      const wordEnd = triggers.wordFrom[trigger + 1] ?? 0;
      for (let k = triggers.wordFrom[trigger] ?? 0; k < wordEnd; k++)
        this.keywordAt(s, i, triggers.words[k] ?? 0);
      if (seenStamp[trigger] === stamp) continue;
      seenStamp[trigger] = stamp;
      const idEnd = triggers.idFrom[trigger + 1] ?? 0;
      for (let k = triggers.idFrom[trigger] ?? 0; k < idEnd; k++) {
        const id = triggers.ids[k] ?? 0;
        if (counts[id] === 0) touched[nTouched++] = id;
        counts[id] = (counts[id] ?? 0) + 1;
      }
    }
    let nCandidates = 0;
    for (let k = 0; k < nTouched; k++) {
      const id = touched[k] ?? 0;
      if ((counts[id] ?? 0) >= MIN_RARE) this.candidates[nCandidates++] = id;
      counts[id] = 0;
    }
    return nCandidates;
  }

  private keywordAt(s: string, i: number, w: number): void {
    if (!s.startsWith(this.keywords[w]?.text ?? '\0', i)) return;
    this.wordHits = atLeast(this.wordHits, this.nHits + 2);
    this.wordHits[this.nHits++] = w;
    this.wordHits[this.nHits++] = i;
  }

  /** Each candidate phrase's best run in `s`, kept in `found` when it scores enough. */
  private runs(s: string, nCandidates: number, found: Found[]): void {
    this.grams = atLeast(this.grams, s.length);
    this.pos = atLeast(this.pos, s.length);
    const { grams, pos } = this;
    let count = 0;
    for (let i = 0; i + 1 < s.length; i++) {
      const a = s.charCodeAt(i);
      const b = s.charCodeAt(i + 1);
      if (!isWordChar(a) || !isWordChar(b)) continue;
      grams[count] = bigramKey(a, b);
      pos[count++] = i;
    }
    for (let k = 0; k < nCandidates; k++) {
      const id = this.candidates[k] ?? 0;
      const total = this.total[id] ?? 1;
      // Score: the run's weight relative to the phrase, so a run covering more of a phrase wins.
      if (this.bestRun(id, count) && this.bestWeight / total >= MIN_SCORE)
        found.push({
          start: this.bestStart,
          end: this.bestEnd,
          matterId: this.matter[id] ?? '',
          score: this.bestWeight / total,
          weight: this.bestWeight,
        });
    }
  }

  /** The best run of the sentence's bigrams found in phrase id, into best*; false when there is none. */
  // biome-ignore lint/complexity/noExcessiveCognitiveComplexity: the hot loop over a candidate's bigrams: kept whole, no calls or allocations per bigram
  private bestRun(id: number, count: number): boolean {
    const { grams, pos, weights, seen } = this;
    let found = false;
    let i = 0;
    while (i < count) {
      if (weights.slotOf(id, grams[i] ?? 0) < 0) {
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
        const g = grams[j] ?? 0;
        const slot = weights.slotOf(id, g);
        if (slot < 0) {
          misses++;
          if (++gap > MAX_GAP) break;
          continue;
        }
        const w = weights.weight[slot] ?? 0;
        gap = 0;
        hits++;
        last = j;
        let dup = false;
        for (let k = 0; k < distinct; k++) if (seen[k] === g) dup = true;
        if (!dup && distinct < MAX_RUN) {
          seen[distinct++] = g;
          weight += Math.abs(w);
          if (w < 0) rareCount++;
        }
      }
      const runMisses = misses - gap;
      if (distinct >= MIN_MATCHED && rareCount >= MIN_RARE && hits / (hits + runMisses) >= MIN_PRECISION) {
        if (!found || weight > this.bestWeight) {
          this.bestStart = pos[i] ?? 0;
          this.bestEnd = (pos[last] ?? 0) + 2;
          this.bestWeight = weight;
          found = true;
        }
      }
      i = Math.max(j, i + 1);
    }
    return found;
  }
}

/** One matter per span: the heaviest run first, then the phrase it covers most of; equals share it. */
function oneMatterPerSpan(found: Found[]): LocalMention[] {
  found.sort((a, b) => b.weight - a.weight || b.score - a.score || a.start - b.start);
  const kept: Found[] = [];
  for (const m of found) {
    const clash = kept.find((k) => k.start < m.end && m.start < k.end);
    if (clash && !(Math.abs(clash.weight - m.weight) < 1e-9 && Math.abs(clash.score - m.score) < 1e-9))
      continue;
    if (kept.some((k) => k.matterId === m.matterId)) continue;
    kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start).map(({ weight: _w, ...m }) => m);
}
