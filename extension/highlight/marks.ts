// What the engine found, as marks to paint: one look per kind, told apart without colour
// (solid underline: resolved; wavy: a problem; dotted: a list may apply).
import type {
  DocumentMention,
  Engine,
  FineMention,
  MatterMention,
  Reference,
  ScanResult,
} from '../../data/engine/api.ts';

export type MarkKind = 'resolved' | 'problem' | 'list';
export const MARK_KINDS: MarkKind[] = ['resolved', 'problem', 'list'];

export type MarkItem =
  | { type: 'reference'; reference: Reference }
  | { type: 'fine'; fine: FineMention }
  | { type: 'mention'; mention: MatterMention }
  | { type: 'document'; document: DocumentMention };

export interface Mark {
  start: number;
  end: number;
  kind: MarkKind;
  item: MarkItem;
}

/** Whether any list may apply to one of the matters (cached per engine and date by the caller). */
export type ListsApply = (matterIds: string[]) => boolean;

export function listsApplyFor(engine: Engine, asOf: string): ListsApply {
  const cache = new Map<string, boolean>();
  return (ids) =>
    ids.some((id) => {
      let hit = cache.get(id);
      if (hit === undefined) {
        hit = (engine.explainMatter(id, asOf)?.lists.length ?? 0) > 0;
        cache.set(id, hit);
      }
      return hit;
    });
}

function referenceKind(ref: Reference, lists: ListsApply): MarkKind {
  if (ref.status !== 'resolved' || ref.changedBetweenVersions) return 'problem';
  return lists(ref.matters) ? 'list' : 'resolved';
}

/**
 * A fine outside its range, unless below the minimum with 行政处罚法 第三十二条 cited; a stated multiple
 * outside the statutory multiples; an amount that is not the multiple of the base the text states.
 */
function fineProblem(fine: FineMention): boolean {
  if (fine.verdict === 'above-maximum') return true;
  if (fine.verdict === 'below-minimum' && !fine.reduction?.cited) return true;
  const m = fine.multiple;
  if (m?.consistent === false) return true;
  return m?.verdict === 'above-maximum' || (m?.verdict === 'below-minimum' && !fine.reduction?.cited);
}

/** Marks in text order; where spans overlap the earlier one wins, so painted marks never stack. */
export function marksOf(result: ScanResult, lists: ListsApply): Mark[] {
  const all: Mark[] = [];
  for (const reference of result.references) {
    all.push({
      start: reference.start,
      end: reference.end,
      kind: referenceKind(reference, lists),
      item: { type: 'reference', reference },
    });
  }
  for (const fine of result.fines) {
    const bad = fineProblem(fine);
    all.push({
      start: fine.start,
      end: fine.end,
      kind: bad ? 'problem' : 'resolved',
      item: { type: 'fine', fine },
    });
  }
  // A document number the dataset's lists come from reads like a list; an unknown one is flagged.
  for (const document of result.documents ?? []) {
    const kind = document.known ? 'list' : 'problem';
    all.push({ start: document.start, end: document.end, kind, item: { type: 'document', document } });
  }
  for (const mention of result.mentions) {
    const kind = lists([mention.matterId]) ? 'list' : 'resolved';
    all.push({ start: mention.start, end: mention.end, kind, item: { type: 'mention', mention } });
  }
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Mark[] = [];
  let reach = -1;
  for (const m of all) {
    if (m.end <= m.start || m.start < reach) continue;
    out.push(m);
    reach = m.end;
  }
  return out;
}
