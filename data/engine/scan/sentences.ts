// Stage 1, sentences: where the document is cut. A sentence is recognized on its own and cached by
// its text, so the cuts decide what an edit invalidates: after 。！？!?, at blank lines, and long
// runs cut at a line break or ；，.

/** A run longer than this is cut at the next line break, ；or ，. */
const SOFT_LIMIT = 3000;
/**
 * A run longer than this is cut wherever it is: text with no punctuation at all (a pasted table, a
 * megabyte of one character) must not become one sentence, which no recognizer reads in linear time.
 */
const HARD_LIMIT = 2 * SOFT_LIMIT;

const FULL_STOP = 0x3002; // 。
const EXCLAIM = 0xff01; // ！
const QUESTION = 0xff1f; // ？
const NEWLINE = 0x0a;
const SEMICOLON = 0xff1b; // ；
const COMMA = 0xff0c; // ，

/** The sentence cuts of `text`: 0, each sentence's end, and text.length. */
export function sentences(text: string): number[] {
  return cutFrom(text, [0], Number.POSITIVE_INFINITY, null, 0);
}

/** A cut falls after the character at i (a cut depends on the two characters around it). */
function cutsAfter(text: string, i: number, sinceLast: number): boolean {
  const c = text.charCodeAt(i);
  return (
    c === FULL_STOP ||
    c === EXCLAIM ||
    c === QUESTION ||
    c === 0x21 ||
    c === 0x3f ||
    (c === NEWLINE && text.charCodeAt(i + 1) === NEWLINE) ||
    (sinceLast > SOFT_LIMIT && (c === NEWLINE || c === SEMICOLON || c === COMMA)) ||
    (sinceLast >= HARD_LIMIT && (c < 0xd800 || c > 0xdbff)) // never inside a surrogate pair
  );
}

/**
 * Cuts `text` starting after the last of `cuts`. Once past `resyncAfter`, a cut that `old` (the
 * previous text's cuts, shifted by `delta`) also has means the rest is as before: its cuts are copied.
 */
export function cutFrom(
  text: string,
  cuts: number[],
  resyncAfter: number,
  old: number[] | null,
  delta: number,
): number[] {
  let last = cuts[cuts.length - 1] ?? 0;
  let j = 0; // old[j] is the first old cut not yet passed
  for (let i = last; i < text.length; i++) {
    if (!cutsAfter(text, i, i - last)) continue;
    cuts.push(i + 1);
    last = i + 1;
    if (!old || last <= resyncAfter) continue;
    while (j < old.length && (old[j] ?? 0) < last - delta) j++;
    if (old[j] === last - delta) {
      for (let k = j + 1; k < old.length; k++) cuts.push((old[k] ?? 0) + delta);
      return cuts;
    }
  }
  if (cuts[cuts.length - 1] !== text.length) cuts.push(text.length);
  return cuts;
}
