// The versions of one law follow each other: each ends when the next comes into force, none overlap.
import { versionsOf } from '../../../data/engine/laws.ts';
import type { Check, Problem } from './types.ts';

export const lawDatesCheck: Check = {
  name: 'law-dates',
  run({ laws }) {
    const problems: Problem[] = [];
    for (const lawId of new Set(laws.map((l) => l.lawId))) {
      const versions = versionsOf(laws, lawId);
      versions.forEach((v, i) => {
        const next = versions[i + 1];
        if (next && v.until !== next.inForce) {
          problems.push({
            record: v.id,
            field: 'until',
            message: `must be ${next.inForce}, when ${next.id} came into force`,
          });
        }
        if (!next && v.until !== null && v.repealed === null) {
          problems.push({
            record: v.id,
            field: 'until',
            message: 'the latest version ends, but the law is not repealed',
          });
        }
        if (v.title !== versions[0]?.title)
          problems.push({ record: v.id, field: 'title', message: 'differs between versions' });
      });
    }
    return problems;
  },
};
