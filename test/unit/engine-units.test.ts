// The engine's pieces, table-driven: normalization with offsets, amounts and what they are, act dates,
// the fine check, version resolution under 行政处罚法 第三十七条, and the tier check.
import { describe, expect, it } from 'vitest';
import { findActDates, pickActDate } from '../../data/engine/act-date.ts';
import { checkFine, checkTier, conditionHolds } from '../../data/engine/fine-check.ts';
import { createEngine } from '../../data/engine/index.ts';
import { isLighter } from '../../data/engine/lighter.ts';
import { findAmounts, parseAmount } from '../../data/engine/money.ts';
import { normalize, originalSpan } from '../../data/engine/normalize.ts';
import { createResolver } from '../../data/engine/resolve.ts';
import { DATA, LAWS, MATTERS, TIER } from '../fixtures/corpus/engine-data.ts';

describe('normalize', () => {
  it.each([
    ['第１２４条', '第124条'],
    ['第（一）项', '第(一)项'],
    ['食品\n安全 法\u3000第一條', '食品安全法第一条'],
    ['第二項', '第二项'],
  ])('%s → %s', (raw, want) => {
    expect(normalize(raw).text).toBe(want);
  });

  it('maps every normalized span back to the original', () => {
    const raw = '依据《食品\n安全法》第 １２４ 条';
    const n = normalize(raw);
    const at = n.text.indexOf('第124条');
    const [s, e] = originalSpan(n, at, at + 6);
    expect(raw.slice(s, e)).toBe('第 １２４ 条');
  });
});

describe('amounts', () => {
  it.each([
    ['伍万', 50000],
    ['5万', 50000],
    ['50,000', 50000],
    ['五万', 50000],
    ['50000', 50000],
    ['1.5万', 15000],
    ['2千', 2000],
    ['壹拾伍万', 150000],
    ['两千', 2000],
    ['1234.5', 1234.5],
  ])('%s → %d', (text, yuan) => {
    expect(parseAmount(text)).toBe(yuan);
  });

  it.each([
    ['罚款人民币伍万元整', '人民币伍万元整', 'fine', null],
    ['处5万元罚款', '5万元', 'fine', null],
    ['罚款50000元', '50000元', 'fine', null],
    ['货值金额为人民币1200元', '人民币1200元', 'base', '货值金额'],
    ['没收违法所得400元', '400元', 'base', '违法所得'],
    ['每人罚款2000元', '2000元', 'other', null],
    ['处五万元以上十万元以下罚款', '五万元', 'other', null],
    ['货款共计3000元', '3000元', 'other', null],
  ])('%s: %s is %s', (text, span, role, base) => {
    const [a] = findAmounts(text);
    expect(a && text.slice(a.start, a.end)).toBe(span);
    expect(a?.role).toBe(role);
    expect(a?.base).toBe(base);
  });
});

describe('act date', () => {
  it.each([
    ['违法行为发生于2023年5月10日。2024年1月2日作出决定。', '2023-05-10'],
    ['经查，当事人于2023年5月10日销售香蕉。', '2023-05-10'],
    ['二〇二三年五月十日，本局执法人员检查发现', '2023-05-10'],
    ['本决定于2024年6月1日作出。', null],
  ])('%s → %s', (text, date) => {
    expect(pickActDate(findActDates(text))).toBe(date);
  });
});

describe('fine check', () => {
  const food = MATTERS[0]?.statutory.fines ?? [];
  it('reads conditions against stated bases', () => {
    expect(conditionHolds('违法生产经营的食品货值金额不足一万元的', { 货值金额: 8000 })).toBe(true);
    expect(conditionHolds('货值金额一万元以上的', { 货值金额: 8000 })).toBe(false);
    expect(conditionHolds('货值金额一万元以上的', {})).toBe(null);
    expect(conditionHolds('情节严重的', { 货值金额: 8000 })).toBe(null);
  });

  it.each([
    [60000, {}, 'within'],
    [30000, {}, 'below-minimum'],
    [30000, { 货值金额: 5000 }, 'below-minimum'],
    [150000, { 货值金额: 5000 }, 'above-maximum'],
    [300000, {}, 'depends-on-base'],
    [300000, { 货值金额: 20000 }, 'within'],
    [500000, { 货值金额: 20000 }, 'above-maximum'],
  ] as const)('%d yuan with %j → %s', (yuan, bases, verdict) => {
    expect(checkFine(yuan, food, bases).verdict).toBe(verdict);
  });

  it('says a fine below the minimum needs 减轻处罚', () => {
    expect(checkFine(30000, food, { 货值金额: 5000 }).detail).toContain('减轻处罚');
  });

  it('checks against a tier, naming its basis', () => {
    expect(checkTier(60000, TIER, {})).toMatchObject({ verdict: 'within' });
    expect(checkTier(80000, TIER, {}).verdict).toBe('above-maximum');
    expect(checkTier(80000, TIER, {}).detail).toContain('示例数据，非官方');
  });

  it('a scan with a tier chosen checks its fines against it', () => {
    const engine = createEngine(DATA);
    const text = '依据《食品安全法》第一百二十四条第一款第（一）项，罚款人民币8万元。';
    const [fine] = engine.scan(text, { asOf: '2024-03-01', tierId: TIER.id }).fines;
    expect(fine?.verdict).toBe('within');
    expect(fine?.tier).toMatchObject({
      tierId: TIER.id,
      level: '从轻',
      basis: 'illustrative',
      verdict: 'above-maximum',
    });
  });
});

describe('resolution (行政处罚法 第三十七条)', () => {
  const resolver = createResolver(LAWS, isLighter);
  const cited = { article: 124, paragraph: null, item: null };

  it('applies the version in force at the act, and says the article changed since', () => {
    const r = resolver.resolve('食品安全法', cited, {
      actDate: '2025-06-01',
      asOf: '2026-01-05',
      note: null,
    });
    expect(r?.version.issued).toBe('2021-04-29');
    expect(r?.changedBetweenVersions).toBe(true);
    expect(r?.versionNote).toContain('第三十七条');
  });

  it('without an act date applies the version in force on the date given', () => {
    expect(
      resolver.resolve('食品安全法', cited, { actDate: null, asOf: '2026-01-05', note: null })?.version
        .issued,
    ).toBe('2025-09-12');
    expect(
      resolver.resolve('食品安全法', cited, { actDate: null, asOf: '2024-01-05', note: null })?.version
        .issued,
    ).toBe('2021-04-29');
  });

  it('an unchanged provision is not flagged', () => {
    const r = resolver.resolve(
      '食品安全法',
      { article: 124, paragraph: 1, item: 1 },
      { actDate: '2025-06-01', asOf: '2026-01-05', note: null },
    );
    expect(r?.changedBetweenVersions).toBe(false);
  });

  it('a version named in the text wins', () => {
    const r = resolver.resolve('食品安全法', cited, {
      actDate: null,
      asOf: '2026-01-05',
      note: { year: 2021, month: null, day: null },
    });
    expect(r?.version.issued).toBe('2021-04-29');
  });

  it('a lighter newer rule applies; a heavier one does not', () => {
    const older = '违反本法规定的，处五万元以上十万元以下罚款。';
    const lighter = '违反本法规定的，处一万元以上五万元以下罚款。';
    expect(isLighter(older, lighter)).toBe(true);
    expect(isLighter(lighter, older)).toBe(false);
    const pick = createResolver(LAWS, () => true).resolve('食品安全法', cited, {
      actDate: '2025-06-01',
      asOf: '2026-01-05',
      note: null,
    });
    expect(pick?.version.issued).toBe('2025-09-12');
    expect(pick?.versionNote).toContain('处罚较轻');
  });
});
