// Law text ⇄ articles. Parses the two source formats (LawRefBook markdown, flk JSON provisions) into
// articles → paragraphs (款) → items (项), keeping every line byte-exact, and renders them back so a
// test can prove the source is recoverable. Pure.
import type { LawArticle } from '../../data/engine/model.ts';
import { chineseToInt, intToChinese } from '../../data/engine/numerals.ts';

/** An item line starts with its label: （一） or, in some regulations, (一). */
const ITEM = /^[（(][一二三四五六七八九十]+[）)]/;
const ARTICLE = /^第([零〇一二三四五六七八九十百千]+)条 /;
/** 第十条之一: an inserted article, which the articles (numbered by integer) cannot hold. */
const INSERTED = /^第[零〇一二三四五六七八九十百千]+条之[一二三四五六七八九十]+ /;
const HEADING = /^(#{2,4}) (.+)$/;
/** Chapter and section headings are joined with this, as the flk JSON writes them. */
export const HEADING_SEPARATOR = ' > ';
export const INFO_END = '<!-- INFO END -->';

export interface MarkdownLaw {
  title: string;
  /** History lines (`YYYY年M月D日 <event>`), as written. */
  history: string[];
  articles: LawArticle[];
}

function addLine(article: LawArticle, line: string): void {
  const last = article.paragraphs[article.paragraphs.length - 1];
  if (ITEM.test(line) && last) last.items.push(line);
  else article.paragraphs.push({ text: line, items: [] });
}

/** Parses a LawRefBook markdown file. Throws with the line number on anything it does not expect. */
export function parseLawMarkdown(source: string): MarkdownLaw {
  const lines = source.split('\n');
  const end = lines.indexOf(INFO_END);
  const first = lines[0] ?? '';
  if (!first.startsWith('# ') || end < 0)
    throw new Error(`not a law markdown file: no "# title" or ${INFO_END}`);
  const history = lines.slice(1, end).filter((l) => l !== '');
  const articles: LawArticle[] = [];
  const headings: string[] = []; // by level: [chapter, section, …]
  lines.slice(end + 1).forEach((line, i) => {
    if (line === '') return;
    const heading = HEADING.exec(line);
    if (heading?.[1] && heading[2]) {
      const level = heading[1].length - 2;
      headings.length = level;
      headings[level] = heading[2];
      return;
    }
    const start = ARTICLE.exec(line);
    if (start?.[1]) {
      const n = chineseToInt(start[1]);
      if (n === null) throw new Error(`line ${end + 2 + i}: unreadable article number "${start[1]}"`);
      articles.push({
        n,
        chapter: headings.length ? headings.join(HEADING_SEPARATOR) : null,
        paragraphs: [],
      });
      addLine(articles[articles.length - 1] as LawArticle, line.slice(start[0].length));
      return;
    }
    // Read as a paragraph it would silently join the article before: refuse it instead.
    if (INSERTED.test(line))
      throw new Error(`line ${end + 2 + i}: inserted article "${line.slice(0, 12)}" is not supported`);
    const current = articles[articles.length - 1];
    if (!current)
      throw new Error(`line ${end + 2 + i}: text before the first article: "${line.slice(0, 20)}"`);
    addLine(current, line);
  });
  return { title: first.slice(2), history, articles };
}

/** The article's lines in source order: paragraph text, then its items. */
export function articleLines(article: LawArticle): string[] {
  return article.paragraphs.flatMap((p) => [p.text, ...p.items]);
}

/** Renders the body after INFO END exactly as the markdown source writes it. */
export function renderMarkdownBody(articles: LawArticle[]): string {
  const out: string[] = [];
  let previous: string[] = [];
  for (const article of articles) {
    const headings = article.chapter ? article.chapter.split(HEADING_SEPARATOR) : [];
    const firstChanged = headings.findIndex((h, i) => previous[i] !== h);
    if (firstChanged >= 0) {
      headings.slice(firstChanged).forEach((h, i) => {
        out.push(`${'#'.repeat(firstChanged + i + 2)} ${h}`);
      });
    }
    previous = headings;
    const [first, ...rest] = articleLines(article);
    out.push(`第${intToChinese(article.n)}条 ${first ?? ''}`, ...rest);
  }
  return out.join('\n\n');
}

export interface JsonProvision {
  provision_ref: string;
  chapter: string;
  content: string;
}

/** Parses flk JSON provisions: `content` holds the article's lines separated by "\n". */
export function parseJsonProvisions(provisions: JsonProvision[]): LawArticle[] {
  return provisions.map((p) => {
    const n = Number(p.provision_ref);
    if (!Number.isInteger(n) || n <= 0)
      throw new Error(`provision_ref "${p.provision_ref}" is not an article number`);
    const article: LawArticle = { n, chapter: p.chapter === '' ? null : p.chapter, paragraphs: [] };
    for (const line of p.content.split('\n')) addLine(article, line);
    return article;
  });
}

/** The article's text as flk JSON (and the article CLI) writes it: its lines joined with "\n". */
export function articleContent(article: LawArticle): string {
  return articleLines(article).join('\n');
}
