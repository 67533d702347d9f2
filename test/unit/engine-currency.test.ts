import { beforeAll, describe, expect, it } from 'vitest';
import { createLookup, type Lookup } from '../../data/engine/lookup.ts';
import { currencyLines, WORDING } from '../../data/engine/wording.ts';
import { loadDataset } from '../../scripts/data/load.ts';

let lookup: Lookup;
const ref = (lawId: string, article: number) => ({ lawId, article, paragraph: null, item: null });
const currency = (lawId: string, article: number, date: string) =>
  lookup.provisionText(ref(lawId, article), date)?.currency;

beforeAll(() => {
  const { laws, packs } = loadDataset();
  lookup = createLookup({ laws, packs });
});

describe('currency of a provision on a date', () => {
  it('says when the versions were checked only for a later date, and doubts a possibly superseded law then', () => {
    expect(currency('噪声污染防治法', 81, '2026-12-08')).toMatchObject({
      checkedOn: '2026-02-25',
      mayBeSuperseded: true,
    });
    expect(currency('噪声污染防治法', 81, '2025-06-01')).toMatchObject({
      checkedOn: null,
      mayBeSuperseded: false,
    });
    expect(currency('食品安全法', 124, '2026-12-08')).toMatchObject({
      checkedOn: '2026-02-25',
      mayBeSuperseded: false,
    });
  });

  it('names a bundled version that takes effect after the date', () => {
    expect(currency('药品管理法实施条例', 1, '2026-03-01')?.next).toEqual({
      issued: '2026-01-16',
      inForce: '2026-05-15',
    });
    expect(currency('药品管理法实施条例', 1, '2026-05-15')?.next).toBeNull();
  });

  it('says a repealed text has ended, and a text shown before its in-force date is not yet in force', () => {
    const repealed = currency('城市供水条例', 33, '2026-12-08');
    expect(repealed?.endedOn).toBe('2026-06-01');
    expect(currency('城市供水条例', 33, '2026-05-31')?.endedOn).toBeNull();
    // Shown before the law takes effect (the only text there is), it says so.
    expect(currency('危险化学品安全法', 98, '2026-03-01')?.notYetInForce).toBe('2026-05-01');
    expect(currency('危险化学品安全法', 98, '2026-05-01')?.notYetInForce).toBeNull();
  });

  it('is worded the same for both faces: warnings for what may make the text the wrong one', () => {
    const c = currency('噪声污染防治法', 81, '2026-12-08');
    expect(c).toBeDefined();
    if (!c) return;
    const zh = currencyLines(c, WORDING['zh-CN']);
    expect(zh.map((l) => l.text)).toContain('本文本核对至 2026-02-25，此后的修订未能核对。');
    expect(zh.find((l) => l.text.includes('新法取代'))?.warn).toBe(true);
    expect(currencyLines(c, WORDING.en)).toHaveLength(zh.length);
    expect(currencyLines(currency('噪声污染防治法', 81, '2025-06-01') ?? c)).toEqual([]);
  });
});
