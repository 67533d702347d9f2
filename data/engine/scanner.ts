// Scanning a document, stage by stage (each stage in scan/, eyecite's clean → tokenize → find →
// resolve → annotate in this engine's terms):
//   0 state.ts               which sentences an edit left as they were (incremental scans)
//   1 sentences.ts           where the text is cut into sentences
//   2 normalized.ts          each sentence normalized, with offsets back to the original
//   3 recognize-sentence.ts  citations, amounts, dates and matters in one sentence, no context
//   4 references.ts          context in document order: 该法 / 同条 / 前款, 以下简称, versions
//   5 fines.ts               each fine tied to its penalty provision and checked
//   6 mentions.ts            matters described in words and document numbers, placed in the document
// Stages 0–3 work per sentence and are cached by its text; 4–6 are cheap passes over the results.
import { type DateMention, pickActDate } from './act-date.ts';
import type { ScanOptions, ScanResult } from './api.ts';
import { todayInChina } from './dates.ts';
import type { IsoDate } from './model.ts';
import { tieFines } from './scan/fines.ts';
import { documentMentions, matterMentions } from './scan/mentions.ts';
import { resolveReferences } from './scan/references.ts';
import { type Edit, resolutionsFor, type ScannerState, sentenceList } from './scan/state.ts';
import type { ScanDeps, Sentence } from './scan/types.ts';

export { type Edit, newState, prepareSentences, type ScannerState } from './scan/state.ts';
export type { ScanDeps } from './scan/types.ts';

export function scanText(
  text: string,
  options: ScanOptions,
  deps: ScanDeps,
  state: ScannerState,
  edit: Edit | null = null,
): ScanResult {
  const list = sentenceList(text, edit, state, deps);
  const asOf: IsoDate = options.asOf ?? todayInChina();
  const actDate = actDateOf(list);
  const resolved = resolutionsFor(state, `${actDate}|${asOf}`);
  const references = resolveReferences(list, deps, { actDate, asOf, date: actDate ?? asOf }, resolved, text);
  const fines = tieFines(list, references, deps, options.tierId ?? null);
  return {
    references: references.map((r) => r.ref),
    fines,
    mentions: matterMentions(list),
    documents: documentMentions(list, deps),
    actDate,
    asOf,
  };
}

/** The date of the act the document states (违法行为发生于…), from all its sentences' dates. */
function actDateOf(list: Sentence[]): IsoDate | null {
  const dates: DateMention[] = [];
  for (const sen of list) for (const d of sen.local.dates) dates.push(d);
  return pickActDate(dates);
}
