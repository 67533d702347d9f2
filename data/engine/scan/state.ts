// Stage 0, incremental state: what a scanner keeps between scans, and which sentences an edit
// leaves as they were. Sentences are recognized on their own, so a sentence the edit did not touch
// is taken over by position, and a touched one whose text was seen before comes from the cache.
import { eachSentence, type SentenceSource, wholeText } from './normalized.ts';
import { recognizeSentence } from './recognize-sentence.ts';
import { cutFrom, sentences } from './sentences.ts';
import type { Local, Resolved, ScanDeps, Sentence } from './types.ts';

export interface ScannerState {
  /** Sentences recognized before, by their text. */
  cache: Map<string, Local>;
  /** The last text scanned and its sentences, for reuse by position after an edit. */
  text: string | null;
  sentences: Sentence[];
  /** Resolutions under `context` (act date, date of decision): an edit rarely changes them. */
  context: string;
  resolved: Map<string, Resolved>;
  /** A `prepare` under way: the text, its cuts and the next sentence to recognize. */
  preparing: { text: string; cuts: number[]; next: number } | null;
}

export function newState(): ScannerState {
  return { cache: new Map(), text: null, sentences: [], context: '', resolved: new Map(), preparing: null };
}

/** Sentences and resolutions kept at most: past this the memo starts again (memory, not results). */
const MAX_CACHE = 20_000;

/** An edit: [start, end) in the new text replaced [start, end - delta) of the previous one. */
export interface Edit {
  start: number;
  end: number;
}

interface Reuse {
  cuts: number[];
  old: Sentence[];
  delta: number;
  start: number;
  end: number;
}

/**
 * After an edit: the sentence cuts, recomputed only around the edit, and what is needed to take the
 * untouched sentences over by position. Null when there is nothing to reuse or the hint is wrong.
 */
function reusable(text: string, edit: Edit | null, state: ScannerState): Reuse | null {
  const prev = state.text;
  if (!edit || prev === null || state.sentences.length === 0) return null;
  const delta = text.length - prev.length;
  const oldEnd = edit.end - delta;
  // The hint is checked, not trusted: a wrong one would return stale results.
  if (oldEnd < edit.start || oldEnd > prev.length) return null;
  if (text.slice(0, edit.start) !== prev.slice(0, edit.start) || text.slice(edit.end) !== prev.slice(oldEnd))
    return null;
  // Cuts well before the edit stand (a cut depends on the two characters around it).
  const kept: number[] = [0];
  const later: number[] = [];
  for (const sen of state.sentences) {
    if (sen.to < edit.start - 1) kept.push(sen.to);
    else if (sen.to > oldEnd + 1) later.push(sen.to);
  }
  return {
    cuts: cutFrom(text, kept, edit.end + 1, later, delta),
    old: state.sentences,
    delta,
    start: edit.start,
    end: edit.end,
  };
}

/** The sentences of `text`, recognized or taken over from the previous scan; the state keeps them. */
export function sentenceList(
  text: string,
  edit: Edit | null,
  state: ScannerState,
  deps: ScanDeps,
): Sentence[] {
  const reuse = reusable(text, edit, state);
  const cuts = reuse ? reuse.cuts : sentences(text);
  // A full scan normalizes the text once; after an edit only the touched sentences are normalized.
  const source: SentenceSource = reuse ? eachSentence(text) : wholeText(text);
  const list: Sentence[] = new Array(cuts.length - 1);
  if (state.cache.size > MAX_CACHE) state.cache = new Map();
  let p = 0; // next previous sentence that may match
  for (let i = 0; i + 1 < cuts.length; i++) {
    const from = cuts[i] ?? 0;
    const to = cuts[i + 1] ?? text.length;
    if (reuse && (to <= reuse.start || from >= reuse.end)) {
      // Untouched by the edit: the previous sentence with the same bounds (shifted after the edit).
      const shift = from >= reuse.end ? reuse.delta : 0;
      while (p < reuse.old.length && (reuse.old[p]?.from ?? 0) < from - shift) p++;
      const old = reuse.old[p];
      if (old && old.from === from - shift && old.to === to - shift) {
        // Moved in place: the previous list is dropped, and its references are rebuilt where moved.
        old.from = from;
        old.to = to;
        list[i] = old;
        p++;
        continue;
      }
    }
    const key = text.slice(from, to);
    let local = state.cache.get(key);
    if (!local) {
      local = recognizeSentence(text, from, source(from, to), deps);
      state.cache.set(key, local);
    }
    list[i] = { from, to, local };
  }
  state.text = text;
  state.sentences = list;
  return list;
}

/**
 * Recognizes the sentences of `text` the cache lacks, in order, while `more()` says to go on;
 * true when none is left. Called in slices (the caller yields in between), it leaves a scan of the
 * text only the passes across sentences to do. A new text starts over; the cache keeps what was done.
 */
export function prepareSentences(
  text: string,
  state: ScannerState,
  deps: ScanDeps,
  more: () => boolean,
): boolean {
  if (state.preparing?.text !== text) state.preparing = { text, cuts: sentences(text), next: 0 };
  const work = state.preparing;
  const source = eachSentence(text);
  if (state.cache.size > MAX_CACHE) state.cache = new Map();
  while (work.next + 1 < work.cuts.length) {
    const from = work.cuts[work.next] ?? 0;
    const to = work.cuts[work.next + 1] ?? text.length;
    const key = text.slice(from, to);
    if (!state.cache.has(key)) {
      if (!more()) return false;
      state.cache.set(key, recognizeSentence(text, from, source(from, to), deps));
    }
    work.next++;
  }
  state.preparing = null;
  return true;
}

/** The resolution memo for these document dates: kept while they stay the same. */
export function resolutionsFor(state: ScannerState, dates: string): Map<string, Resolved> {
  if (state.context !== dates || state.resolved.size > MAX_CACHE) {
    state.context = dates;
    state.resolved = new Map();
  }
  return state.resolved;
}
