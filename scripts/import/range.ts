// Reads the fine a benchmark cell sets for one tier (裁量幅度 / 执行标准 / 处罚标准):
// "处5000元以上1万元以下罚款", "处货值金额10倍以上13倍以下罚款", "处2万元罚款", "不予行政处罚", "给予警告".
// Strict: a cell that mentions a fine but does not state it in one of these forms is unreadable. Ranges
// are read by the statute parser's `findRange`; only the dash ranges of tables ("5000-10000元") are read here.

import type { Tier } from '../../data/engine/model.ts';
import { chineseToInt, toHalfWidthDigits } from '../../data/engine/numerals.ts';
import { findRange } from '../../data/engine/penalty-parser.ts';
import { FINE_BASES } from '../../data/engine/vocabulary.ts';

export type FineSpan = NonNullable<Tier['fine']>;

export type RangeRead = { ok: true; fine: FineSpan | null; measures: string[] } | { ok: false; why: string };

const N = '([0-9]+(?:\\.[0-9]+)?|[零〇一二两三四五六七八九十百千万]+)';
/** "5000-10000元", "1-2万元" (the unit carries back), "5000元-1万元" (it does not). */
const DASH_RANGE = new RegExp(`${N}(万)?(元)?[-—～~至到]${N}(万)?元`);
const MEASURES = ['不予行政处罚', '不予处罚', '警告', '通报批评', '没收违法所得', '没收非法财物', '责令改正'];

/** "5000" / "1.5" + 万 / "五万" → yuan; null when not a number. */
function yuan(value: string | undefined, wan: string | undefined): number | null {
  if (value === undefined) return null;
  const n = /^[0-9.]+$/.test(value) ? Number(value) : chineseToInt(value);
  if (n === null || Number.isNaN(n)) return null;
  const total = wan ? n * 10_000 : n;
  return Math.round(total * 100) / 100;
}

/** The fine of a cell, or why there is none: [min, max] and its kind, before the order of bounds is checked. */
function fineOf(s: string, cell: string): FineSpan | string {
  const unreadable = `cannot read a fine range from "${cell.trim()}"`;
  const base = FINE_BASES.find((b) => b !== '其他' && s.includes(b)) ?? null;
  const dash = base ? null : DASH_RANGE.exec(s);
  if (dash) {
    const min = yuan(dash[1], dash[2] ?? (dash[3] ? undefined : dash[5]));
    const max = yuan(dash[4], dash[5]);
    return min === null && max === null ? unreadable : { kind: 'amount', base: null, min, max };
  }
  const range = findRange(s);
  if (!range || (range.unit === 'multiple') !== (base !== null)) return unreadable;
  // A bare amount is a fine only where the cell says so ("处2万元罚款"), not "违法所得不足1万元的".
  if (range.min === range.max && !/^的?罚款/.test(s.slice(range.index + range.length))) return unreadable;
  return { kind: range.unit === 'yuan' ? 'amount' : 'multiple', base, min: range.min, max: range.max };
}

export function readRange(cell: string): RangeRead {
  const s = toHalfWidthDigits(cell)
    .replace(/\s+/g, '')
    .replace(/(\d),(?=\d{3})/g, '$1')
    .replace(/人民币/g, '')
    .replace(/（含）|\(含\)/g, '');
  if (s === '') return { ok: false, why: 'is empty' };
  const measures = MEASURES.filter((m) => s.includes(m) && !(m === '不予处罚' && s.includes('不予行政处罚')));
  if (!s.includes('罚款') && !/[0-9零〇一二两三四五六七八九十百千万]+(万)?元|倍/.test(s)) {
    return measures.length > 0
      ? { ok: true, fine: null, measures }
      : { ok: false, why: `cannot read a penalty from "${cell.trim()}"` };
  }
  const fine = fineOf(s, cell);
  if (typeof fine === 'string') return { ok: false, why: fine };
  if (fine.min !== null && fine.max !== null && fine.min > fine.max) {
    return { ok: false, why: `"${cell.trim()}" sets a minimum above its maximum` };
  }
  return { ok: true, fine, measures: measures.filter((x) => x !== '不予行政处罚' && x !== '不予处罚') };
}
