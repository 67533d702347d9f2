// The strict citation reader of spreadsheet cells: one row per form cities write.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../scripts/data/checks/types.ts';
import { loadDataset } from '../../scripts/data/load.ts';
import { LawNames, parseCitations } from '../../scripts/import/citation.ts';

let names: LawNames;
beforeAll(() => {
  const dataset: Dataset = loadDataset();
  names = new LawNames(dataset.laws);
});

const r = (lawId: string, article: number, paragraph: number | null = null, item: number | null = null) => ({
  lawId,
  article,
  paragraph,
  item,
});

const CASES: [string, ReturnType<typeof r>[]][] = [
  ['《中华人民共和国食品安全法》第一百二十四条第一款第（一）项', [r('食品安全法', 124, 1, 1)]],
  ['《食品安全法》第124条第1款第1项', [r('食品安全法', 124, 1, 1)]],
  ['《食品安全法》第１２４条第１款第１项', [r('食品安全法', 124, 1, 1)]],
  ['《食品安全法》第一百二十四条第一款第(一)项', [r('食品安全法', 124, 1, 1)]],
  ['《中华人民共和国食品安全法》第三十四条第（二）项', [r('食品安全法', 34, null, 2)]],
  [
    '《中华人民共和国食品安全法》第三十四条第（二）项、第一百二十四条第一款第（一）项、第一百三十六条',
    [r('食品安全法', 34, null, 2), r('食品安全法', 124, 1, 1), r('食品安全法', 136)],
  ],
  [
    '《食品安全法》第一百二十四条第一款第（一）项、第（五）项',
    [r('食品安全法', 124, 1, 1), r('食品安全法', 124, 1, 5)],
  ],
  [
    '《中华人民共和国食品安全法》第一百二十四条第一款第（一）、（四）项',
    [r('食品安全法', 124, 1, 1), r('食品安全法', 124, 1, 4)],
  ],
  ['《税收征收管理法》第六十条第一款、第二款', [r('税收征收管理法', 60, 1), r('税收征收管理法', 60, 2)]],
  [
    '《中华人民共和国行政处罚法》第三十条至第三十二条',
    [r('行政处罚法', 30), r('行政处罚法', 31), r('行政处罚法', 32)],
  ],
  [
    '《中华人民共和国行政处罚法》第三十至三十二条',
    [r('行政处罚法', 30), r('行政处罚法', 31), r('行政处罚法', 32)],
  ],
  ['可以不依据广告法第四十九条第一款第（五）项查封扣押', [r('广告法', 49, 1, 5)]],
  ['《中华人民共和国食品安全法（2021年修正）》第一百三十六条', [r('食品安全法', 136)]],
  ['依据《征管法》第六十二条的规定', [r('税收征收管理法', 62)]],
  [
    '《中华人民共和国行政处罚法》第三十三条第一款；\n《中华人民共和国价格法》第四十二条',
    [r('行政处罚法', 33, 1), r('价格法', 42)],
  ],
];

describe('parseCitations', () => {
  it.each(CASES)('%s', (cell, expected) => {
    const parsed = parseCitations(cell, names);
    expect(parsed.problems).toEqual([]);
    expect(parsed.citations.map(({ lawName: _, ...ref }) => ref)).toEqual(expected);
  });

  it('keeps a law the dataset does not hold as text only', () => {
    const parsed = parseCitations('《中华人民共和国种子法》第三十五条；《行政处罚法》第三十三条', names);
    expect(parsed.unknownLaws).toEqual(['中华人民共和国种子法']);
    expect(parsed.citations.map((c) => c.lawId)).toEqual(['行政处罚法']);
  });

  it('reports an article cited without a law, and 之一 articles it cannot represent', () => {
    expect(parseCitations('第三十三条第一款', names).problems).toEqual([
      'cites 第33条 without naming the law',
    ]);
    expect(parseCitations('《食品安全法》第一百二十条之一', names).problems).toEqual([
      '"第一百二十条之一": articles numbered 之一 are not supported',
    ]);
  });

  it('reports a backward range and cites neither end', () => {
    const parsed = parseCitations('《行政处罚法》第三十二条至第三十条', names);
    expect(parsed.problems).toEqual(['cannot read the article range "第三十二条至第三十条"']);
    expect(parsed.citations).toEqual([]);
  });
});
