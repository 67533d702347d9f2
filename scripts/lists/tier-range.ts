// 国办发〔2022〕27号: a tier's fine stays inside the statutory range (减轻 goes below its minimum, never
// above it). Shared by the import and the tiers check.
import type { FineRule, Matter, Tier, TierLevel } from '../../data/engine/model.ts';

type Span = NonNullable<Tier['fine']>;

function unit(span: { kind: Span['kind']; base: Span['base'] }): string {
  return span.kind === 'multiple' ? `倍（${span.base}）` : '元';
}

export function formatSpan(span: Pick<FineRule, 'kind' | 'base' | 'min' | 'max'>): string {
  const u = unit(span);
  if (span.min !== null && span.max !== null) {
    return span.min === span.max ? `${span.min}${u}` : `${span.min}–${span.max}${u}`;
  }
  if (span.max !== null) return `≤${span.max}${u}`;
  if (span.min !== null) return `≥${span.min}${u}`;
  return '(no bound)';
}

function fits(fine: Span, level: TierLevel, rule: FineRule): boolean {
  const lo = rule.min ?? 0;
  if (level === '减轻') return lo > 0 && fine.max !== null && fine.max <= lo;
  if (fine.min === null ? lo > 0 : fine.min < lo) return false;
  if (rule.max === null) return true;
  return fine.max !== null && fine.max <= rule.max;
}

/** Why `fine` at `level` is not inside the statutory range of `matter`, or null when it is. */
export function fineOutsideStatute(fine: Span, level: TierLevel, matter: Matter): string | null {
  const rules = matter.statutory.fines.filter((r) => r.kind === fine.kind && r.base === fine.base);
  if (rules.length === 0) {
    const what = fine.kind === 'multiple' ? `in multiples of ${fine.base}` : 'in yuan';
    return `the statutory penalty of ${matter.id} sets no fine ${what}`;
  }
  if (rules.some((r) => fits(fine, level, r))) return null;
  const ranges = rules.map((r) => formatSpan(r)).join(' / ');
  const where = level === '减轻' ? 'below the statutory minimum of' : 'inside the statutory range';
  return `fine ${formatSpan(fine)} at ${level} is not ${where} ${ranges} of ${matter.id}`;
}
