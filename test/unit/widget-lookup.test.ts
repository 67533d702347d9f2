// The widget builds on createLookup alone (no scanner in its bundle): its answers must be the
// engine's, for search, explanations, provision texts and citations alike.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../data/engine/index.ts';
import { createLookup } from '../../data/engine/lookup.ts';
import { engineData } from '../../scripts/lib/engine.ts';

const data = engineData();
const engine = createEngine(data);
const lookup = createLookup(data);
const matters = data.packs.flatMap((p) => p.matters);

describe('createLookup (what the widget uses)', () => {
  it('has matters to compare', () => {
    expect(matters.length).toBeGreaterThan(100);
  });

  it.each(['农药残留', '未按规定设置账簿', '食品安全法第一百二十四条', '无证经营', 'nycl', '超过保质期'])(
    'searches %s as the engine does',
    (query) => {
      expect(lookup.search(query, { limit: 20 })).toEqual(engine.search(query, { limit: 20 }));
      const options = { limit: 5, lists: ['no-penalty' as const], asOf: '2022-01-01' };
      expect(lookup.search(query, options)).toEqual(engine.search(query, options));
    },
  );

  it('explains every matter, on two dates, as the engine does', () => {
    for (const m of matters) {
      for (const date of ['2020-06-01', '2025-12-31']) {
        expect(lookup.explainMatter(m.id, date)).toEqual(engine.explainMatter(m.id, date));
      }
      expect(lookup.cite(m.penalty)).toBe(engine.cite(m.penalty));
    }
    expect(lookup.explainMatter('M-no-such-matter')).toBeNull();
  });
});
