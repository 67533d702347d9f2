// Cell text and headers as city tables write them: checklists split on markers and punctuation (a bare line
// break only wraps), headers found under a title row and across two lines.
import { describe, expect, it } from 'vitest';
import { findHeader } from '../../scripts/import/columns.ts';
import type { GridRow } from '../../scripts/import/sheet.ts';
import { checklist, oneLine } from '../../scripts/import/text.ts';

describe('checklist', () => {
  it.each([
    ['1.首次违法；\n2.危害后果轻微；3.及时改正。', ['首次违法', '危害后果轻微', '及时改正']],
    ['1．首次违法\n2．危害后果轻微', ['首次违法', '危害后果轻微']],
    ['1.首次违法 2.危害后果轻微 3.及时改正', ['首次违法', '危害后果轻微', '及时改正']],
    ['1.首次违法2.危害后果轻微3.及时改正', ['首次违法', '危害后果轻微', '及时改正']],
    ['①初次违法②危害后果轻微', ['初次违法', '危害后果轻微']],
    ['（1）当事人首次违法；（2）货值金额不超过２５００元。', ['当事人首次违法', '货值金额不超过2500元']],
    ['首次违法，\n危害后果轻微', ['首次违法', '危害后果轻微']],
    ['主动供述行政机关\n尚未掌握的违法行为的', ['主动供述行政机关尚未掌握的违法行为的']],
    ['货值金额2.5万元以下', ['货值金额2.5万元以下']],
    ['首次违法且危害后果轻微，并及时改正', ['首次违法且危害后果轻微，并及时改正']],
  ])('%j', (cell, expected) => {
    expect(checklist(cell)).toEqual(expected);
  });

  it('oneLine joins wrapped lines and turns digits half width', () => {
    expect(oneLine('经营超过保质期\n的食品　第１２４条')).toBe('经营超过保质期的食品 第124条');
  });
});

const row = (n: number, texts: (string | [string])[]): GridRow => ({
  n,
  // A one-element array marks a copy of a merged cell's text.
  cells: texts.map((t) => (Array.isArray(t) ? { text: t[0], copy: true } : { text: t, copy: false })),
});

describe('findHeader', () => {
  it('skips a merged title row and reads one header line', () => {
    const title = '示例市市场监管领域轻微违法行为不予处罚清单';
    const grid = [
      row(1, [title, [title], [title], [title]]),
      row(2, ['序号', '违法行为', '适用条件', '法律依据']),
      row(3, ['1', '主动消除或者减轻违法行为危害后果的', '首次违法', '《价格法》第四十二条']),
    ];
    const header = findHeader(grid);
    expect(header?.rows).toEqual([2]);
    expect(header?.dataStart).toBe(2);
    expect(Object.fromEntries([...(header?.columns ?? [])].map(([f, c]) => [f, c.index]))).toEqual({
      index: 0,
      title: 1,
      conditions: 2,
      basis: 3,
    });
  });

  it('reads a two-line header under a merged group heading, the lower line first', () => {
    const grid = [
      row(1, ['序号', '违法行为', '裁量基准', ['裁量基准'], ['裁量基准'], '减轻处罚依据']),
      row(2, [['序号'], ['违法行为'], '裁量阶次', '适用情形', '处罚标准', ['减轻处罚依据']]),
      row(3, ['1', '经营者违反明码标价规定', '从轻', '及时改正', '处1000元以下罚款', '']),
    ];
    const header = findHeader(grid);
    expect(header?.rows).toEqual([1, 2]);
    expect(Object.fromEntries([...(header?.columns ?? [])].map(([f, c]) => [f, c.name]))).toEqual({
      index: '序号',
      title: '违法行为',
      level: '裁量阶次',
      conditions: '适用情形',
      range: '处罚标准',
      exemptionBasis: '减轻处罚依据',
    });
  });

  it('does not take a data row holding a header word for a second header line', () => {
    const grid = [
      row(1, ['序号', '事项名称', '法定依据', '适用情形']),
      row(2, ['1', '经营者违反明码标价规定', '《价格法》第四十二条', '主动消除或者减轻违法行为危害后果的']),
    ];
    expect(findHeader(grid)?.rows).toEqual([1]);
  });

  it('finds none in a sheet without one', () => {
    expect(findHeader([row(1, ['一', '二']), row(2, ['三', '四'])])).toBeNull();
  });
});
