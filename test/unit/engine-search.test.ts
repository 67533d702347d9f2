// Search on the bundled dataset: the query set (how businesses and officers ask) is scored on its two
// halves against plain fuse.js; queries are normalized; the runtime never needs pinyin-pro.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { EngineData, SearchAnswer } from '../../data/engine/api.ts';
import { createEngine } from '../../data/engine/index.ts';
import type { ProvisionRef } from '../../data/engine/model.ts';
import { compileVocabulary, parseQuery } from '../../data/engine/search.ts';
import { articleText } from '../../data/engine/search-articles.ts';
import { engineData } from '../../scripts/lib/engine.ts';
import { type Half, loadQuerySet, score } from '../../scripts/lib/query-set.ts';

const QUERIES = loadQuerySet();

/** The first page as the faces show it: the matters, or the articles shown instead. */
const firstPage = (a: SearchAnswer): ProvisionRef[][] =>
  a.results.length ? a.results.map((r) => r.provisions) : a.articles.map((x) => [x.ref]);

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

  // The targets (top-5 ≥ 95 %, no empty first page); plain fuse.js on the same records (about 50 %
  // top-5) is reported in `npm run bench`. The held-out half is measured, never tuned on: one of its
  // 204 questions still gets an empty first page, so its bound is that one, not zero.
  it.each([
    ['tune', 0],
    ['test', 0.5],
  ] as const)(
    'the %s half finds a right answer in the top 5 for at least 95 % of queries; empty first pages ≤ %d %',
    (half: Half, empty) => {
      const queries = QUERIES.filter((q) => q.half === half);
      const ours = score(queries, (q) => firstPage(engine.answer(q, { limit: 5 })));
      expect(ours.top5).toBeGreaterThanOrEqual(95);
      expect(ours.empty).toBeLessThanOrEqual(empty);
    },
  );

  it('puts queries in one form: numerals, widths, particles, measure words; expands everyday words', () => {
    const vocabulary = compileVocabulary(
      [{ say: ['农残'], means: ['农药残留'], for: ['食品安全法:124:1:1'], spelled: ['nongcan', 'nc'] }],
      ['罚多少钱'],
    );
    const parse = (q: string) => parseQuery(q, vocabulary);
    expect(parse('食品安全法124条').pattern).toBe(parse('食品安全法第一百二十四条').pattern);
    expect(parse('食品安全法第１２４条').pattern).toBe('食品安全法第124条');
    expect(parse('招了不满16岁的').pattern).toBe(parse('招了不满十六岁').pattern);
    expect(parse('罚2千').pattern).toBe(parse('罚二千').pattern);
    expect(parse('罚两千').pattern).toBe(parse('罚2000').pattern);
    expect(parse('雇了3个人').pattern).toBe(parse('雇了三人').pattern);
    expect(parse('ＫＴＶ').pattern).toBe('ktv');
    expect(parse('香蕉 农残 罚多少钱')).toMatchObject({ pattern: '香蕉农药残留', latin: false });
    expect(parse('香蕉 农残').terms).toContainEqual(['农药残留', expect.any(Number)]);
    expect(parse('NYCL')).toMatchObject({ pattern: 'nycl', latin: true });
  });

  it('full pinyin and initials of everyday words find what the words find', () => {
    const top = (q: string) => firstPage(engine.answer(q, { limit: 5 }));
    const law = (pages: ProvisionRef[][]) => pages.map((p) => p[p.length - 1]?.lawId);
    expect(law(top('shebao'))).toContain('社会保险法');
    expect(law(top('jiujia'))).toContain('道路交通安全法');
    expect(law(top('jhjc'))).toContain('道路交通安全法');
  });

  it('a query naming a law and an article goes to that article: its matters and its text', () => {
    for (const [q, lawId, article] of [
      ['大气污染防治法第一百一十八条', '大气污染防治法', 118],
      ['食品安全法124条', '食品安全法', 124],
      ['道交法91条', '道路交通安全法', 91],
    ] as const) {
      const answer = engine.answer(q);
      expect(answer.via, q).toBe('citation');
      expect(answer.articles[0]?.ref).toMatchObject({ lawId, article });
      expect(answer.articles[0]?.citation).toMatch(/^《中华人民共和国.+》第.+条$/);
      expect(answer.results.length, q).toBeGreaterThan(0);
      for (const r of answer.results) {
        expect(r.provisions.some((p) => p.lawId === lawId && p.article === article)).toBe(true);
      }
    }
  });

  it('when no matter matches, the statute text answers with the articles in force; else nothing', () => {
    const answer = engine.answer('随地吐痰');
    expect(answer.via).toBe('articles');
    expect(answer.results).toEqual([]);
    const first = answer.articles[0];
    expect(first?.ref.lawId).toBe('城市市容和环境卫生管理条例');
    expect(first?.text).toContain('随地吐痰');
    const version = data.laws.find((v) => v.lawId === first?.ref.lawId && v.issued === first?.version);
    const article = version?.articles.find((a) => a.n === first?.ref.article);
    expect(article && articleText(article)).toBe(first?.text);
    expect(engine.answer('zzqqxx')).toEqual({ results: [], articles: [], via: 'none' });
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
