// What the engine found, as marks to paint: one look per kind, told apart without colour
// (solid underline: resolved; wavy: a problem; dotted: a list may apply).
import type { Engine, FineMention, MatterMention, Reference, ScanResult } from '../../data/engine/api.ts';

export type MarkKind = 'resolved' | 'problem' | 'list';
export const MARK_KINDS: MarkKind[] = ['resolved', 'problem', 'list'];

export type MarkItem =
  | { type: 'reference'; reference: Reference }
  | { type: 'fine'; fine: FineMention }
  | { type: 'mention'; mention: MatterMention };

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
    const bad = fine.verdict === 'below-minimum' || fine.verdict === 'above-maximum';
    all.push({
      start: fine.start,
      end: fine.end,
      kind: bad ? 'problem' : 'resolved',
      item: { type: 'fine', fine },
    });
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
