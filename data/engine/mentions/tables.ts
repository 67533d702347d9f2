// The mention finder's lookup tables, flat typed arrays probed with integer arithmetic only: every
// bigram of every sentence is looked up, and a Map would box and hash each time.
import { bigramKey } from './bigrams.ts';
import type { Phrases } from './phrases.ts';

const FILTER_BITS = 18;
/** A bigram's bit in the filter (multiplicative hash: all bits of both characters count). */
const filterBit = (key: number) => Math.imul(key, 0x2c1b3c6d) >>> (32 - FILTER_BITS);

/**
 * Bigram key → its dense id (its index in `keys`), or -1. A 32 KB bit filter rejects most bigrams
 * no phrase has; then an open-addressing table of (key, id) pairs side by side, at most half full.
 */
export class BigramIds {
  private readonly filter = new Int32Array(1 << (FILTER_BITS - 5));
  private readonly pairs: Int32Array;
  private readonly mask: number;
  private readonly shift: number;

  constructor(keys: readonly number[]) {
    const bits = Math.max(4, Math.ceil(Math.log2(keys.length * 2 + 1)));
    this.mask = (1 << bits) - 1;
    this.shift = 32 - bits;
    this.pairs = new Int32Array(2 << bits).fill(-1);
    keys.forEach((b, id) => {
      const f = filterBit(b);
      this.filter[f >>> 5] = (this.filter[f >>> 5] ?? 0) | (1 << (f & 31));
      let h = this.home(b);
      while (this.pairs[2 * h] !== -1) h = (h + 1) & this.mask;
      this.pairs[2 * h] = b;
      this.pairs[2 * h + 1] = id;
    });
  }

  private home(key: number): number {
    return Math.imul(key, 0x9e3779b1) >>> this.shift;
  }

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

/**
 * Trigger bigrams: a phrase's rare bigrams and a keyword's first bigram, by dense bigram id (keyword
 * bigrams no phrase has get ids after the phrases' own). Trigger t lists the phrases it occurs in
 * (ids[idFrom[t] .. idFrom[t + 1])) and the keywords starting with it (words[wordFrom[t] ..]).
 */
export class Triggers {
  /** Every bigram a sentence may need: the phrases', then the keywords' first ones. */
  readonly ids: BigramIds;
  /** Dense bigram id → its trigger, or -1. */
  readonly of: Int32Array;
  readonly count: number;
  readonly idFrom: Int32Array;
  readonly phrases: Int32Array;
  readonly wordFrom: Int32Array;
  readonly words: Int32Array;

  constructor(p: Phrases) {
    const keys = [...p.gramKey];
    const denseOf = new Map(keys.map((k, d) => [k, d]));
    const keywordGram = p.keywords.map((k) => {
      const b = bigramKey(k.text.charCodeAt(0), k.text.charCodeAt(1));
      let d = denseOf.get(b);
      if (d === undefined) {
        d = keys.length;
        denseOf.set(b, d);
        keys.push(b);
      }
      return d;
    });
    this.ids = new BigramIds(keys);
    // Triggers numbered as first seen: rare phrase bigrams in phrase order, then keyword bigrams.
    const of = new Int32Array(keys.length).fill(-1);
    const idCounts: number[] = [];
    const number = (d: number): number => {
      let t = of[d] ?? -1;
      if (t < 0) {
        t = idCounts.length;
        of[d] = t;
        idCounts.push(0);
      }
      return t;
    };
    for (const d of p.flat) {
      if (!p.rare[d]) continue;
      const t = number(d);
      idCounts[t] = (idCounts[t] ?? 0) + 1;
    }
    const keywordTrigger = keywordGram.map(number);
    this.of = of;
    this.count = idCounts.length;
    // Counted, then filled into flat lists.
    this.idFrom = offsets(idCounts);
    this.phrases = new Int32Array(this.idFrom[this.count] ?? 0);
    const fill = this.idFrom.slice(0, this.count);
    for (let id = 0; id + 1 < p.from.length; id++) {
      for (let k = p.from[id] ?? 0; k < (p.from[id + 1] ?? 0); k++) {
        const d = p.flat[k] ?? 0;
        if (p.rare[d]) this.phrases[take(fill, of[d] ?? 0)] = id;
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
  }
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
