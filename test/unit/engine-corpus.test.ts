// Table-driven: decision-style passages across the domains, each with the references, fines and
// mentions the engine must report (test/fixtures/corpus/decisions.json).
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../data/engine/index.ts';
import { DATA } from '../fixtures/corpus/engine-data.ts';
import { documents, fines, goldReferences, ROWS, references, scanRow } from '../fixtures/corpus/score.ts';

// The held-out rows are scored by `npm run bench`, never asserted here: they were not tuned on.
const rows = ROWS.filter((r) => !r.heldOut);
const engine = createEngine(DATA);

describe('decision corpus', () => {
  it('covers the eight domains', () => {
    const domains = new Set(rows.map((r) => r.domain));
    for (const d of ['市场监管', '文化旅游', '人社', '税务', '交通运输', '生态环境', '城市管理', '卫健']) {
      expect(domains).toContain(d);
    }
  });

  it.each(rows.map((r) => [r.id, r] as const))('%s', (_id, row) => {
    const result = scanRow(engine, row);
    for (const r of result.references) expect(row.text.slice(r.start, r.end)).toBe(r.text);
    expect(references(result)).toEqual(goldReferences(row));
    row.references.forEach((want, i) => {
      const got = result.references[i];
      if (want.version) expect(got?.law.version).toBe(want.version);
      if (want.matters) expect(got?.matters).toEqual(want.matters);
    });
    if (row.actDate) expect(result.actDate).toBe(row.actDate);
    if (row.fines) {
      for (const f of result.fines) {
        expect(row.text.slice(f.start, f.end)).toBe(f.text);
        if (f.multiple) expect(row.text.slice(f.multiple.start, f.multiple.end)).toBe(f.multiple.text);
      }
      expect(fines(result)).toEqual(row.fines);
    }
    if (row.documents) {
      for (const d of result.documents) expect(row.text.slice(d.start, d.end)).toBe(d.text);
      expect(documents(result)).toEqual(row.documents);
    }
    if (row.mentions) {
      expect([...new Set(result.mentions.map((m) => m.matterId))]).toEqual(row.mentions);
      for (const m of result.mentions) expect(row.text.slice(m.start, m.end)).toBe(m.text);
    }
  });
});
