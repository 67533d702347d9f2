// Pure lookups over law versions: which version was in force on a date, an article, a provision's
// text, a law by any of its names. The engine, the CLI and the validators share these.
import type { IsoDate, LawArticle, LawVersion, ProvisionRef } from './model.ts';

/** Every version of a law, oldest first. */
export function versionsOf(laws: LawVersion[], lawId: string): LawVersion[] {
  return laws.filter((l) => l.lawId === lawId).sort((a, b) => a.inForce.localeCompare(b.inForce));
}

/**
 * The version in force on `date`: the latest one whose inForce ≤ date, unless the law had ended
 * (`until` ≤ date, i.e. repealed). Null before the earliest version we hold: we do not have the text
 * that applied then, and a later text must not silently stand in for it (行政处罚法 第三十七条 is the
 * engine's call to make). A version not yet in force is never chosen for a date before its inForce.
 */
export function versionInForce(laws: LawVersion[], lawId: string, date: IsoDate): LawVersion | null {
  let found: LawVersion | null = null;
  for (const v of versionsOf(laws, lawId)) if (v.inForce <= date) found = v;
  if (found && found.until !== null && found.until <= date) return null;
  return found;
}

export function getArticle(version: LawVersion, n: number): LawArticle | null {
  return version.articles.find((a) => a.n === n) ?? null;
}

/**
 * The text a reference points at: a whole article (paragraphs with their items, lines joined by "\n"),
 * one paragraph (with its items), or one item. Null when the provision does not exist in this version.
 * An item without a paragraph means the article's only paragraph that has items.
 */
export function provisionText(version: LawVersion, ref: Omit<ProvisionRef, 'lawId'>): string | null {
  const article = getArticle(version, ref.article);
  if (!article) return null;
  const paragraphText = (p: { text: string; items: string[] }) => [p.text, ...p.items].join('\n');
  if (ref.paragraph === null && ref.item === null) return article.paragraphs.map(paragraphText).join('\n');
  let paragraph = ref.paragraph === null ? null : (article.paragraphs[ref.paragraph - 1] ?? null);
  if (ref.paragraph === null) {
    const withItems = article.paragraphs.filter((p) => p.items.length > 0);
    paragraph = withItems.length === 1 ? (withItems[0] ?? null) : null;
  }
  if (!paragraph) return null;
  if (ref.item === null) return paragraphText(paragraph);
  return paragraph.items[ref.item - 1] ?? null;
}

/** Strips 《》, a version note（2021年修正）and the 中华人民共和国 prefix so any spelling meets the table. */
function nameKey(name: string): string {
  return name
    .trim()
    .replace(/^《(.*)》$/, '$1')
    .replace(/[（(]\d{4}年[^（）()]*[）)]$/, '')
    .replace(/^中华人民共和国/, '');
}

/** The lawId for a full title, short title or abbreviation (中华人民共和国食品安全法, 食品安全法, 食安法). */
export function findLaw(laws: LawVersion[], nameOrAlias: string): string | null {
  const key = nameKey(nameOrAlias);
  if (!key) return null;
  for (const v of laws) {
    if (v.lawId === key || nameKey(v.title) === key || v.shortNames.includes(key)) return v.lawId;
  }
  return null;
}
