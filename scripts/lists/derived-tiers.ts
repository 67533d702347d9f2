// Derived tiers (rule thirds-v1, documented in data/README.md): this project's own split of each statutory
// fine range into 从轻 / 一般 / 从重 thirds. 国办发〔2022〕27号 requires tiers inside the statutory range and
// sets no percentages, so these are an aid to reading the range, never an official benchmark.
import type { FineRule, Matter, Tier, TierLevel } from '../../data/engine/model.ts';

export const THIRDS_RULE = 'thirds-v1';

const LEVELS: [TierLevel, string][] = [
  ['从轻', 'lt'],
  ['一般', 'std'],
  ['从重', 'hv'],
];

/** Yuan to the whole yuan, multiples to the hundredth. */
function round(value: number, rule: FineRule): number {
  return rule.kind === 'amount' ? Math.round(value) : Math.round(value * 100) / 100;
}

/** A rule can be split when it has an upper bound above its lower one (no lower bound reads as 0). */
export function splittable(rule: FineRule): boolean {
  return rule.max !== null && (rule.min ?? 0) < rule.max;
}

export function derivedTiers(matter: Matter): Tier[] {
  const tiers: Tier[] = [];
  matter.statutory.fines.forEach((rule, index) => {
    if (!splittable(rule) || rule.max === null) return;
    const lo = rule.min ?? 0;
    const step = (rule.max - lo) / 3;
    const bounds = [rule.min, round(lo + step, rule), round(lo + 2 * step, rule), rule.max];
    const conditions = [
      ...(rule.condition ? [rule.condition] : []),
      ...(rule.perUnit ? [`按${rule.perUnit}计算`] : []),
    ];
    LEVELS.forEach(([level, code], i) => {
      tiers.push({
        id: `T-${matter.id.replace(/^M-/, '')}-${index + 1}-${code}`,
        matterId: matter.id,
        level,
        conditions,
        fine: { kind: rule.kind, base: rule.base, min: bounds[i] ?? null, max: bounds[i + 1] ?? null },
        measures: [],
        basis: 'derived',
        provenance: { rule: THIRDS_RULE, lawVersion: matter.lawVersion },
        validity: { from: matter.validity.from, to: matter.validity.to },
      });
    });
  });
  return tiers;
}
