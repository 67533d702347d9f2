// Fine ranges in words, one function for statutory rules and tiers alike.
import type { FineBase } from '../../data/engine/model.ts';
import type { Messages } from './i18n.ts';

export interface FineLike {
  kind: 'amount' | 'multiple';
  base: FineBase | null;
  min: number | null;
  max: number | null;
  perUnit?: string | null;
}

export function formatFine(fine: FineLike, t: Messages): string {
  const range =
    fine.kind === 'amount'
      ? t.rangeAmount(
          fine.min === null ? null : t.yuan(fine.min),
          fine.max === null ? null : t.yuan(fine.max),
        )
      : t.multiple(fine.base ?? '', fine.min, fine.max);
  return fine.perUnit ? `${range}${t.perUnit(fine.perUnit)}` : range;
}
