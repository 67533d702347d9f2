// The fine a benchmark cell sets for one tier: one row per wording; unreadable cells are refused.
import { describe, expect, it } from 'vitest';
import { readRange } from '../../scripts/import/range.ts';

const amount = (min: number | null, max: number | null) => ({ kind: 'amount', base: null, min, max });
const multiple = (min: number | null, max: number | null) => ({
  kind: 'multiple',
  base: '货值金额',
  min,
  max,
});

const READABLE: [string, unknown, string[]][] = [
  ['处5000元以上1万元以下罚款', amount(5000, 10000), []],
  ['处５万元以上６.５万元以下罚款', amount(50000, 65000), []],
  ['处五万元以上六万五千元以下罚款', amount(50000, 65000), []],
  ['处50,000元以上100,000元以下罚款', amount(50000, 100000), []],
  ['处1万元以下罚款', amount(null, 10000), []],
  ['处2万元罚款', amount(20000, 20000), []],
  ['处5000元-1万元罚款', amount(5000, 10000), []],
  ['处1-2万元罚款', amount(10000, 20000), []],
  ['处货值金额十倍以上十五倍以下罚款', multiple(10, 15), []],
  ['处货值金额0.5倍以上1.5倍以下罚款', multiple(0.5, 1.5), []],
  ['处货值金额3倍罚款', multiple(3, 3), []],
  ['给予警告，并处500元以上1000元以下罚款', amount(500, 1000), ['警告']],
  ['不予行政处罚', null, ['不予行政处罚']],
  ['给予警告', null, ['警告']],
];

describe('readRange', () => {
  it.each(READABLE)('%s', (cell, fine, measures) => {
    expect(readRange(cell)).toEqual({ ok: true, fine, measures });
  });

  it.each([
    ['处适当罚款', 'cannot read a fine range from "处适当罚款"'],
    ['违法所得不足1万元的，从轻处罚', 'cannot read a fine range from "违法所得不足1万元的，从轻处罚"'],
    ['处10倍以上15倍以下罚款', 'cannot read a fine range from "处10倍以上15倍以下罚款"'],
    ['从重处罚', 'cannot read a penalty from "从重处罚"'],
    ['处3万元以上1万元以下罚款', '"处3万元以上1万元以下罚款" sets a minimum above its maximum'],
    ['', 'is empty'],
  ])('refuses %s', (cell, why) => {
    expect(readRange(cell)).toEqual({ ok: false, why });
  });
});
