// List items: every provision they rest on exists while they are in force, the matters they name exist,
// each has conditions, and its basis claims nothing it cannot show (honesty.ts).
import { provisionText, versionsOf } from '../../../data/engine/laws.ts';
import type { LawVersion, ProvisionRef, Validity } from '../../../data/engine/model.ts';
import { formatRef } from '../../lists/corpus.ts';
import { provenanceProblems } from './honesty.ts';
import type { Check, Problem } from './types.ts';

/** A provision resolves for a record when a version of its law in force during the record's validity has it. */
export function resolvesDuring(laws: LawVersion[], ref: ProvisionRef, validity: Validity): string | null {
  const versions = versionsOf(laws, ref.lawId);
  if (versions.length === 0) return `${formatRef(ref)}: no law ${ref.lawId} in the dataset`;
  const during = versions.filter(
    (v) => (validity.to === null || v.inForce < validity.to) && (v.until === null || validity.from < v.until),
  );
  // A record may start before the earliest version we hold (a list in force before the law's current text);
  // then the earliest version stands for it.
  const candidates = during.length > 0 ? during : versions.slice(0, 1);
  if (candidates.some((v) => provisionText(v, ref) !== null)) return null;
  return `${formatRef(ref)} does not exist in ${candidates.map((v) => v.id).join(' or ')}`;
}

export const listsCheck: Check = {
  name: 'lists',
  run({ laws, packs }) {
    const problems: Problem[] = [];
    const matterIds = new Set(packs.flatMap((p) => p.matters.map((m) => m.id)));
    const matters = new Map(packs.flatMap((p) => p.matters.map((m) => [m.id, m] as const)));
    for (const pack of packs) {
      for (const item of pack.lists) {
        item.legalBasis.forEach((ref, i) => {
          const why = resolvesDuring(laws, ref, item.validity);
          if (why) problems.push({ record: item.id, field: `legalBasis[${i}]`, message: why });
        });
        item.matterIds.forEach((id, i) => {
          if (!matterIds.has(id)) {
            problems.push({ record: item.id, field: `matterIds[${i}]`, message: `no matter "${id}"` });
          }
        });
        if (item.conditions.length === 0) {
          problems.push({
            record: item.id,
            field: 'conditions',
            message: 'an item must say when it applies',
          });
        }
        // An official item stands on its document; its title says what it covers where no matter fits.
        if (item.matterIds.length === 0 && item.legalBasis.length === 0 && item.basis === 'statute') {
          problems.push({
            record: item.id,
            field: 'legalBasis',
            message: 'names neither a matter nor a provision it rests on',
          });
        }
        // A lighter or reduced fine needs a fine to lighten: where the law fines only on a refused
        // correction ("责令改正；拒不改正的，处…"), a party that corrected owes none.
        const fined = item.matterIds.map((id) => matters.get(id)).filter((m) => m !== undefined);
        if (
          (item.list === 'lighter' || item.list === 'mitigated') &&
          fined.length > 0 &&
          fined.every((m) => m.statutory.correctionFirst)
        ) {
          problems.push({
            record: item.id,
            field: 'matterIds',
            message:
              'every matter fines only on a refused correction: a party that corrected owes no fine to reduce',
          });
        }
        problems.push(...provenanceProblems(item));
      }
    }
    return problems;
  },
};
