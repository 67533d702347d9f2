// Every provision a matter points at exists in the version it rests on; violated provisions of other
// laws resolve in the version in force when the matter starts to apply.
import { provisionText, versionInForce, versionsOf } from '../../../data/engine/laws.ts';
import type { LawVersion, ProvisionRef } from '../../../data/engine/model.ts';
import type { Check, Problem } from './types.ts';

function refLabel(ref: ProvisionRef): string {
  return `${ref.lawId} 第${ref.article}条${ref.paragraph ? `第${ref.paragraph}款` : ''}${ref.item ? `第${ref.item}项` : ''}`;
}

export const provisionsCheck: Check = {
  name: 'provisions',
  run({ laws, packs }) {
    const problems: Problem[] = [];
    const byId = new Map(laws.map((l) => [l.id, l]));
    for (const pack of packs) {
      for (const m of pack.matters) {
        const version = byId.get(m.lawVersion);
        if (!version) {
          problems.push({ record: m.id, field: 'lawVersion', message: `no law version "${m.lawVersion}"` });
          continue;
        }
        if (m.penalty.lawId !== version.lawId) {
          problems.push({
            record: m.id,
            field: 'penalty.lawId',
            message: `is not the law of ${m.lawVersion}`,
          });
        } else if (provisionText(version, m.penalty) === null) {
          problems.push({
            record: m.id,
            field: 'penalty',
            message: `${refLabel(m.penalty)} does not exist in ${version.id}`,
          });
        }
        m.violated.forEach((ref, i) => {
          const target: LawVersion | null =
            ref.lawId === version.lawId
              ? version
              : (versionInForce(laws, ref.lawId, m.validity.from) ??
                versionsOf(laws, ref.lawId).at(-1) ??
                null);
          if (!target)
            problems.push({ record: m.id, field: `violated[${i}]`, message: `no law "${ref.lawId}"` });
          else if (provisionText(target, ref) === null) {
            problems.push({
              record: m.id,
              field: `violated[${i}]`,
              message: `${refLabel(ref)} does not exist in ${target.id}`,
            });
          }
        });
        // A matter runs from the first version with its text to the end of the version it rests on.
        const starts = versionsOf(laws, version.lawId)
          .filter((v) => v.inForce <= version.inForce)
          .map((v) => v.inForce);
        if (m.basis === 'statute' && (!starts.includes(m.validity.from) || m.validity.to !== version.until)) {
          problems.push({
            record: m.id,
            field: 'validity',
            message: `${m.validity.from}..${m.validity.to ?? '∞'} does not match the versions of ${version.lawId} (${version.id} ends ${version.until ?? 'never'})`,
          });
        }
      }
    }
    return problems;
  },
};
