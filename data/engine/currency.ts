// How current a law's text is on the date it is applied: when its list of versions was last checked
// (a revision after that day may be missing), whether a successor may replace it, and versions that
// are not yet, or no longer, in force then. Pure; the faces word it (wording.ts, currencyLines).
import { versionsOf } from './laws.ts';
import type { IsoDate, LawVersion } from './model.ts';

export interface Currency {
  /** The day the law's versions were last checked, when the date applied is later; else null. */
  checkedOn: IsoDate | null;
  /** A successor may replace the law after the check (unconfirmed then), and the date applied is later. */
  mayBeSuperseded: boolean;
  /** The text shown takes effect only after the date applied (its in-force date). */
  notYetInForce: IsoDate | null;
  /** The text shown had ended (repealed or replaced) by the date applied. */
  endedOn: IsoDate | null;
  /** A later version bundled that takes effect after the date applied. */
  next: { issued: IsoDate; inForce: IsoDate } | null;
}

export function currencyOf(laws: LawVersion[], version: LawVersion, date: IsoDate): Currency {
  const next = versionsOf(laws, version.lawId).find((v) => v.inForce > date && v.inForce > version.inForce);
  const checked = version.versionsChecked;
  const afterCheck = checked !== null && date > checked;
  return {
    checkedOn: afterCheck ? checked : null,
    // The doubt is about what came after the check: a date before it has its text here.
    mayBeSuperseded: afterCheck && version.possibleSupersession !== null,
    notYetInForce: version.inForce > date ? version.inForce : null,
    endedOn: version.until !== null && version.until <= date ? version.until : null,
    next: next ? { issued: next.issued, inForce: next.inForce } : null,
  };
}
