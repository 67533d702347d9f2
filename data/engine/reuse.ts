// The engine's speed tricks, each with its rule written once. A scan runs per keystroke over
// documents of 100 k characters, where allocation and garbage collection cost as much as the work:
// memory is shared, reused or annotated in place, under the rules below.

/**
 * One frozen empty list for every "nothing of this kind" (most sentences cite nothing, state no
 * amount). Rule: a list that may be EMPTY is never pushed to; build a new one instead.
 */
export const EMPTY: readonly never[] = Object.freeze([]);

/** The frozen empty list as a mutable type, for results whose callers only read them. */
export function none<T>(): T[] {
  return EMPTY as unknown as T[];
}

/**
 * A scratch buffer of at least `n` slots: `buf` itself when large enough, else a larger one with
 * `buf`'s contents. Rule: a scratch buffer belongs to one function; what it holds is valid only until
 * that function's next call, so nothing read from it may be kept.
 */
export function atLeast(buf: Int32Array<ArrayBuffer>, n: number): Int32Array<ArrayBuffer> {
  if (buf.length >= n) return buf;
  const grown = new Int32Array(Math.max(n, buf.length * 2));
  grown.set(buf);
  return grown;
}

/**
 * Sets `key` in a memo, first emptying it when it holds `cap` entries. Rule: a memo serves one
 * document's working set; emptying it whole is cheaper than tracking what was used last, and the
 * cap only bounds memory (results never depend on what a memo holds).
 */
export function setCapped<K, V>(memo: Map<K, V>, key: K, value: V, cap: number): V {
  if (memo.size >= cap) memo.clear();
  memo.set(key, value);
  return value;
}

/**
 * Gives objects new fields in place (`fill` sets them) and returns them typed with the fields. Rule:
 * only objects the caller owns outright (fresh from a recognizer call, referenced nowhere else) are
 * annotated; a copy per token would double what a scan allocates.
 */
export function annotate<T extends object, A extends object>(
  items: T[],
  fill: (item: T & A) => void,
): (T & A)[] {
  const out = items as (T & A)[];
  for (const item of out) fill(item);
  return out;
}
