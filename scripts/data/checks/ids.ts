// Ids are unique across packs and records; renamed ids point at a current record and are not reused.
import type { Check, Problem } from './types.ts';

export const idsCheck: Check = {
  name: 'ids',
  run({ laws, packs }) {
    const problems: Problem[] = [];
    const seen = new Map<string, string>();
    const note = (id: string, where: string) => {
      const before = seen.get(id);
      if (before) problems.push({ record: id, field: 'id', message: `duplicate id (also in ${before})` });
      else seen.set(id, where);
    };
    for (const l of laws) note(l.id, 'laws');
    for (const pack of packs) {
      note(`pack:${pack.id}`, 'packs');
      for (const r of [...pack.matters, ...pack.tiers, ...pack.lists]) note(r.id, `pack ${pack.id}`);
    }
    for (const pack of packs) {
      for (const [retired, current] of Object.entries(pack.renames)) {
        if (seen.has(retired)) {
          problems.push({
            record: retired,
            field: `renames`,
            message: `pack ${pack.id}: a retired id is in use again`,
          });
        }
        if (!seen.has(current)) {
          problems.push({
            record: retired,
            field: 'renames',
            message: `pack ${pack.id}: renamed to "${current}", which does not exist`,
          });
        }
      }
      for (const m of pack.matters) {
        for (const [field, id] of [
          ['validity.supersededBy', m.validity.supersededBy],
          ...(m.validity.supersedes ?? []).map((s, i) => [`validity.supersedes[${i}]`, s]),
        ] as [string, string | null | undefined][]) {
          if (id && !seen.has(id)) problems.push({ record: m.id, field, message: `"${id}" does not exist` });
        }
      }
    }
    return problems;
  },
};
