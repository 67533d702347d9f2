// The contract every validation check follows, so checks live in separate modules (one per concern)
// and scripts/data/checks/index.ts lists them.
import type { LawVersion, Pack } from '../../../data/engine/model.ts';

/** What the dataset loader returns and every check reads. */
export interface Dataset {
  laws: LawVersion[];
  packs: Pack[];
}

/** One validation problem: the record (its id) and the field, so a reader can go straight to it. */
export interface Problem {
  record: string;
  field: string;
  message: string;
  /** The file the record was read from, when known. */
  file?: string;
}

export interface Check {
  /** Short name shown in `validate` output, e.g. "schema", "provisions". */
  name: string;
  run(dataset: Dataset): Problem[];
}
