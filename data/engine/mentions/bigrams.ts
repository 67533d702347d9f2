// Character bigrams as small integers: the unit the mention finder counts and looks up.

/** Characters that make words: CJK ideographs, digits, lowercase ASCII (normalized text). */
export const isWordChar = (c: number) =>
  (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a);

/** A character as 15 bits: ASCII as is, CJK ideographs shifted below 0x8000, anything else one code. */
const code15 = (c: number) => (c < 0x80 ? c : c >= 0x4e00 && c <= 0x9fff ? c - 0x2e00 : 0x7fff);

/** A bigram as a 30-bit integer, which stays unboxed (a * 0x10000 + b would allocate a number). */
export const bigramKey = (a: number, b: number) => (code15(a) << 15) | code15(b);

/** The word bigrams of `s`, in order, repeats kept. */
export function bigramsOf(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i + 1 < s.length; i++) {
    const a = s.charCodeAt(i);
    const b = s.charCodeAt(i + 1);
    if (isWordChar(a) && isWordChar(b)) out.push(bigramKey(a, b));
  }
  return out;
}
