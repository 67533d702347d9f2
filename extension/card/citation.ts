// The citation a mark stands for: the penalty provision of the matter it points at, or the
// cited provision itself, formatted with the user's template.
import type { Lookup } from '../../data/engine/lookup.ts';
import type { ProvisionRef } from '../../data/engine/model.ts';
import type { Mark } from '../highlight/marks.ts';

export function provisionOf(
  mark: Mark,
  engine: Pick<Lookup, 'explainMatter' | 'cite'>,
  asOf: string,
): ProvisionRef | null {
  const item = mark.item;
  if (item.type === 'reference') {
    const r = item.reference;
    const first = r.matters[0] ? engine.explainMatter(r.matters[0], asOf) : null;
    if (first) return first.matter.penalty;
    if (r.status !== 'resolved' || !r.law.lawId) return null;
    return { lawId: r.law.lawId, article: r.article, paragraph: r.paragraph, item: r.item };
  }
  if (item.type === 'fine') return item.fine.provision;
  if (item.type === 'document') return null;
  return engine.explainMatter(item.mention.matterId, asOf)?.matter.penalty ?? null;
}

export function citationFor(
  mark: Mark,
  engine: Pick<Lookup, 'explainMatter' | 'cite'>,
  asOf: string,
  template: string | undefined,
): string | null {
  const ref = provisionOf(mark, engine, asOf);
  return ref ? engine.cite(ref, template) : null;
}
