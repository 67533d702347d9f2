// Scanning an editor's text as it changes, through the engine's incremental scanner: the edit is
// found by comparing the text with the one scanned last (common prefix and suffix), so a keystroke
// re-recognizes only the sentence it touched. A large change — a paste, the first scan of a long
// document — is recognized in slices of a few milliseconds with the page's main thread free in
// between, so typing never waits for it.
import type { Engine, Scanner, ScanResult } from '../../data/engine/api.ts';

/** Work per slice of a long scan, in ms: well inside a frame. */
const SLICE_MS = 8;
/** A change of more characters than this is recognized in slices first. */
const LARGE_CHANGE = 20_000;

/** [start, end) in `next` of what replaced the differing part of `prev`. */
export function editRange(prev: string, next: string): [number, number] {
  const max = Math.min(prev.length, next.length);
  let start = 0;
  while (start < max && prev.charCodeAt(start) === next.charCodeAt(start)) start++;
  let tail = 0;
  while (
    tail < max - start &&
    prev.charCodeAt(prev.length - 1 - tail) === next.charCodeAt(next.length - 1 - tail)
  )
    tail++;
  return [start, next.length - tail];
}

export class IncrementalScan {
  private scanner: Scanner | null = null;
  private engine: Engine | null = null;
  private asOf: string | null = null;
  private last: string | null = null;

  /** Forgets what was scanned: the next scan starts afresh (a new engine or date). */
  private reset(engine: Engine, asOf: string | null): Scanner {
    this.engine = engine;
    this.asOf = asOf;
    this.last = null;
    this.scanner = engine.createScanner(asOf ? { asOf } : {});
    return this.scanner;
  }

  /**
   * Scans `text`. When the change since the last scan is large, recognizes one slice of it and
   * returns null after asking for `later`: the caller scans again in a later task (with the text
   * then current; what the slices recognized is kept).
   */
  scan(engine: Engine, text: string, asOf: string | null, later: () => void): ScanResult | null {
    const scanner =
      this.scanner && this.engine === engine && this.asOf === asOf ? this.scanner : this.reset(engine, asOf);
    const last = this.last;
    const [start, end] = last === null ? [0, text.length] : editRange(last, text);
    if (end - start > LARGE_CHANGE) {
      const until = performance.now() + SLICE_MS;
      if (!scanner.prepare(text, () => performance.now() < until)) {
        later();
        return null;
      }
    }
    this.last = text;
    return last === null ? scanner.scan(text) : scanner.update(text, start, end);
  }
}
