// Checks a fine amount against the statutory fine rules of a provision (and against a tier): within the
// range, below the minimum (lawful only with 减轻处罚), above the maximum, or dependent on a base
// amount (货值金额, 违法所得 …) the text does not state.
import type { FineVerdict } from './api.ts';
import type { FineBase, FineRule, Tier } from './model.ts';
import { parseAmount } from './money.ts';
import { factorWords } from './wording.ts';

export type Bases = Partial<Record<FineBase, number>>;

export interface FineCheck {
  verdict: FineVerdict;
  detail: string;
}

/** 50000 → 50,000元 (Intl formatting is slow on the hot path). */
const yuanText = (n: number) => `${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}元`;

const NUM = '([0-9.,零〇一二两三四五六七八九十百千万亿]+)元';
const BELOW = new RegExp(`(?:不足|低于|少于|未达到|未超过)${NUM}`);
const ABOVE = new RegExp(`${NUM}以上`);
const OVER = new RegExp(`(?:超过|达到)${NUM}`);

/** True / false when `condition` compares a base the text states with an amount; null when unknown. */
export function conditionHolds(condition: string, bases: Bases): boolean | null {
  const base = (['货值金额', '违法所得', '广告费用', '工程造价', '营业额'] as const).find((b) =>
    condition.includes(b),
  );
  if (!base) return null;
  const value = bases[base];
  if (value === undefined) return null;
  const below = BELOW.exec(condition);
  if (below?.[1]) {
    const limit = parseAmount(below[1]);
    if (limit !== null) return value < limit || (condition.startsWith('没有') && value === 0);
  }
  const above = ABOVE.exec(condition) ?? OVER.exec(condition);
  if (above?.[1]) {
    const limit = parseAmount(above[1]);
    if (limit !== null) return condition.includes('超过') ? value > limit : value >= limit;
  }
  return null;
}

/** The base a condition allows: "一万元以上的" → [10000, ∞), "不足一万元的" → [0, 10000]. */
function baseBounds(condition: string | null): [number, number] {
  if (!condition) return [0, Infinity];
  const below = BELOW.exec(condition)?.[1];
  const above = (ABOVE.exec(condition) ?? OVER.exec(condition))?.[1];
  const lo = above ? (parseAmount(above) ?? 0) : 0;
  const hi = below ? (parseAmount(below) ?? Infinity) : Infinity;
  return [lo, hi];
}

interface Range {
  lo: number;
  hi: number;
  what: string;
  condition: string | null;
  definite: boolean;
}

function ruleText(rule: {
  kind: string;
  base: FineBase | null;
  min: number | null;
  max: number | null;
}): string {
  const unit = rule.kind === 'multiple' ? '倍' : '元';
  const fmt = (n: number) => (rule.kind === 'multiple' ? String(n) : yuanText(n).replace(/元$/, ''));
  const lo = rule.min !== null ? `${fmt(rule.min)}${unit}以上` : '';
  const hi = rule.max !== null ? `${fmt(rule.max)}${unit}以下` : '';
  return `${rule.kind === 'multiple' ? (rule.base ?? '基数') : ''}${lo}${hi}`;
}

/** Yuan range of a rule, or null when it rests on a base the text does not state. */
function toRange(rule: FineRule | NonNullable<Tier['fine']>, bases: Bases): [number, number, string] | null {
  if ('perUnit' in rule && rule.perUnit) return null;
  if (rule.kind === 'amount') return [rule.min ?? 0, rule.max ?? Number.POSITIVE_INFINITY, ruleText(rule)];
  const base = rule.base ? bases[rule.base] : undefined;
  if (base === undefined) return null;
  const lo = (rule.min ?? 0) * base;
  const hi = rule.max === null ? Number.POSITIVE_INFINITY : rule.max * base;
  const hiText = Number.isFinite(hi) ? yuanText(hi) : '不设上限';
  return [lo, hi, `${ruleText(rule)}（${rule.base}${yuanText(base)}，即${yuanText(lo)}至${hiText}）`];
}

// biome-ignore lint/complexity/noExcessiveCognitiveComplexity: one verdict over all rule kinds (amounts, multiples of a base, conditions) reads best as one decision table
export function checkFine(yuan: number, rules: FineRule[], bases: Bases): FineCheck {
  if (rules.length === 0) return { verdict: 'unknown', detail: '未能确定该条款规定的罚款幅度' };
  const ranges: Range[] = [];
  const unresolved: string[] = [];
  /** Bounds of the rules resting on an unstated base, as far as their conditions bound the base. */
  const open: [number, number][] = [];
  for (const rule of rules) {
    const holds = rule.condition === null ? true : conditionHolds(rule.condition, bases);
    if (holds === false) continue;
    const r = toRange(rule, bases);
    const cond = rule.condition ? `（${rule.condition}）` : '';
    if (!r) {
      const per = rule.perUnit ? `按${rule.perUnit}计，` : '';
      unresolved.push(`${per}${ruleText(rule)}${cond}`);
      // "货值金额一万元以上的，处十倍以上…": whatever the base, at least 10 × 10,000.
      const [baseLo, baseHi] =
        rule.kind === 'multiple' && !rule.perUnit ? baseBounds(rule.condition) : [0, Infinity];
      open.push([(rule.min ?? 0) * baseLo, rule.max === null ? Infinity : rule.max * baseHi]);
      continue;
    }
    ranges.push({ lo: r[0], hi: r[1], what: r[2], condition: rule.condition, definite: holds === true });
  }
  const hit =
    ranges.find((r) => r.lo <= yuan && yuan <= r.hi && r.definite) ??
    ranges.find((r) => r.lo <= yuan && yuan <= r.hi);
  if (hit) {
    const cond = hit.condition
      ? hit.definite
        ? `（${hit.condition}）`
        : `，属“${hit.condition}”情形时`
      : '';
    return { verdict: 'within', detail: `在法定幅度内：罚款${hit.what}${cond}` };
  }
  const outside = (lo: (r: [number, number]) => boolean) => open.every(lo);
  if (unresolved.length && !outside(([lo]) => yuan < lo) && !outside(([, hi]) => yuan > hi)) {
    return {
      verdict: 'depends-on-base',
      detail: `罚款幅度取决于文中未载明的基数：${unresolved.join('；')}`,
    };
  }
  if (ranges.length === 0 && unresolved.length === 0) {
    return { verdict: 'unknown', detail: '文中所述情形下该条款未规定罚款' };
  }
  const all = [
    ...ranges.map((r) => `${r.what}${r.condition ? `（${r.condition}）` : ''}`),
    ...unresolved,
  ].join('；');
  if (ranges.every((r) => yuan < r.lo) && outside(([lo]) => yuan < lo)) {
    return {
      verdict: 'below-minimum',
      detail: `低于法定最低罚款（${all}）：仅在依法减轻处罚（行政处罚法第三十二条）时合法，决定书应写明减轻处罚的理由`,
    };
  }
  if (ranges.every((r) => yuan > r.hi) && outside(([, hi]) => yuan > hi))
    return { verdict: 'above-maximum', detail: `超过法定最高罚款（${all}）` };
  return { verdict: 'unknown', detail: `不在任一情形的法定幅度内（${all}），需核对适用的情形` };
}

const BASIS_LABEL: Record<Tier['basis'], string> = {
  official: '官方裁量基准',
  derived: '按规则推导，非官方',
  illustrative: '示例数据，非官方',
  statute: '法定',
};

/** The same check against a chosen tier, naming the tier's basis. */
export function checkTier(yuan: number, tier: Tier, bases: Bases): FineCheck {
  const basis = BASIS_LABEL[tier.basis];
  if (!tier.fine) return { verdict: 'unknown', detail: `${tier.level}阶次（${basis}）未规定罚款幅度` };
  const r = toRange(tier.fine, bases);
  if (!r)
    return {
      verdict: 'depends-on-base',
      detail: `${tier.level}阶次（${basis}）：${ruleText(tier.fine)}，文中未载明${tier.fine.base ?? '基数'}`,
    };
  const where = `${tier.level}阶次（${basis}）：罚款${r[2]}`;
  if (yuan < r[0]) return { verdict: 'below-minimum', detail: `低于${where}` };
  if (yuan > r[1]) return { verdict: 'above-maximum', detail: `高于${where}` };
  return { verdict: 'within', detail: `符合${where}` };
}

/**
 * A multiple the decision states (处违法所得二倍的罚款) against the statutory multiples of the provision:
 * the rules that measure the fine in multiples of a base, under the branches the text does not exclude.
 */
export function checkMultiple(factor: number, rules: FineRule[], bases: Bases): FineCheck {
  const ranges: [number, number, string][] = [];
  for (const rule of rules) {
    if (rule.kind !== 'multiple' || rule.perUnit) continue;
    if (rule.condition !== null && conditionHolds(rule.condition, bases) === false) continue;
    const lo = rule.min ?? 0;
    const hi = rule.max ?? Number.POSITIVE_INFINITY;
    const words = `${rule.base ?? '基数'}${rule.min !== null ? `${factorWords(lo)}以上` : ''}${rule.max !== null ? `${factorWords(hi)}以下` : ''}`;
    ranges.push([lo, hi, `${words}${rule.condition ? `（${rule.condition}）` : ''}`]);
  }
  const stated = factorWords(factor);
  if (ranges.length === 0)
    return { verdict: 'unknown', detail: `该条款未规定按倍数或比例计算的罚款，无法核对所处的${stated}` };
  const all = ranges.map((r) => r[2]).join('；');
  const hit = ranges.find(([lo, hi]) => lo <= factor && factor <= hi);
  if (hit) return { verdict: 'within', detail: `所处${stated}在法定倍数幅度内：${hit[2]}` };
  if (ranges.every(([lo]) => factor < lo))
    return { verdict: 'below-minimum', detail: `所处${stated}低于法定最低倍数（${all}）` };
  if (ranges.every(([, hi]) => factor > hi))
    return { verdict: 'above-maximum', detail: `所处${stated}超过法定最高倍数（${all}）` };
  return {
    verdict: 'unknown',
    detail: `所处${stated}不在任一情形的法定倍数幅度内（${all}），需核对适用的情形`,
  };
}

/** Whether factor × base is the amount the decision states, to the fen; null without a base. */
export function consistentAmount(factor: number, base: number | undefined, yuan: number): boolean | null {
  if (base === undefined) return null;
  return Math.abs(Math.round(factor * base * 100) - Math.round(yuan * 100)) <= 1;
}

/** A fine below the minimum is lawful only as a reduced penalty (行政处罚法 第三十二条). */
export function reductionOf(cited: boolean): { cited: boolean; detail: string } {
  return cited
    ? { cited, detail: '决定书援引行政处罚法第三十二条，系依法减轻处罚，低于法定最低罚款不属错误' }
    : {
        cited,
        detail: '低于法定最低罚款，决定书未援引行政处罚法第三十二条：减轻处罚须写明其依据和理由',
      };
}
