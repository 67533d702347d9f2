// Table-driven: decision-style passages across the domains, each with the references, fines and
// mentions the engine must report (test/fixtures/corpus/decisions.json).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../data/engine/index.ts';
import { DATA } from '../fixtures/corpus/engine-data.ts';

interface Row {
  id: string;
  domain: string;
  text: string;
  asOf?: string;
  actDate?: string;
  references: {
    text: string;
    title: string;
    version?: string;
    article: number;
    paragraph: number | null;
    item: number | null;
    status: string;
    matters?: string[];
  }[];
  fines?: {
    text: string;
    yuan: number;
    provision: [string, number, number | null, number | null] | null;
    verdict: string;
  }[];
  mentions?: string[];
}

const rows: Row[] = JSON.parse(
  readFileSync(join(import.meta.dirname, '../fixtures/corpus/decisions.json'), 'utf8'),
);
const engine = createEngine(DATA);

describe('decision corpus', () => {
  it('covers the eight domains', () => {
    const domains = new Set(rows.map((r) => r.domain));
    for (const d of ['市场监管', '文化旅游', '人社', '税务', '交通运输', '生态环境', '城市管理', '卫健']) {
      expect(domains).toContain(d);
    }
  });

  it.each(rows.map((r) => [r.id, r] as const))('%s', (_id, row) => {
    const result = engine.scan(row.text, { asOf: row.asOf ?? '2024-03-01' });
    const refs = result.references.map((r) => {
      expect(row.text.slice(r.start, r.end)).toBe(r.text);
      return {
        text: r.text,
        title: r.law.title,
        article: r.article,
        paragraph: r.paragraph,
        item: r.item,
        status: r.status,
      };
    });
    expect(refs).toEqual(
      row.references.map(({ text, title, article, paragraph, item, status }) => ({
        text,
        title,
        article,
        paragraph,
        item,
        status,
      })),
    );
    row.references.forEach((want, i) => {
      const got = result.references[i];
      if (want.version) expect(got?.law.version).toBe(want.version);
      if (want.matters) expect(got?.matters).toEqual(want.matters);
    });
    if (row.actDate) expect(result.actDate).toBe(row.actDate);
    if (row.fines) {
      const fines = result.fines.map((f) => {
        expect(row.text.slice(f.start, f.end)).toBe(f.text);
        return {
          text: f.text,
          yuan: f.yuan,
          provision: f.provision
            ? [f.provision.lawId, f.provision.article, f.provision.paragraph, f.provision.item]
            : null,
          verdict: f.verdict,
        };
      });
      expect(fines).toEqual(row.fines);
    }
    if (row.mentions) {
      expect([...new Set(result.mentions.map((m) => m.matterId))]).toEqual(row.mentions);
      for (const m of result.mentions) expect(row.text.slice(m.start, m.end)).toBe(m.text);
    }
  });
});
