// The mention finder's lookup tables, flat typed arrays probed with integer arithmetic only: every
// bigram of every sentence is looked up, and a Map per phrase would box and hash each time.
import { bigramKey } from './bigrams.ts';
import type { Phrases } from './phrases.ts';

/**
 * (phrase, bigram) → weight, negative when the bigram is rare (one lookup tells both): one
 * open-addressing table, at most half full.
 */
export class PhraseWeights {
  private readonly mask: number;
  private readonly shift: number;
  private readonly phrase: Int32Array;
  private readonly gram: Int32Array;
  readonly weight: Float64Array;

  constructor(p: Phrases) {
    const bits = Math.max(4, Math.ceil(Math.log2(p.flat.length * 2 + 1)));
    this.mask = (1 << bits) - 1;
    this.shift = 32 - bits;
    this.phrase = new Int32Array(1 << bits).fill(-1);
    this.gram = new Int32Array(1 << bits);
    this.weight = new Float64Array(1 << bits);
    for (let id = 0; id + 1 < p.from.length; id++) {
      for (let k = p.from[id] ?? 0; k < (p.from[id + 1] ?? 0); k++) {
        const d = p.flat[k] ?? 0;
        const b = p.gramKey[d] ?? 0;
        let h = this.home(id, b);
        while (this.phrase[h] !== -1) h = (h + 1) & this.mask;
        this.phrase[h] = id;
        this.gram[h] = b;
        const idf = p.idf[d] ?? 0;
        this.weight[h] = p.rare[d] ? -idf : idf;
      }
    }
  }

  private home(id: number, gram: number): number {
    return Math.imul(gram ^ Math.imul(id + 1, 0x85ebca6b), 0x9e3779b1) >>> this.shift;
  }

  /**
   * The slot of `gram` in phrase `id`, -1 when the phrase lacks it; its weight is weight[slot] (a
   * slot, not the weight: a double returned from a call would be boxed).
   */
  slotOf(id: number, gram: number): number {
    for (let h = this.home(id, gram); ; h = (h + 1) & this.mask) {
      const p = this.phrase[h];
      if (p === -1) return -1;
      if (p === id && this.gram[h] === gram) return h;
    }
  }
}

const FILTER_BITS = 18;
/** A bigram's bit in the trigger filter (multiplicative hash: all bits of both characters count). */
const filterBit = (key: number) => Math.imul(key, 0x2c1b3c6d) >>> (32 - FILTER_BITS);

/**
 * Trigger bigrams: a phrase's rare bigrams and a keyword's first bigram. Each trigger lists the
 * phrases it occurs in (ids[idFrom[t] .. idFrom[t + 1])) and the keywords starting with it
 * (words[wordFrom[t] .. wordFrom[t + 1])). Looked up through a 32 KB bit filter that rejects most
 * bigrams, then an open-addressing table of (bigram, trigger) pairs side by side: kept in cache.
 */
export class Triggers {
  readonly count: number;
  readonly idFrom: Int32Array;
  readonly ids: Int32Array;
  readonly wordFrom: Int32Array;
  readonly words: Int32Array;
  private readonly filter = new Int32Array(1 << (FILTER_BITS - 5));
  private readonly pairs: Int32Array;
  private readonly mask: number;
  private readonly shift: number;

  constructor(p: Phrases) {
    const { keys, idCounts, triggerOfGram } = rareTriggers(p);
    // Keyword bigrams that are no rare phrase bigram are numbered after those.
    const byKey = new Map(keys.map((key, t) => [key, t]));
    const keywordTrigger = p.keywords.map((k) => {
      const b = bigramKey(k.text.charCodeAt(0), k.text.charCodeAt(1));
      let t = byKey.get(b);
      if (t === undefined) {
        t = keys.length;
        byKey.set(b, t);
        keys.push(b);
        idCounts.push(0);
      }
      return t;
    });
    this.count = keys.length;
    // Counted, then filled into flat lists.
    this.idFrom = offsets(idCounts);
    this.ids = new Int32Array(this.idFrom[this.count] ?? 0);
    const fill = this.idFrom.slice(0, this.count);
    for (let id = 0; id + 1 < p.from.length; id++) {
      for (let k = p.from[id] ?? 0; k < (p.from[id + 1] ?? 0); k++) {
        const t = triggerOfGram[p.flat[k] ?? 0] ?? -1;
        if (t >= 0) this.ids[take(fill, t)] = id;
      }
    }
    const wordCounts = new Array<number>(this.count).fill(0);
    for (const t of keywordTrigger) wordCounts[t] = (wordCounts[t] ?? 0) + 1;
    this.wordFrom = offsets(wordCounts);
    this.words = new Int32Array(p.keywords.length);
    const wordFill = this.wordFrom.slice(0, this.count);
    keywordTrigger.forEach((t, w) => {
      this.words[take(wordFill, t)] = w;
    });
    const bits = Math.max(4, Math.ceil(Math.log2(this.count * 2 + 1)));
    this.mask = (1 << bits) - 1;
    this.shift = 32 - bits;
    this.pairs = new Int32Array(2 << bits).fill(-1);
    keys.forEach((b, t) => {
      this.add(b, t);
    });
  }

  private add(b: number, t: number): void {
    const f = filterBit(b);
    this.filter[f >>> 5] = (this.filter[f >>> 5] ?? 0) | (1 << (f & 31));
    let h = this.home(b);
    while (this.pairs[2 * h] !== -1) h = (h + 1) & this.mask;
    this.pairs[2 * h] = b;
    this.pairs[2 * h + 1] = t;
  }

  private home(key: number): number {
    return Math.imul(key, 0x9e3779b1) >>> this.shift;
  }

  /** The trigger index of bigram `key`, or -1. */
  at(key: number): number {
    const f = filterBit(key);
    if (((this.filter[f >>> 5] ?? 0) & (1 << (f & 31))) === 0) return -1;
    for (let h = this.home(key); ; h = (h + 1) & this.mask) {
      const k = this.pairs[2 * h];
      if (k === key) return this.pairs[2 * h + 1] ?? -1;
      if (k === -1) return -1;
    }
  }
}

/** The phrases' rare bigrams as triggers, numbered as first seen, and how many phrases each has. */
function rareTriggers(p: Phrases): { keys: number[]; idCounts: number[]; triggerOfGram: Int32Array } {
  const triggerOfGram = new Int32Array(p.gramKey.length).fill(-1);
  const keys: number[] = [];
  const idCounts: number[] = [];
  for (const d of p.flat) {
    if (!p.rare[d]) continue;
    let t = triggerOfGram[d] ?? -1;
    if (t < 0) {
      t = keys.length;
      triggerOfGram[d] = t;
      keys.push(p.gramKey[d] ?? 0);
      idCounts.push(0);
    }
    idCounts[t] = (idCounts[t] ?? 0) + 1;
  }
  return { keys, idCounts, triggerOfGram };
}

/** The next free place of list t (`fill` holds each list's next place), taken. */
function take(fill: Int32Array, t: number): number {
  const at = fill[t] ?? 0;
  fill[t] = at + 1;
  return at;
}

/** Start offsets of consecutive lists of these lengths, and the total at the end. */
function offsets(counts: number[]): Int32Array {
  const from = new Int32Array(counts.length + 1);
  for (let t = 0; t < counts.length; t++) from[t + 1] = (from[t] ?? 0) + (counts[t] ?? 0);
  return from;
}
