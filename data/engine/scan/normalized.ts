// Stage 2, normalise: each sentence as the recognizers read it (normalize.ts: whitespace dropped,
// full-width folded), with the map back to original offsets. A full scan normalizes the whole text
// once and hands out views into it; after an edit only the touched sentences are normalized.
import { type Normalized, normalize, normalizeScratch } from '../normalize.ts';

/** The normalized sentence [from, to) of the text the source was made for. */
export type SentenceSource = (from: number, to: number) => Normalized;

/** Each sentence normalized on its own (an incremental scan touches few). */
export function eachSentence(text: string): SentenceSource {
  return (from, to) => normalize(text, from, to);
}

/**
 * Views into the whole text normalized once, for sentences asked for in document order. Rule: the
 * view is one object rewritten per call, over a scratch map valid until the next full scan; the
 * recognizers keep neither, they read it while recognizing one sentence.
 */
export function wholeText(text: string): SentenceSource {
  // Normalized when a sentence first needs it: after `prepare` every sentence may be known already.
  let norm: Normalized | null = null;
  const view: Normalized = { text: '', map: new Uint32Array(0), at: 0 };
  // Where the last sentence ended in the normalized text: the next one's search starts there.
  let lastFrom = 0;
  let lastEnd = 0;
  return (from, to) => {
    if (!norm) {
      norm = normalizeScratch(text);
      view.map = norm.map;
    }
    const a = lowerBound(norm.map, from, from >= lastFrom ? lastEnd : 0);
    const b = lowerBound(norm.map, to, a);
    lastFrom = from;
    lastEnd = b;
    // map[b] is the next kept character's index, not `to`: it only serves empty spans, never reported.
    view.text = norm.text.slice(a, b);
    view.at = a;
    return view;
  };
}

/**
 * First index i >= lo with map[i] >= x (map is increasing; map[lo - 1] < x). Gallops from lo: the
 * next sentence starts where the last ended, a few dozen characters on.
 */
function lowerBound(map: Uint32Array, x: number, lo: number): number {
  let hi = map.length - 1;
  for (let step = 1; lo + step < hi; step *= 2) {
    if ((map[lo + step] ?? 0) >= x) {
      hi = lo + step;
      break;
    }
    lo += step;
  }
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((map[mid] ?? 0) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
