// The illustrative 通辽 pack: every row an example, the official totals it stands for in its notes, and
// two revisions that as-of queries tell apart.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Pack } from '../../data/engine/model.ts';
import listsCommand from '../../scripts/commands/lists.ts';
import { loadDataset } from '../../scripts/data/load.ts';
import { packAsOf } from '../../scripts/lists/as-of.ts';
import { buildTongliaoPack } from '../../scripts/lists/build-packs.ts';
import { corpusOf } from '../../scripts/lists/corpus.ts';

let pack: Pack;
beforeAll(() => {
  pack = buildTongliaoPack(corpusOf(loadDataset()));
});

function counts(p: Pack) {
  const n = (list: string) => p.lists.filter((l) => l.list === list).length;
  return [n('no-penalty'), n('lighter'), n('mitigated'), n('coercion-exempt'), p.tiers.length];
}

describe('tongliao-illustrative pack', () => {
  it('is illustrative throughout and claims no official document', () => {
    for (const r of [...pack.lists, ...pack.tiers]) {
      expect(r.basis).toBe('illustrative');
      expect(r.provenance).toEqual({ note: expect.stringContaining('并非该市通告中的原文条目') });
    }
  });

  it('records the official totals it stands for', () => {
    const notes = pack.notes.join('\n');
    for (const figure of [
      '273 行政处罚事项',
      '913 裁量基准条目',
      '117 不予处罚情形',
      '97 从轻减轻处罚情形',
      '22 免予强制情形',
    ]) {
      expect(notes).toContain(figure);
    }
    expect(notes).toContain(
      'added 89 基准条目, added 21 and removed 1 不予处罚情形, added 12 从轻减轻情形, added 6 免予强制情形 and changed 1',
    );
  });

  it('has the banana case as a row, resting on 食品安全法 第一百三十六条', () => {
    const banana = pack.lists.find((l) => l.id === 'TL-np-01');
    expect(banana?.title).toContain('香蕉');
    expect(banana?.matterIds).toEqual(['M-食品安全法-124-1-1']);
    expect(banana?.legalBasis.map((r) => r.article)).toEqual([34, 124, 136]);
  });

  it('answers as of a date with the revision then in force', () => {
    expect(counts(packAsOf(pack, '2022-12-15'))).toEqual([8, 3, 2, 3, 15]);
    expect(counts(packAsOf(pack, '2023-06-15'))).toEqual([10, 4, 3, 4, 17]);
    expect(counts(packAsOf(pack, '2022-11-30'))).toEqual([0, 0, 0, 0, 0]);
  });

  it('covers the fields the report names', () => {
    const authorities = new Set(pack.lists.map((l) => l.authority));
    for (const a of [
      '市场监督管理局',
      '税务局',
      '交通运输局',
      '人力资源和社会保障局',
      '生态环境局',
      '城市管理综合执法局',
      '卫生健康委员会',
      '文化旅游体育局',
    ]) {
      expect(authorities).toContain(a);
    }
  });
});

describe('cli lists', () => {
  it('answers as of a date from the committed packs', async () => {
    const out: string[] = [];
    const spy = vi.spyOn(console, 'log').mockImplementation((s: string) => void out.push(s));
    const args = ['--pack', 'tongliao-illustrative', '--list', 'coercion-exempt', '--json'];
    expect(await listsCommand.run([...args, '--as-of', '2023-05-31'])).toBe(0);
    expect(await listsCommand.run([...args, '--as-of', '2023-06-01'])).toBe(0);
    spy.mockRestore();
    const ids = out.map((o) => JSON.parse(o).items.map((r: { item: { id: string } }) => r.item.id));
    expect(ids).toEqual([
      ['TL-ce-01', 'TL-ce-02', 'TL-ce-03'],
      ['TL-ce-01', 'TL-ce-02-r2', 'TL-ce-03', 'TL-ce-04'],
    ]);
  });
});
