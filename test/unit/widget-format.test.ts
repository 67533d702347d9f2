// Fine ranges in words and the self-check's verdict, in both languages.
import { describe, expect, it } from 'vitest';
import type { ListItem } from '../../data/engine/model.ts';
import { formatFine } from '../../widget/src/format.ts';
import { MESSAGES } from '../../widget/src/i18n.ts';
import { verdictOf } from '../../widget/src/self-check.tsx';

const zh = MESSAGES['zh-CN'];
const en = MESSAGES.en;
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

describe('self-check verdict', () => {
  const item = { conditions: ['首次违法', '危害后果轻微', '及时改正'] } as ListItem;
  it.each([
    [{}, { open: 3 }],
    [{ 0: true, 2: true }, { open: 1 }],
    [{ 0: true, 1: true, 2: true }, 'applies'],
    [{ 1: false }, 'fails'],
    [{ 0: true, 1: true, 2: false }, 'fails'],
  ])('answers %j give %j', (answers, verdict) => {
    expect(verdictOf(item, answers)).toEqual(verdict);
  });
});
