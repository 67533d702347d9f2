// As-of queries: the records of a pack that were in force on a date (validity.from ≤ date < validity.to).
import type { IsoDate, Pack } from '../../data/engine/model.ts';
import { inForce } from './corpus.ts';

/** Records in force on `date`: a snapshot of a pack that keeps its revisions with validity ranges. */
export function packAsOf(pack: Pack, date: IsoDate): Pack {
  return {
    ...pack,
    matters: pack.matters.filter((r) => inForce(r.validity, date)),
    tiers: pack.tiers.filter((r) => inForce(r.validity, date)),
    lists: pack.lists.filter((r) => inForce(r.validity, date)),
  };
}
