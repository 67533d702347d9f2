// Text normalization for recognition, with an offset map back to the original string.
// Citations pasted from PDFs carry line breaks and spaces, and decisions mix full- and half-width
// digits and brackets; matching works on a normalized copy, results are reported in original offsets.

export interface Normalized {
  /** The normalized text: whitespace dropped, full-width ASCII folded, 條/項 simplified. */
  text: string;
  /** map[at + i] is the original index of normalized char i; map[at + text.length] is the original end. */
  map: Uint32Array;
  /** Where this text starts in `map`: a sentence shares the whole document's map (0 when its own). */
  at: number;
}

// Code units decode as UTF-16LE; a lone surrogate becomes U+FFFD, one unit for one, so offsets hold.
const decoder = new TextDecoder('utf-16le');

/** Whitespace, including the ideographic space and zero-width characters PDFs leave behind. */
export function isSpace(c: number): boolean {
  return (
    c === 0x20 ||
    c === 0x09 ||
    c === 0x0a ||
    c === 0x0d ||
    c === 0x0b ||
    c === 0x0c ||
    c === 0xa0 ||
    c === 0x3000 ||
    c === 0xfeff ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x2028 ||
    c === 0x2029
  );
}

/** Folds one code unit; returns -1 to drop it. */
function fold(c: number): number {
  // Fast path: CJK ideographs other than 條 and 項 stay as they are (most of a decision).
  if (c >= 0x4e00 && c <= 0x9fff && c !== 0x689d && c !== 0x9805) return c;
  if (isSpace(c)) return -1;
  // Full-width digits, letters, brackets and the decimal point (０-９, Ａ-Ｚ, （）, ．). Chinese
  // punctuation such as ，；：《》 keeps its form: it separates clauses and marks titles.
  if ((c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a)) {
    return c - 0xfee0;
  }
  if (c === 0xff08 || c === 0xff09 || c === 0xff0e) return c - 0xfee0;
  if (c === 0x689d) return 0x6761; // 條 → 条
  if (c === 0x9805) return 0x9879; // 項 → 项
  return c;
}

/** Normalizes `source[from, to)`; map entries are absolute indices into `source`. */
export function normalize(source: string, from = 0, to = source.length): Normalized {
  return normalizeInto(source, from, to, new Uint16Array(to - from), new Uint32Array(to - from + 1));
}

let scratchCodes = new Uint16Array(0);
let scratchMap = new Uint32Array(0);

/**
 * The same, into buffers reused from call to call: the map is only valid until the next call. For a
 * full scan, which needs the map of 100 k characters only while it recognizes the sentences.
 */
export function normalizeScratch(source: string): Normalized {
  if (scratchCodes.length < source.length) {
    scratchCodes = new Uint16Array(source.length);
    scratchMap = new Uint32Array(source.length + 1);
  }
  return normalizeInto(source, 0, source.length, scratchCodes, scratchMap);
}

function normalizeInto(
  source: string,
  from: number,
  to: number,
  codes: Uint16Array,
  map: Uint32Array,
): Normalized {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = fold(source.charCodeAt(i));
    if (c < 0) continue;
    codes[n] = c;
    map[n] = i;
    n++;
  }
  map[n] = to;
  // One native decode of the code units (fromCharCode per char is slow on 100 k characters).
  const text = decoder.decode(codes.subarray(0, n));
  return { text, map: map.subarray(0, n + 1), at: 0 };
}

/** Original [start, end) of the normalized span [a, b), less `base` (a sentence's start). */
export function originalSpan(norm: Normalized, a: number, b: number, base = 0): [number, number] {
  return [originalStart(norm, a) - base, originalEnd(norm, a, b) - base];
}

/** Original index of normalized char a (the start of a span at a). */
export function originalStart(norm: Normalized, a: number): number {
  return norm.map[norm.at + a] ?? 0;
}

/** Original end of the normalized span [a, b): just after its last character. */
export function originalEnd(norm: Normalized, a: number, b: number): number {
  const start = originalStart(norm, a);
  return b > a ? (norm.map[norm.at + b - 1] ?? start) + 1 : start;
}

/** Normalizes a search query or a title for lookup: same folding, no offsets kept. */
export function normalizeKey(text: string): string {
  // Most keys (law titles, aliases) are already normal: returned without copying.
  let same = true;
  for (let i = 0; i < text.length && same; i++) {
    const c = text.charCodeAt(i);
    // ASCII other than A-Z and spaces, or CJK and later (no case, surrogates aside) that folding keeps.
    same =
      c < 0x80
        ? !(c >= 0x41 && c <= 0x5a) && !isSpace(c)
        : c >= 0x3001 && (c < 0xd800 || c >= 0xe000) && fold(c) === c;
  }
  return same ? text : normalize(text).text.toLowerCase();
}
