// A mark in words built from what the engine resolved, not copied from the page: the side
// panel lists these, so no text of the officer's document leaves its tab.
import type { Engine, ScanResult } from '../../data/engine/api.ts';
import { provisionLabel } from '../../data/engine/wording.ts';
import type { Mark } from '../highlight/marks.ts';

/** The date the law applies as of: the act's date when the text states it, else the scan's. */
export const applicableDate = (result: ScanResult) => result.actDate ?? result.asOf;

export function describeMark(mark: Mark, engine: Engine, date: string): string {
  const item = mark.item;
  if (item.type === 'reference') return `《${item.reference.law.title}》${provisionLabel(item.reference)}`;
  if (item.type === 'fine') return `罚款 ${item.fine.yuan.toLocaleString('zh-CN')} 元`;
  return engine.explainMatter(item.mention.matterId, date)?.matter.name ?? '违法行为';
}
