// Tiers: the matter exists while the tier is in force, the fine stays inside the statutory range
// (国办发〔2022〕27号; 减轻 goes below the minimum), 不予处罚 sets no fine, and the basis claims nothing it
// cannot show.
import type { Matter } from '../../../data/engine/model.ts';
import { fineOutsideStatute } from '../../lists/tier-range.ts';
import { provenanceProblems } from './honesty.ts';
import type { Check, Problem } from './types.ts';

export const tiersCheck: Check = {
  name: 'tiers',
  run({ packs }) {
    const problems: Problem[] = [];
    const matters = new Map<string, Matter>(packs.flatMap((p) => p.matters.map((m) => [m.id, m] as const)));
    for (const pack of packs) {
      for (const tier of pack.tiers) {
        const matter = matters.get(tier.matterId);
        if (!matter) {
          problems.push({ record: tier.id, field: 'matterId', message: `no matter "${tier.matterId}"` });
        } else {
          const m = matter.validity;
          const t = tier.validity;
          if ((m.to !== null && t.from >= m.to) || (t.to !== null && t.to <= m.from)) {
            problems.push({
              record: tier.id,
              field: 'validity',
              message: `${t.from}..${t.to ?? '∞'} lies outside ${matter.id} (${m.from}..${m.to ?? '∞'})`,
            });
          }
          if (tier.fine) {
            const outside = fineOutsideStatute(tier.fine, tier.level, matter);
            if (outside) problems.push({ record: tier.id, field: 'fine', message: outside });
          }
        }
        if (tier.level === '不予处罚' && tier.fine) {
          problems.push({ record: tier.id, field: 'fine', message: '不予处罚 sets no fine' });
        }
        problems.push(...provenanceProblems(tier));
      }
    }
    return problems;
  },
};
