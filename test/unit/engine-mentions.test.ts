// Violations described in everyday words, on the bundled dataset: the colloquial terms of the
// synonym table (过期食品, 无证经营, 没亮照 …) find their matters, and plain facts find none
// (test/fixtures/corpus/mentions.json).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../data/engine/api.ts';
import { createEngine } from '../../data/engine/index.ts';
import { engineData } from '../../scripts/lib/engine.ts';

const ROWS: { text: string; mentions: string[] }[] = JSON.parse(
  readFileSync(join(import.meta.dirname, '../fixtures/corpus/mentions.json'), 'utf8'),
);

let engine: Engine;
beforeAll(() => {
  engine = createEngine(engineData(undefined, { search: false }));
});

describe('mentions in everyday words (bundled data)', () => {
  it.each(ROWS.map((r) => [r.text, r] as const))('%s', (_t, row) => {
    const { mentions } = engine.scan(row.text, { asOf: '2024-07-01' });
    expect([...new Set(mentions.map((m) => m.matterId))].sort()).toEqual([...row.mentions].sort());
    for (const m of mentions) expect(row.text.slice(m.start, m.end)).toBe(m.text);
  });
});
