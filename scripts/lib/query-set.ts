// The search query set (test/fixtures/queries.json): how businesses and officers ask, and which
// provisions count as a right answer. Shared by the search tests and `npm run bench`, so both score
// a query the same way.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ProvisionRef } from '../../data/engine/model.ts';
import { REPO_ROOT } from '../data/paths.ts';

export type Half = 'tune' | 'test';

export interface SetQuery {
  q: string;
  who: 'business' | 'officer';
  group: string;
  /** Ranking and vocabulary may be tuned on the `tune` half only. */
  half: Half;
  /** law:article[:paragraph[:item]] */
  accept: string[];
}

export const QUERY_SET_FILE = join(REPO_ROOT, 'test/fixtures/queries.json');

export function loadQuerySet(): SetQuery[] {
  const json = JSON.parse(readFileSync(QUERY_SET_FILE, 'utf8')) as { queries: SetQuery[] };
  return json.queries;
}

/** Whether a provision lies under an accept key (law:article[:paragraph[:item]]). */
export function under(key: string, ref: ProvisionRef): boolean {
  const [law, article, paragraph, item] = key.split(':');
  if (law !== ref.lawId) return false;
  if (article !== undefined && Number(article) !== ref.article) return false;
  if (paragraph !== undefined && Number(paragraph) !== ref.paragraph) return false;
  if (item !== undefined && Number(item) !== ref.item) return false;
  return true;
}

/** Whether one answer (the provisions of a matter, or a statute article shown instead) is right. */
export function accepted(query: SetQuery, provisions: ProvisionRef[]): boolean {
  return query.accept.some((key) => provisions.some((p) => under(key, p)));
}

export interface Score {
  queries: number;
  top1: number;
  top5: number;
  /** Share of queries whose first page is empty (no matter, and no article shown instead). */
  empty: number;
}

/**
 * Scores a search over queries: `answer` returns the first page, each entry the provisions of one
 * result, best first. Rates are percentages.
 */
export function score(queries: SetQuery[], answer: (q: string) => ProvisionRef[][]): Score {
  let top1 = 0;
  let top5 = 0;
  let empty = 0;
  for (const query of queries) {
    const page = answer(query.q);
    if (page.length === 0) empty++;
    if (page[0] && accepted(query, page[0])) top1++;
    if (page.slice(0, 5).some((p) => accepted(query, p))) top5++;
  }
  const pct = (n: number) => (queries.length ? (100 * n) / queries.length : 0);
  return { queries: queries.length, top1: pct(top1), top5: pct(top5), empty: pct(empty) };
}
