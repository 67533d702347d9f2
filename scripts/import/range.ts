// Reads the fine a benchmark cell sets for one tier (裁量幅度 / 执行标准 / 处罚标准):
// "处5000元以上1万元以下罚款", "处货值金额10倍以上13倍以下罚款", "处2万元罚款", "不予行政处罚", "给予警告".
// Strict: a cell that mentions a fine but does not state it in one of these forms is unreadable.

import type { FineBase, Tier } from '../../data/engine/model.ts';
import { chineseToInt, toHalfWidthDigits } from '../../data/engine/numerals.ts';

export type FineSpan = NonNullable<Tier['fine']>;

export type RangeRead = { ok: true; fine: FineSpan | null; measures: string[] } | { ok: false; why: string };

const BASES: FineBase[] = ['货值金额', '违法所得', '广告费用', '工程造价', '应纳税款', '营业额'];
const N = '([0-9]+(?:\\.[0-9]+)?|[零〇一二两三四五六七八九十百千万]+)';
const AMOUNT = `${N}(万)?元`;
const MULTIPLE = `${N}倍`;
const MEASURES = ['不予行政处罚', '不予处罚', '警告', '通报批评', '没收违法所得', '没收非法财物', '责令改正'];

/** "5000" / "1.5" + 万 / "五万" → yuan; null when not a number. */
function yuan(value: string | undefined, wan: string | undefined): number | null {
  if (value === undefined) return null;
  const n = /^[0-9.]+$/.test(value) ? Number(value) : chineseToInt(value);
  if (n === null || Number.isNaN(n)) return null;
  const total = wan ? n * 10_000 : n;
  return Math.round(total * 100) / 100;
}

function multiple(value: string | undefined): number | null {
  if (value === undefined) return null;
  const n = /^[0-9.]+$/.test(value) ? Number(value) : chineseToInt(value);
  return n === null || Number.isNaN(n) ? null : n;
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
  const base = BASES.find((b) => s.includes(b)) ?? null;
  const unit = base ? MULTIPLE : AMOUNT;
  const forms: [RegExp, (m: RegExpExecArray) => [number | null, number | null]][] = base
    ? [
        [new RegExp(`${unit}以上${unit}以下`), (m) => [multiple(m[1]), multiple(m[2])]],
        [new RegExp(`${unit}以下`), (m) => [null, multiple(m[1])]],
        [new RegExp(`${unit}以上`), (m) => [multiple(m[1]), null]],
        [new RegExp(`${unit}(?:的)?罚款`), (m) => [multiple(m[1]), multiple(m[1])]],
      ]
    : [
        [new RegExp(`${unit}以上${unit}以下`), (m) => [yuan(m[1], m[2]), yuan(m[3], m[4])]],
        // "5000-10000元", "1-2万元" (the unit carries back), "5000元-1万元" (it does not).
        [
          new RegExp(`${N}(万)?(元)?[-—～~至到]${AMOUNT}`),
          (m) => [yuan(m[1], m[2] ?? (m[3] ? undefined : m[5])), yuan(m[4], m[5])],
        ],
        [new RegExp(`${unit}以下`), (m) => [null, yuan(m[1], m[2])]],
        [new RegExp(`${unit}以上`), (m) => [yuan(m[1], m[2]), null]],
        [new RegExp(`${unit}(?:的)?罚款`), (m) => [yuan(m[1], m[2]), yuan(m[1], m[2])]],
      ];
  for (const [re, read] of forms) {
    const m = re.exec(s);
    if (!m) continue;
    const [min, max] = read(m);
    if (min === null && max === null) break;
    if (min !== null && max !== null && min > max) {
      return { ok: false, why: `"${cell.trim()}" sets a minimum above its maximum` };
    }
    return {
      ok: true,
      fine: { kind: base ? 'multiple' : 'amount', base, min, max },
      measures: measures.filter((x) => x !== '不予行政处罚' && x !== '不予处罚'),
    };
  }
  return { ok: false, why: `cannot read a fine range from "${cell.trim()}"` };
}
