// The search vocabulary (data/vocabulary.json), entry by entry: each entry's statutory wording, searched
// as it stands, finds one of the provisions the entry is meant for on the first page (10 results, or
// the statute articles shown instead); every `for` names an article of a bundled law; the build spells
// every everyday word in pinyin and initials.
import { beforeAll, describe, expect, it } from 'vitest';
import type { EngineData } from '../../data/engine/api.ts';
import { createEngine } from '../../data/engine/index.ts';
import { engineData, loadVocabulary } from '../../scripts/lib/engine.ts';
import { under } from '../../scripts/lib/query-set.ts';

const VOCABULARY = loadVocabulary();

let data: EngineData;
let engine: ReturnType<typeof createEngine>;
beforeAll(() => {
  data = engineData();
  engine = createEngine(data);
});

describe('search vocabulary', () => {
  it('has several hundred entries across the domains, each meant for articles that exist', () => {
    expect(VOCABULARY.entries.length).toBeGreaterThanOrEqual(300);
    const laws = new Map<string, Set<number>>();
    for (const v of data.laws) {
      const set = laws.get(v.lawId) ?? new Set();
      for (const a of v.articles) set.add(a.n);
      laws.set(v.lawId, set);
    }
    for (const e of VOCABULARY.entries) {
      for (const key of e.for) {
        const [law, article] = key.split(':');
        expect(laws.has(law ?? ''), `${e.say[0]}: ${key}`).toBe(true);
        if (article) expect(laws.get(law ?? '')?.has(Number(article)), `${e.say[0]}: ${key}`).toBe(true);
      }
    }
  });

  it.each(VOCABULARY.entries.map((e) => [e.say[0], e] as const))(
    '%s: its wording finds what it is for',
    (_, e) => {
      const answer = engine.answer(e.means[0] ?? '', { limit: 10 });
      const pages = answer.results.length
        ? answer.results.map((r) => r.provisions)
        : answer.articles.map((a) => [a.ref]);
      expect(
        pages.some((refs) => e.for.some((key) => refs.some((r) => under(key, r)))),
        `${e.means[0]} → ${answer.results.map((r) => r.title).join(' | ')}`,
      ).toBe(true);
    },
  );

  it('the search index carries every everyday word spelled', () => {
    const spelled = data.searchIndex?.vocabulary?.entries ?? [];
    expect(spelled.length).toBe(VOCABULARY.entries.length);
    const shebao = spelled.find((e) => e.say.includes('社保'));
    expect(shebao?.spelled).toEqual(expect.arrayContaining(['shebao']));
    const drunk = spelled.find((e) => e.say.includes('酒后驾车'));
    expect(drunk?.spelled).toEqual(expect.arrayContaining(['jiuhoujiache', 'jhjc']));
  });
});
