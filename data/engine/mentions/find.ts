// Finding mentions in one normalized sentence. A sentence's rare bigrams vote for the phrases they
// occur in; a phrase with enough votes is a candidate, and its best run — consecutive bigrams of the
// sentence mostly found in the phrase — is a mention when it is specific and heavy enough. Keywords
// are matched as written where their first bigram occurs.
import { atLeast, none } from '../reuse.ts';
import { bigramKey, isWordChar } from './bigrams.ts';
import { MIN_MATCHED, type Phrases } from './phrases.ts';
import { Triggers } from './tables.ts';

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
 * one call of `find`; the results are fresh objects). A sentence's bigrams are looked up once, as
 * dense ids; a candidate phrase is then tested by marking its own bigrams, with array reads only.
 */
export class MentionFinder {
  private readonly triggers: Triggers;
  private readonly p: Phrases;
  /** Each trigger is stamped with the call that saw it (distinct bigrams per sentence). */
  private readonly seenStamp: Uint32Array;
  private stamp = 0;
  /** Votes per phrase, the phrases voted for, and those with enough votes. */
  private readonly counts: Uint16Array;
  private readonly touched: Int32Array;
  private readonly candidates: Int32Array;
  /** Keyword matches of the current call: [keyword, start] pairs, and how many slots are used. */
  private wordHits = new Int32Array(64);
  private nHits = 0;
  /** The sentence's word bigrams as dense ids (-1: no phrase has it) and where each starts. */
  private grams = new Int32Array(256);
  private pos = new Int32Array(256);
  private count = 0;
  /** Per dense bigram id: the candidate phrase that has it, and the run that counted it (stamps). */
  private readonly inPhrase: Uint32Array;
  private phraseStamp = 0;
  private readonly inRun: Uint32Array;
  private runStamp = 0;
  /** The best run found: start, end, weight. */
  private bestStart = 0;
  private bestEnd = 0;
  private bestWeight = 0;

  constructor(p: Phrases) {
    this.p = p;
    this.triggers = new Triggers(p);
    this.seenStamp = new Uint32Array(this.triggers.count);
    this.counts = new Uint16Array(p.matter.length);
    this.touched = new Int32Array(p.matter.length);
    this.candidates = new Int32Array(p.matter.length);
    this.inPhrase = new Uint32Array(this.triggers.of.length);
    this.inRun = new Uint32Array(this.triggers.of.length);
  }

  /** Mentions in normalized text `s` (offsets into `s`). */
  find(s: string): LocalMention[] {
    if (s.length < 2) return none();
    const nCandidates = this.vote(s);
    const nHits = this.nHits;
    if (nCandidates === 0 && nHits === 0) return none();
    const found: Found[] = [];
    for (let k = 0; k < nHits; k += 2) {
      const word = this.p.keywords[this.wordHits[k] ?? 0];
      const start = this.wordHits[k + 1] ?? 0;
      if (!word) continue;
      for (const matterId of word.matterIds)
        found.push({ start, end: start + word.text.length, matterId, score: 1, weight: word.weight });
    }
    for (let k = 0; k < nCandidates; k++) {
      const id = this.candidates[k] ?? 0;
      const total = this.p.total[id] ?? 1;
      // Score: the run's weight relative to the phrase, so a run covering more of a phrase wins.
      if (this.bestRun(id) && this.bestWeight / total >= MIN_SCORE)
        found.push({
          start: this.bestStart,
          end: this.bestEnd,
          matterId: this.p.matter[id] ?? '',
          score: this.bestWeight / total,
          weight: this.bestWeight,
        });
    }
    return found.length ? oneMatterPerSpan(found) : none();
  }

  /**
   * Looks up the sentence's bigrams (into grams/pos), counts each phrase's votes and the keyword
   * hits; returns how many phrases have enough votes (in `candidates`).
   */
  // biome-ignore lint/complexity/noExcessiveCognitiveComplexity: the hot loop over every bigram of every sentence: kept whole, no calls per bigram
  private vote(s: string): number {
    const { triggers, counts, touched, seenStamp } = this;
    const of = triggers.of;
    // Distinct rare bigrams of each phrase seen; a phrase with fewer than MIN_RARE cannot match.
    this.stamp = this.stamp === 0xffffffff ? 1 : this.stamp + 1;
    if (this.stamp === 1) seenStamp.fill(0);
    const stamp = this.stamp;
    this.grams = atLeast(this.grams, s.length);
    this.pos = atLeast(this.pos, s.length);
    const { grams, pos } = this;
    let count = 0;
    let nTouched = 0;
    this.nHits = 0;
    // Each character's code is read once and carried to the next bigram.
    let a = s.charCodeAt(0);
    for (let i = 0; i + 1 < s.length; i++) {
      const b = s.charCodeAt(i + 1);
      const d = triggers.ids.at(bigramKey(a, b));
      if (isWordChar(a) && isWordChar(b)) {
        grams[count] = d;
        pos[count++] = i;
      }
      a = b;
      const trigger = d < 0 ? -1 : (of[d] ?? -1);
      if (trigger < 0) continue;
      const wordEnd = triggers.wordFrom[trigger + 1] ?? 0;
      for (let k = triggers.wordFrom[trigger] ?? 0; k < wordEnd; k++)
        this.keywordAt(s, i, triggers.words[k] ?? 0);
      if (seenStamp[trigger] === stamp) continue;
      seenStamp[trigger] = stamp;
      const idEnd = triggers.idFrom[trigger + 1] ?? 0;
      for (let k = triggers.idFrom[trigger] ?? 0; k < idEnd; k++) {
        const id = triggers.phrases[k] ?? 0;
        if (counts[id] === 0) touched[nTouched++] = id;
        counts[id] = (counts[id] ?? 0) + 1;
      }
    }
    this.count = count;
    let nCandidates = 0;
    for (let k = 0; k < nTouched; k++) {
      const id = touched[k] ?? 0;
      if ((counts[id] ?? 0) >= MIN_RARE) this.candidates[nCandidates++] = id;
      counts[id] = 0;
    }
    return nCandidates;
  }

  private keywordAt(s: string, i: number, w: number): void {
    if (!s.startsWith(this.p.keywords[w]?.text ?? '\0', i)) return;
    this.wordHits = atLeast(this.wordHits, this.nHits + 2);
    this.wordHits[this.nHits++] = w;
    this.wordHits[this.nHits++] = i;
  }

  /** Stamps phrase id's bigrams in `inPhrase`: membership is then one array read. */
  private markPhrase(id: number): number {
    this.phraseStamp = this.phraseStamp === 0xffffffff ? 1 : this.phraseStamp + 1;
    if (this.phraseStamp === 1) this.inPhrase.fill(0);
    const { flat, from } = this.p;
    for (let k = from[id] ?? 0; k < (from[id + 1] ?? 0); k++) this.inPhrase[flat[k] ?? 0] = this.phraseStamp;
    return this.phraseStamp;
  }

  private nextRun(): number {
    this.runStamp = this.runStamp === 0xffffffff ? 1 : this.runStamp + 1;
    if (this.runStamp === 1) this.inRun.fill(0);
    return this.runStamp;
  }

  /** The best run of the sentence's bigrams found in phrase id, into best*; false when there is none. */
  // biome-ignore lint/complexity/noExcessiveCognitiveComplexity: the hot loop over a candidate's bigrams: kept whole, no calls or allocations per bigram
  private bestRun(id: number): boolean {
    const { grams, pos, count, inPhrase, inRun } = this;
    const { idf, rare } = this.p;
    const mark = this.markPhrase(id);
    let found = false;
    let i = 0;
    while (i < count) {
      const first = grams[i] ?? -1;
      if (first < 0 || inPhrase[first] !== mark) {
        i++;
        continue;
      }
      // A run starts at a hit and extends while misses stay short and adjacent in the text.
      const run = this.nextRun();
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
        const g = grams[j] ?? -1;
        if (g < 0 || inPhrase[g] !== mark) {
          misses++;
          if (++gap > MAX_GAP) break;
          continue;
        }
        gap = 0;
        hits++;
        last = j;
        if (inRun[g] !== run && distinct < MAX_RUN) {
          inRun[g] = run;
          distinct++;
          weight += idf[g] ?? 0;
          if (rare[g]) rareCount++;
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
