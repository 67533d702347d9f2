// Amounts of money in normalized text (罚款人民币伍万元整, 5万元, 50,000元, 五万元 …) and what each
// amount is: a fine, a base the fine is measured in (货值金额, 违法所得 …), or something else
// (per-person standards, statutory bounds quoted from the law, prices).
import type { FineBase } from './model.ts';
import { chineseToInt } from './numerals.ts';

export type AmountRole = 'fine' | 'base' | 'other';

export interface Amount {
  start: number;
  end: number;
  yuan: number;
  role: AmountRole;
  /** For role 'base': what the amount measures. */
  base: FineBase | null;
  /** For a fine stated first as a multiple of a base (处违法所得二倍的罚款，计…元): that multiple. */
  multiple?: StatedMultiple;
  /** For a fine on a person rather than the party (对直接负责的主管人员处罚款…): who. */
  person?: string;
}

export interface StatedMultiple {
  start: number;
  end: number;
  /** The base as written (违法所得, 应缴社会保险费数额 …) and the kind it is, if known. */
  written: string;
  base: FineBase | null;
  /** 二倍 → 2, 百分之三十 → 0.3, 5% → 0.05. */
  factor: number;
}

/** By char code: `s[i]` makes a one-character string for every CJK character it reads. */
const AMOUNT_CHARS = new Set(
  [...'0123456789.,零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟'].map((c) => c.charCodeAt(0)),
);
const UNIT: Record<string, number> = {
  十: 10,
  百: 100,
  千: 1000,
  万: 10_000,
  十万: 100_000,
  百万: 1_000_000,
  千万: 10_000_000,
  亿: 100_000_000,
};
const ARABIC = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(十万|百万|千万|十|百|千|万|亿)?$/;

/** Parses the numeral part of an amount (5万, 50,000, 伍万, 1.5万, 2千); null if it is not one. */
export function parseAmount(text: string): number | null {
  const m = ARABIC.exec(text);
  if (m) {
    const value = Number(`${(m[1] ?? '').replace(/,/g, '')}.${m[2] ?? '0'}`) * (m[3] ? (UNIT[m[3]] ?? 1) : 1);
    return Number.isFinite(value) ? Math.round(value * 100) / 100 : null;
  }
  if (/[0-9.,]/.test(text)) return null;
  return chineseToInt(text);
}

// Cues, nearest one before the amount wins. Per-person standards are never fines.
const BASE_CUES: [string, FineBase][] = [
  ['货值金额', '货值金额'],
  ['货值', '货值金额'],
  ['违法所得', '违法所得'],
  ['广告费用', '广告费用'],
  ['工程造价', '工程造价'],
  ['应纳税款', '应纳税款'],
  ['少缴', '应纳税款'],
  ['未缴', '应纳税款'],
  ['税款', '应纳税款'],
  ['营业额', '营业额'],
  ['社会保险费', '其他'],
  ['欠缴数额', '其他'],
  ['销售额', '其他'],
  ['销售金额', '其他'],
];
const PER_UNIT_CUES = ['每人', '每名', '每个', '每次', '每日', '每辆', '人均'];
const OTHER_CUES = [
  '货款',
  '价款',
  '售价',
  '标价',
  '进价',
  '成本',
  '工资',
  '不足',
  '超过',
  '低于',
  '高于',
  '达到',
];
const FINE_CUES = ['罚款', '罚金', '处以', '并处'];
const CLAUSE_END = new Set([...'，。；,;、：:！？\n'].map((c) => c.charCodeAt(0)));
const LOOKBACK = 18;

type Role = { role: AmountRole; base: FineBase | null };
const OTHER: Role = Object.freeze({ role: 'other', base: null });
const FINE: Role = Object.freeze({ role: 'fine', base: null });
/** Bounds quoted from the law (五万元以上十万元以下, 一万元至五万元): sticky, tested in place. */
const BOUND_AFTER = /以上|以下|以内|至|到|-|~|～/y;
const RANGE_MARKS = new Set([...'至到-~～'].map((c) => c.charCodeAt(0)));

function classify(s: string, start: number, end: number): Role {
  BOUND_AFTER.lastIndex = end;
  if (BOUND_AFTER.test(s) || (start > 0 && RANGE_MARKS.has(s.charCodeAt(start - 1)))) return OTHER;
  let from = start;
  while (from > 0 && start - from < LOOKBACK && !CLAUSE_END.has(s.charCodeAt(from - 1))) from--;
  const before = s.slice(from, start);
  if (PER_UNIT.test(before)) return OTHER;
  if (s.startsWith('罚款', end) || s.startsWith('的罚款', end)) return FINE;
  // 作出罚款…元的行政处罚 / 对当事人罚款…元的处罚: the amount is what the decision imposes.
  if (s.startsWith('的行政处罚', end) || s.startsWith('的处罚', end)) return FINE;
  if (s.startsWith('的', end)) return OTHER;
  // The cue ending last is the nearest: 没收违法所得…，并处罚款X元 is a fine.
  let result = OTHER;
  for (const m of before.matchAll(CUES)) result = CUE_ROLE.get(m[0]) ?? result;
  return result;
}

const CUE_ROLE = new Map<string, Role>([
  ...BASE_CUES.map(([cue, base]) => [cue, { role: 'base' as const, base }] as const),
  ...OTHER_CUES.map((cue) => [cue, OTHER] as const),
  ...FINE_CUES.map((cue) => [cue, FINE] as const),
]);
/** All cues, longest first so that 货值金额 wins over 货值 where both start. */
const CUES = new RegExp([...CUE_ROLE.keys()].sort((a, b) => b.length - a.length).join('|'), 'g');
const PER_UNIT = new RegExp(PER_UNIT_CUES.join('|'));

const FACTOR =
  '(百分之[零〇一二两三四五六七八九十百]+|\\d+(?:\\.\\d+)?[%％]|[0-9.零〇一二两三四五六七八九十]+倍)';
/**
 * A multiple-of-a-base fine ending right where an amount starts: 处违法所得二倍的罚款，计 / 并处货值金额
 * 百分之三十的罚款，合计 / 处建设工程造价5%的罚款，即 (the amount that follows is that fine, computed).
 */
const MULTIPLE_BEFORE = new RegExp(
  `(?:处以|并处|处)([^，。；,;：:处]{2,15}?)的?${FACTOR}(?:以上|以下)?的?罚款[，,]?(?:即|计|合计|共计|总计)?(?:罚款)?(?:金额)?为?[：:]?$`,
);
const MULTIPLE_LOOKBACK = 48;

function factorOf(text: string): number | null {
  if (text.startsWith('百分之')) {
    const n = chineseToInt(text.slice(3));
    return n === null ? null : n / 100;
  }
  if (/[%％]$/.test(text)) return Number(text.slice(0, -1)) / 100;
  const n = parseAmount(text.slice(0, -1));
  return n === null || n <= 0 ? null : n;
}

function multipleBefore(s: string, start: number): StatedMultiple | null {
  const from = Math.max(0, start - MULTIPLE_LOOKBACK);
  const m = MULTIPLE_BEFORE.exec(s.slice(from, start));
  if (!m?.[1] || !m[2]) return null;
  const factor = factorOf(m[2]);
  if (factor === null) return null;
  const written = m[1];
  let base: FineBase | null = null;
  for (const c of written.matchAll(CUES)) {
    const role = CUE_ROLE.get(c[0]);
    if (role?.role === 'base') base = role.base;
  }
  const at = m[0].indexOf(written);
  const factorAt = m[0].indexOf(m[2], at + written.length);
  return { start: from + m.index + at, end: from + m.index + factorAt + m[2].length, written, base, factor };
}

/** 对（其）直接负责的主管人员（和其他直接责任人员）…处罚款: the person a fine falls on. */
const PERSON =
  /对其?((?:直接负责的)?主管人员(?:和其他直接责任人员)?|其他直接责任人员|直接责任人员|法定代表人|主要负责人)/g;
const PERSON_LOOKBACK = 40;

function personBefore(s: string, start: number): string | null {
  let from = start;
  while (from > 0 && start - from < PERSON_LOOKBACK && !CLAUSE_END.has(s.charCodeAt(from - 1))) from--;
  let person: string | null = null;
  for (const m of s.slice(from, start).matchAll(PERSON)) person = m[1] ?? null;
  return person;
}

/** Every amount in yuan in normalized text `s`, each classified. */
// biome-ignore lint/complexity/noExcessiveCognitiveComplexity: one scan from each 元 outwards, each branch an amount form; the recognizers change often, split them when they settle
export function findAmounts(s: string): Amount[] {
  const out: Amount[] = [];
  for (let i = s.indexOf('元'); i >= 0; i = s.indexOf('元', i + 1)) {
    let start = i;
    while (start > 0 && i - start < 24 && AMOUNT_CHARS.has(s.charCodeAt(start - 1))) start--;
    // Leading separators belong to the text before (罚款,5万元 is rare; 第1,2项 is not money).
    while (start < i && (s[start] === ',' || s[start] === '.')) start++;
    if (start === i) continue;
    const yuan = parseAmount(s.slice(start, i));
    if (yuan === null || yuan <= 0) continue;
    let end = i + 1;
    if (s.charCodeAt(end) === 0x6574) end++; // 整
    let spanStart = start;
    for (const prefix of ['人民币', '￥', '¥', 'RMB']) {
      if (s.startsWith(prefix, start - prefix.length)) {
        spanStart = start - prefix.length;
        break;
      }
    }
    const multiple = multipleBefore(s, spanStart);
    const { role, base } = multiple ? FINE : classify(s, spanStart, end);
    const amount: Amount = { start: spanStart, end, yuan, role, base };
    if (multiple) amount.multiple = multiple;
    if (role === 'fine') {
      const person = personBefore(s, spanStart);
      if (person) amount.person = person;
    }
    out.push(amount);
  }
  return out;
}
