// Search on the bundled dataset: the query set (how businesses and officers ask) is scored on its two
// halves against plain fuse.js; queries are normalized; the runtime never needs pinyin-pro.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { EngineData } from '../../data/engine/api.ts';
import { createEngine } from '../../data/engine/index.ts';
import { parseQuery } from '../../data/engine/search.ts';
import { engineData } from '../../scripts/lib/engine.ts';
import { type Half, loadQuerySet, score } from '../../scripts/lib/query-set.ts';

const QUERIES = loadQuerySet();

let data: EngineData;
let engine: ReturnType<typeof createEngine>;
beforeAll(() => {
  data = engineData();
  engine = createEngine(data);
});

describe('engine search', () => {
  it('the query set asks as both businesses and officers, in two recorded halves, naming real articles', () => {
    expect(new Set(QUERIES.map((q) => q.who))).toEqual(new Set(['business', 'officer']));
    expect(new Set(QUERIES.map((q) => q.half))).toEqual(new Set(['tune', 'test']));
    expect(QUERIES.length).toBeGreaterThanOrEqual(300);
    expect(new Set(QUERIES.map((q) => q.q)).size).toBe(QUERIES.length);
    const articles = new Map<string, Set<number>>();
    for (const v of data.laws) {
      const set = articles.get(v.lawId) ?? new Set();
      for (const a of v.articles) set.add(a.n);
      articles.set(v.lawId, set);
    }
    for (const q of QUERIES) {
      for (const key of q.accept) {
        const [law, article] = key.split(':');
        expect(articles.has(law ?? ''), `${q.q}: ${key}`).toBe(true);
        if (article) expect(articles.get(law ?? '')?.has(Number(article)), `${q.q}: ${key}`).toBe(true);
      }
    }
  });

  // Floors, not targets: plain fuse.js (50 % top-5 on both halves) is compared in `npm run bench`.
  it.each([
    ['tune', 75],
    ['test', 65],
  ] as const)(
    'the %s half finds a right answer in the top 5 for at least %i %% of queries',
    (half: Half, floor) => {
      const queries = QUERIES.filter((q) => q.half === half);
      const ours = score(queries, (q) => engine.search(q, { limit: 5 }).map((r) => r.provisions));
      expect(ours.top5).toBeGreaterThanOrEqual(floor);
    },
  );

  it('normalizes article numbers and widths, and expands colloquial words', () => {
    const table: [string, string[]][] = [['农残', ['农药残留']]];
    expect(parseQuery('食品安全法124条', table).pattern).toBe('食品安全法第一百二十四条');
    expect(parseQuery('食品安全法第１２４条', table).pattern).toBe('食品安全法第一百二十四条');
    expect(parseQuery('香蕉 农残', table)).toMatchObject({ pattern: '香蕉农药残留', latin: false });
    expect(parseQuery('香蕉 农残', table).terms).toContain('农药残留');
    expect(parseQuery('NYCL', table)).toMatchObject({ pattern: 'nycl', latin: true });
  });

  it('results carry list badges and basis, and filters apply', () => {
    const [first] = engine.search('香蕉 农残', { limit: 3 });
    expect(first?.id).toBe('M-食品安全法-124-1-1');
    expect(first?.lists.length).toBeGreaterThan(0);
    expect(first?.basis).toBe('statute');
    const only = engine.search('食品', { limit: 20, lists: ['no-penalty'] });
    expect(only.length).toBeGreaterThan(0);
    for (const r of only) expect(r.lists).toContain('no-penalty');
    for (const r of engine.search('食品', { limit: 20, domains: ['税务'] })) expect(r.domain).toBe('税务');
  });

  it('typing a query key by key gives what searching it at once gives', () => {
    for (const q of ['nycl', 'xujiaguanggao', '香蕉 农残']) {
      const typed = createEngine(data);
      for (let i = 1; i < q.length; i++) typed.search(q.slice(0, i));
      expect(typed.search(q).map((r) => r.id)).toEqual(
        createEngine(data)
          .search(q)
          .map((r) => r.id),
      );
    }
  });

  it('an empty or punctuation-only query returns nothing', () => {
    expect(engine.search('')).toEqual([]);
    expect(engine.search(' ，。 ')).toEqual([]);
  });

  it('the runtime engine does not import pinyin-pro (only the build does)', () => {
    const seen = new Set<string>();
    const walk = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const src = readFileSync(file, 'utf8');
      expect(src, file).not.toMatch(/from 'pinyin-pro'/);
      for (const m of src.matchAll(/from '(\.[^']+)'/g)) walk(join(file, '..', m[1] ?? ''));
    };
    walk(join(import.meta.dirname, '../../data/engine/index.ts'));
    expect(seen.size).toBeGreaterThan(5);
  });
});
