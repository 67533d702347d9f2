// The statute matters are exactly what the law text gives: re-derive them from the bundled laws and
// compare field by field (ranges re-read from their clause, names, provisions, validity). A hand edit,
// a stale file or a parser change without `cli import-laws` shows up here.
import { isDeepStrictEqual } from 'node:util';
import type { Matter } from '../../../data/engine/model.ts';
import { deriveMatters } from '../derive-matters.ts';
import type { Check, Problem } from './types.ts';

export const derivationCheck: Check = {
  name: 'derivation',
  run({ laws, packs }) {
    const problems: Problem[] = [];
    const derived = new Map(deriveMatters(laws).matters.map((m) => [m.id, m]));
    const bundled = new Map<string, Matter>();
    for (const pack of packs) for (const m of pack.matters) if (m.basis === 'statute') bundled.set(m.id, m);
    for (const [id, m] of bundled) {
      const fresh = derived.get(id);
      if (!fresh) {
        problems.push({
          record: id,
          field: 'id',
          message: 'the law text gives no such matter (run `cli import-laws`)',
        });
        continue;
      }
      for (const field of Object.keys(fresh) as (keyof Matter)[]) {
        if (!isDeepStrictEqual(m[field], fresh[field])) {
          problems.push({
            record: id,
            field,
            message:
              `differs from the law text: ${JSON.stringify(m[field])} ≠ ${JSON.stringify(fresh[field])}`.slice(
                0,
                300,
              ),
          });
        }
      }
    }
    for (const id of derived.keys()) {
      if (!bundled.has(id))
        problems.push({ record: id, field: 'id', message: 'derived from the law text but missing' });
    }
    return problems;
  },
};
