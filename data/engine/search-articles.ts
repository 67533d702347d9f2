// The statute text as a search fallback, and a query that names a law and an article.
// Articles of every bundled version are indexed by bigram once, on the first query that needs them; a
// query keeps those of the versions in force on its date. An article must hold most of one of the
// query's wordings (the same rule matters follow), and articles that set penalties rank first.
import type { ArticleHit } from './api.ts';
import type { IsoDate, LawArticle, LawVersion } from './model.ts';
import { articleLabel } from './numerals.ts';
import type { ParsedQuery } from './search.ts';
import { searchForm } from './search-text.ts';

const LIMIT = 5;
/** Shares of a wording an article must hold: the first that finds any article is used. */
const COVERAGE_STEPS = [0.5, 0.34];
/** Added to the score of an article that sets a penalty (罚则): what a business asking wants to read. */
const PENALTY_BONUS = 0.25;

interface Entry {
  version: LawVersion;
  article: LawArticle;
  /** Comparable form of the article's text. */
  form: string;
}

export interface ArticleSearch {
  /** Articles mentioning the query's wordings, best first. */
  find(q: ParsedQuery, asOf: IsoDate): ArticleHit[];
  /** The article a query such as 食品安全法124条 or 道交法第九十一条 names, if it names one. */
  named(q: ParsedQuery, asOf: IsoDate): ArticleHit | null;
}

export function articleText(article: LawArticle): string {
  return article.paragraphs.flatMap((p) => [p.text, ...p.items]).join('\n');
}

const inForce = (v: LawVersion, date: IsoDate) => v.inForce <= date && (v.until === null || date < v.until);

export function createArticleSearch(laws: LawVersion[]): ArticleSearch {
  let entries: Entry[] | null = null;
  let postings: Map<string, number[]> | null = null;
  function index(): { entries: Entry[]; postings: Map<string, number[]> } {
    if (entries && postings) return { entries, postings };
    entries = [];
    postings = new Map();
    for (const version of laws) {
      for (const article of version.articles) {
        const form = searchForm(articleText(article));
        const id = entries.length;
        entries.push({ version, article, form });
        const seen = new Set<string>();
        for (let i = 0; i + 1 < form.length; i++) {
          const g = form.slice(i, i + 2);
          if (seen.has(g)) continue;
          seen.add(g);
          const list = postings.get(g);
          if (list) list.push(id);
          else postings.set(g, [id]);
        }
      }
    }
    return { entries, postings };
  }

  // Law names as written in queries: titles with and without 中华人民共和国, ids and short names.
  const names = new Map<string, string>();
  const newest = new Map<string, LawVersion>();
  for (const v of laws) {
    for (const name of [v.title, v.title.replace(/^中华人民共和国/, ''), v.lawId, ...v.shortNames]) {
      const key = searchForm(name);
      if (key.length >= 2 && !names.has(key)) names.set(key, v.lawId);
    }
    const cur = newest.get(v.lawId);
    if (!cur || v.issued > cur.issued) newest.set(v.lawId, v);
  }

  const hit = (version: LawVersion, article: LawArticle): ArticleHit => ({
    ref: { lawId: version.lawId, article: article.n, paragraph: null, item: null },
    lawTitle: version.title,
    version: version.issued,
    text: articleText(article),
    citation: `《${newest.get(version.lawId)?.title ?? version.title}》${articleLabel(article.n)}`,
  });

  return {
    named(q, asOf) {
      for (const term of [q.pattern, ...q.terms.map(([t]) => t)]) {
        const m = /^(.+?)第?(\d+)条/.exec(term);
        const lawId = m?.[1] ? names.get(m[1].replace(/^《|》$/g, '')) : undefined;
        if (!m || !lawId) continue;
        const n = Number(m[2]);
        const versions = laws.filter((v) => v.lawId === lawId);
        const version =
          versions.find((v) => inForce(v, asOf)) ??
          versions.sort((a, b) => (a.issued < b.issued ? 1 : -1))[0];
        const article = version?.articles.find((a) => a.n === n);
        if (version && article) return hit(version, article);
      }
      return null;
    },
    find(q, asOf) {
      // Looser only when the strict pass found nothing: a question is never left without an answer
      // while any article holds a third of it.
      for (const min of COVERAGE_STEPS) {
        const found = mentioning(q, asOf, min);
        if (found.length > 0) return found;
      }
      return [];
    },
  };

  function mentioning(q: ParsedQuery, asOf: IsoDate, minCoverage: number): ArticleHit[] {
    const { entries, postings } = index();
    const scores = new Map<number, number>();
    for (const [t, w] of q.terms) {
      if (t.length < 2) continue;
      // An article keeps its best wording.
      for (const [id, share] of shares(t, postings, entries.length)) {
        if (share >= minCoverage) scores.set(id, Math.max(scores.get(id) ?? 0, share * w));
      }
    }
    const ranked: [Entry, number][] = [];
    for (const [id, s] of scores) {
      const e = entries[id] as Entry;
      if (!inForce(e.version, asOf)) continue;
      ranked.push([e, s + (e.form.includes('罚') ? PENALTY_BONUS : 0)]);
    }
    ranked.sort((a, b) => b[1] - a[1]);
    return ranked.slice(0, LIMIT).map(([e]) => hit(e.version, e.article));
  }
}

/** Per article holding any of its bigrams: the share (by idf) of the wording's bigrams it holds. */
function shares(t: string, postings: Map<string, number[]>, n: number): Map<number, number> {
  const grams = new Set<string>();
  for (let i = 0; i + 1 < t.length; i++) grams.add(t.slice(i, i + 2));
  const idf = new Map([...grams].map((g) => [g, Math.log(1 + n / (postings.get(g)?.length ?? 1))]));
  let all = 0;
  for (const v of idf.values()) all += v;
  const have = new Map<number, number>();
  for (const g of grams) {
    for (const id of postings.get(g) ?? []) have.set(id, (have.get(id) ?? 0) + (idf.get(g) ?? 0));
  }
  for (const [id, h] of have) have.set(id, h / all);
  return have;
}
