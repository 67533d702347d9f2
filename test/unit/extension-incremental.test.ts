// The extension scans an editor through the engine's incremental scanner, finding the edit itself:
// whatever the edits (keystrokes, deletions, a long paste recognized in slices), what it reports is
// what a fresh scan of the same text reports.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ScanResult } from '../../data/engine/api.ts';
import { createEngine } from '../../data/engine/index.ts';
import { editRange, IncrementalScan } from '../../extension/content/incremental.ts';
import { DATA } from '../fixtures/corpus/engine-data.ts';

const engine = createEngine(DATA);
const AS_OF = '2024-07-01';
const sample = readFileSync(join(import.meta.dirname, '../fixtures/corpus/decision-sample.txt'), 'utf8');

/** Scans as the lens does: again in a later task while a large change is still being recognized. */
function scanFully(scans: IncrementalScan, text: string): ScanResult {
  for (;;) {
    let asked = false;
    const result = scans.scan(engine, text, AS_OF, () => {
      asked = true;
    });
    if (result) return result;
    // No result means another slice was asked for.
    expect(asked).toBe(true);
  }
}

describe('extension incremental scanning', () => {
  it('finds the edited range from the old and the new text', () => {
    expect(editRange('abcdef', 'abXdef')).toEqual([2, 3]);
    expect(editRange('abcdef', 'abcXdef')).toEqual([3, 4]);
    expect(editRange('abcdef', 'abef')).toEqual([2, 2]);
    expect(editRange('aaaa', 'aaaaa')).toEqual([4, 5]);
    expect(editRange('', 'abc')).toEqual([0, 3]);
    expect(editRange('abc', 'abc')).toEqual([3, 3]);
  });

  it('reports what a fresh scan reports after keystrokes, deletions and a long paste', () => {
    const scans = new IncrementalScan();
    let text = sample;
    expect(scanFully(scans, text)).toEqual(engine.scan(text, { asOf: AS_OF }));
    const title = text.indexOf('食品安全法》') + 2;
    const edits: ((t: string) => string)[] = [
      (t) => `${t.slice(0, title)}二${t.slice(title)}`,
      (t) => `${t.slice(0, title)}${t.slice(title + 1)}`,
      (t) => t.replace('2024年2月28日', '2024年2月8日'),
      (t) => `${t}\n\n${sample.repeat(30)}`,
      (t) => t.slice(0, t.length - 5000),
      (t) => t.replace('以下简称《食品安全法》', '以下简称《食安法》'),
    ];
    for (const edit of edits) {
      text = edit(text);
      expect(scanFully(scans, text)).toEqual(engine.scan(text, { asOf: AS_OF }));
    }
  });
});
