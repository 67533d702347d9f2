// A mark in words built from what the engine resolved, not copied from the page: the side
// panel lists these, so no text of the officer's document leaves its tab.
import type { Engine, ScanResult } from '../../data/engine/api.ts';
import { factorWords, provisionLabel } from '../../data/engine/wording.ts';
import type { Mark } from '../highlight/marks.ts';

/** The date the law applies as of: the act's date when the text states it, else the scan's. */
export const applicableDate = (result: ScanResult) => result.actDate ?? result.asOf;

export function describeMark(mark: Mark, engine: Engine, date: string): string {
  const item = mark.item;
  if (item.type === 'reference') {
    const r = item.reference;
    const label = `《${r.law.title}》${provisionLabel(r)}`;
    return r.coverage ? `${label}（当时施行的版本未收录）` : label;
  }
  if (item.type === 'fine') {
    const f = item.fine;
    const factor = f.multiple ? `，${factorWords(f.multiple.factor)}` : '';
    const person = f.person ? `，对${f.person}` : '';
    return `罚款 ${f.yuan.toLocaleString('zh-CN')} 元${factor}${person}`;
  }
  // The document's number is the page's text: the panel says only whether the dataset knows it.
  if (item.type === 'document')
    return item.document.known
      ? `文号：本数据集收录其清单（${item.document.listItems.length} 项）`
      : '文号：本数据集未收录';
  return engine.explainMatter(item.mention.matterId, date)?.matter.name ?? '违法行为';
}
