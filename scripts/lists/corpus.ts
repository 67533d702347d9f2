// What the list, tier and import code needs from the statute layer: the law versions and the matters,
// plus the few lookups they share (does a provision exist on a date, which matters does it point at).
import { getArticle, versionInForce } from '../../data/engine/laws.ts';
import type { IsoDate, LawVersion, Matter, ProvisionRef } from '../../data/engine/model.ts';
import type { Dataset } from '../data/checks/types.ts';

export interface Corpus {
  laws: LawVersion[];
  matters: Matter[];
}

/** The laws and every pack's matters (the national pack carries the derived ones). */
export function corpusOf(dataset: Dataset): Corpus {
  return { laws: dataset.laws, matters: dataset.packs.flatMap((p) => p.matters) };
}

/**
 * Why `ref` does not resolve on `date`, as a phrase that follows the reference ("does not exist (…)"),
 * or null when it does.
 */
export function provisionProblem(laws: LawVersion[], ref: ProvisionRef, date: IsoDate): string | null {
  if (!laws.some((v) => v.lawId === ref.lawId)) return `is not in the dataset (no law ${ref.lawId})`;
  const version = versionInForce(laws, ref.lawId, date);
  if (!version) return `was not in force on ${date} (no version of ${ref.lawId} in the dataset was)`;
  const article = getArticle(version, ref.article);
  if (!article) return `does not exist (${version.id} has ${version.articles.length} articles)`;
  if (ref.paragraph === null && ref.item === null) return null;
  // "第三十四条第（二）项" omits the paragraph when only one paragraph of the article has items.
  const withItems = article.paragraphs.filter((p) => p.items.length > 0);
  if (ref.paragraph === null && withItems.length !== 1) return 'names an item but not its paragraph';
  const paragraph = ref.paragraph === null ? withItems[0] : article.paragraphs[ref.paragraph - 1];
  if (!paragraph) {
    return `does not exist (article ${ref.article} of ${version.id} has ${article.paragraphs.length} paragraph(s))`;
  }
  if (ref.item !== null && !paragraph.items[ref.item - 1]) {
    return `does not exist (that paragraph of ${version.id} has ${paragraph.items.length} item(s))`;
  }
  return null;
}

/** 食品安全法 第124条第1款第1项: a compact label for messages. */
export function formatRef(ref: ProvisionRef): string {
  const para = ref.paragraph === null ? '' : `第${ref.paragraph}款`;
  const item = ref.item === null ? '' : `第${ref.item}项`;
  return `${ref.lawId} 第${ref.article}条${para}${item}`;
}

/**
 * True when `inner` is `outer` or lies inside it (an article contains its paragraphs and items). A side
 * that omits the paragraph but names an item ("第三十四条第（二）项") matches on the item alone.
 */
export function refWithin(inner: ProvisionRef, outer: ProvisionRef): boolean {
  if (inner.lawId !== outer.lawId || inner.article !== outer.article) return false;
  if (outer.item !== null && inner.item !== outer.item) return false;
  if (outer.paragraph === null || inner.paragraph === null) return outer.item === null || inner.item !== null;
  return inner.paragraph === outer.paragraph;
}

export function inForce(validity: { from: IsoDate; to: IsoDate | null }, date: IsoDate): boolean {
  return validity.from <= date && (validity.to === null || date < validity.to);
}
