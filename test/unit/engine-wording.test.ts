// The words both faces show for the data: fines, provisions, basis labels — tested once, here.
import { describe, expect, it } from 'vitest';
import { formatFine, provisionLabel, sourceLine, WORDING } from '../../data/engine/wording.ts';
import { MESSAGES } from '../../widget/src/i18n.ts';

const zh = WORDING['zh-CN'];
const en = WORDING.en;
const amount = (min: number | null, max: number | null) => ({
  kind: 'amount' as const,
  base: null,
  min,
  max,
});

describe('fine ranges in words', () => {
  it.each([
    [amount(50000, 100000), '5万元以上10万元以下', '¥50,000 to ¥100,000'],
    [amount(50000, 65000), '5万元以上6.5万元以下', '¥50,000 to ¥65,000'],
    [amount(50, 500), '50元以上500元以下', '¥50 to ¥500'],
    [amount(12345, null), '12,345元以上', 'at least ¥12,345'],
    [amount(null, 2000), '2,000元以下', 'up to ¥2,000'],
    [amount(null, null), '金额未规定', 'amount not set'],
    [
      { kind: 'multiple' as const, base: '货值金额' as const, min: 10, max: 20 },
      '货值金额10倍以上20倍以下',
      '10 to 20 × 货值金额',
    ],
    [{ ...amount(100, 500), perUnit: '每人' }, '100元以上500元以下（每人）', '¥100 to ¥500 (每人)'],
  ])('%j', (fine, inZh, inEn) => {
    expect(formatFine(fine, zh)).toBe(inZh);
    expect(formatFine(fine, en)).toBe(inEn);
  });
});

describe('provision labels and sources', () => {
  it.each([
    [{ article: 124, paragraph: 1, item: 1 }, '第一百二十四条第一款第（一）项'],
    [{ article: 136, paragraph: null, item: null }, '第一百三十六条'],
    [{ article: 34, paragraph: null, item: 2 }, '第三十四条第（二）项'],
    [{ article: 20, paragraph: 2, item: null }, '第二十条第二款'],
  ])('%j → %s', (ref, label) => {
    expect(provisionLabel(ref)).toBe(label);
  });

  it('puts a record’s provenance on one line, skipping what it lacks', () => {
    expect(
      sourceLine({
        issuer: '国家税务总局',
        docNumber: '国家税务总局公告2021年第6号',
        date: '2021-03-31',
        url: 'https://www.chinatax.gov.cn/',
      }),
    ).toBe('国家税务总局 · 国家税务总局公告2021年第6号 · 2021-03-31');
  });
});

describe('one wording for both faces', () => {
  it('the widget speaks the shared words for the data in each language', () => {
    for (const lang of ['zh-CN', 'en'] as const) {
      expect(MESSAGES[lang].basis).toEqual(WORDING[lang].basis);
      expect(MESSAGES[lang].list).toEqual(WORDING[lang].list);
      expect(MESSAGES[lang].yuan(65000)).toBe(WORDING[lang].yuan(65000));
    }
  });

  it('never lets a derived or illustrative record read as official', () => {
    for (const lang of ['zh-CN', 'en'] as const) {
      expect(WORDING[lang].basis.derived).toMatch(/非官方|not official/);
      expect(WORDING[lang].basis.illustrative).toMatch(/非官方|not official/);
    }
  });
});
