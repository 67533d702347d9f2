// Revisions: a replaced record ends where its successor starts, both name each other, and the successor
// exists in the same pack. (from < to is a schema rule.)
import type { ListItem, Matter, Tier } from '../../../data/engine/model.ts';
import type { Check, Problem } from './types.ts';

type Revisable = Matter | Tier | ListItem;

export const revisionsCheck: Check = {
  name: 'revisions',
  run({ packs }) {
    const problems: Problem[] = [];
    for (const pack of packs) {
      const records: Revisable[] = [...pack.matters, ...pack.tiers, ...pack.lists];
      const byId = new Map(records.map((r) => [r.id, r]));
      for (const r of records) {
        const next = r.validity.supersededBy;
        if (next) {
          const successor = byId.get(next);
          if (!successor) {
            problems.push({
              record: r.id,
              field: 'validity.supersededBy',
              message: `"${next}" is not in pack ${pack.id}`,
            });
          } else {
            if (r.validity.to === null) {
              problems.push({
                record: r.id,
                field: 'validity.to',
                message: `replaced by ${next} but never ends`,
              });
            } else if (r.validity.to !== successor.validity.from) {
              problems.push({
                record: r.id,
                field: 'validity.to',
                message: `ends ${r.validity.to} but its successor ${next} starts ${successor.validity.from}`,
              });
            }
            if (!successor.validity.supersedes?.includes(r.id)) {
              problems.push({
                record: next,
                field: 'validity.supersedes',
                message: `does not list ${r.id}, which names it as its successor`,
              });
            }
          }
        }
        (r.validity.supersedes ?? []).forEach((prev, i) => {
          const predecessor = byId.get(prev);
          if (!predecessor) {
            problems.push({
              record: r.id,
              field: `validity.supersedes[${i}]`,
              message: `"${prev}" is not in pack ${pack.id}`,
            });
          } else if (predecessor.validity.supersededBy !== r.id) {
            problems.push({
              record: prev,
              field: 'validity.supersededBy',
              message: `must name ${r.id}, which supersedes it`,
            });
          }
        });
      }
    }
    return problems;
  },
};
