import { describe, expect, it } from 'vitest';
import { isIsoDate, todayInChina } from '../../data/engine/dates.ts';

describe('todayInChina', () => {
  it('is the Beijing date, which runs eight hours ahead of UTC', () => {
    expect(todayInChina(new Date('2026-12-07T15:59:59Z'))).toBe('2026-12-07');
    expect(todayInChina(new Date('2026-12-07T16:00:00Z'))).toBe('2026-12-08');
    expect(todayInChina(new Date('2026-12-08T07:59:00Z'))).toBe('2026-12-08');
    expect(todayInChina(new Date('2024-02-28T20:00:00Z'))).toBe('2024-02-29');
  });
});

describe('isIsoDate', () => {
  it.each([
    ['2023-06-30', true],
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2023-13-01', false],
    ['2023-6-30', false],
    ['2023-06-30T00:00', false],
  ])('%s → %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });
});
