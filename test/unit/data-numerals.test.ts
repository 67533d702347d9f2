import { describe, expect, it } from 'vitest';
import {
  articleLabel,
  chineseToInt,
  intToChinese,
  itemLabel,
  paragraphLabel,
  parseArticleNumber,
  toHalfWidthDigits,
} from '../../data/engine/numerals.ts';

describe('numerals', () => {
  it.each([
    [1, '一'],
    [10, '十'],
    [15, '十五'],
    [20, '二十'],
    [101, '一百零一'],
    [110, '一百一十'],
    [124, '一百二十四'],
    [155, '一百五十五'],
    [1000, '一千'],
    [1005, '一千零五'],
    [10_000, '一万'],
    [10_005, '一万零五'],
    [15_000, '一万五千'],
    [100_000, '十万'],
    [1_000_000, '一百万'],
    [20_000_000, '二千万'],
    [150_000_000, '一亿五千万'],
  ])('%i ⇄ %s', (n, zh) => {
    expect(intToChinese(n)).toBe(zh);
    expect(chineseToInt(zh)).toBe(n);
  });

  it.each([
    ['两万', 20_000],
    ['伍万', 50_000],
    ['壹拾贰', 12],
    ['一万零五百', 10_500],
    ['5万', 50_000],
    ['1.5万', 15_000],
    ['１２４', 124],
    ['五十万', 500_000],
    ['二百', 200],
  ])('reads %s as %i', (zh, n) => {
    expect(chineseToInt(zh)).toBe(n);
  });

  it.each(['', '万', '条', '二三', 'abc', '1.25'])('rejects %j', (text) => {
    expect(chineseToInt(text)).toBeNull();
  });

  it('labels articles, paragraphs and items as statutes write them', () => {
    expect(articleLabel(124)).toBe('第一百二十四条');
    expect(articleLabel(10)).toBe('第十条');
    expect(paragraphLabel(2)).toBe('第二款');
    expect(itemLabel(2)).toBe('第（二）项');
  });

  it.each([
    ['第一百二十四条', 124],
    ['124', 124],
    ['第124条', 124],
    ['一百二十四', 124],
    ['第１２４条', 124],
    ['第零条', null],
    ['第一百二十四款', null],
  ])('parseArticleNumber(%s) = %s', (text, n) => {
    expect(parseArticleNumber(text)).toBe(n);
  });

  it('converts full-width digits only', () => {
    expect(toHalfWidthDigits('第１２４条a')).toBe('第124条a');
  });

  it('round-trips every article number a statute can have', () => {
    for (let n = 1; n <= 400; n++) expect(chineseToInt(intToChinese(n))).toBe(n);
  });
});
