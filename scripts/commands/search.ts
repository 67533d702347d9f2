// `search "<query>" [--limit N] [--list KIND] [--domain D] [--as-of YYYY-MM-DD] [--json]`: matters and list
// items for a query the way businesses and officers ask, best first.
import type { SearchResult } from '../../data/engine/api.ts';
import { createEngine } from '../../data/engine/index.ts';
import type { Domain, LawVersion, ListKind } from '../../data/engine/model.ts';
import { isoDate, parseArgs } from '../lib/args.ts';
import { type Command, UsageError } from '../lib/command.ts';
import { engineData } from '../lib/engine.ts';

const LISTS: ListKind[] = ['no-penalty', 'lighter', 'mitigated', 'coercion-exempt'];

/** The printed shape: tests and other scripts read it. */
export function searchJson(results: SearchResult[], laws: LawVersion[]) {
  const title = new Map<string, LawVersion>();
  for (const v of laws) {
    const cur = title.get(v.lawId);
    if (!cur || v.issued > cur.issued) title.set(v.lawId, v);
  }
  return {
    results: results.map((r) => ({
      id: r.id,
      kind: r.kind,
      title: r.title,
      lists: r.lists,
      basis: r.basis,
      provisions: r.provisions.map((p) => ({
        law: title.get(p.lawId)?.title ?? p.lawId,
        article: p.article,
        paragraph: p.paragraph,
        item: p.item,
      })),
    })),
  };
}

const command: Command = {
  name: 'search',
  summary: 'find matters and list items for a query (colloquial words, article numbers, pinyin initials)',
  usage:
    'npm run -s cli -- search "<query>" [--limit N] [--list KIND]… [--domain D]… [--as-of YYYY-MM-DD] [--json]',
  async run(args) {
    const { values, positionals } = parseArgs(args, {
      json: { type: 'boolean' },
      limit: { type: 'string' },
      list: { type: 'string', multiple: true },
      domain: { type: 'string', multiple: true },
      'as-of': { type: 'string' },
    });
    const query = positionals.join(' ').trim();
    if (!query) throw new UsageError('give a query');
    const limit = values.limit === undefined ? 10 : Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1)
      throw new UsageError(`--limit must be a positive integer, got "${values.limit}"`);
    for (const l of values.list ?? []) {
      if (!LISTS.includes(l as ListKind))
        throw new UsageError(`--list must be one of ${LISTS.join(', ')}, got "${l}"`);
    }
    const asOf = isoDate(values['as-of'], '--as-of');
    const data = engineData();
    const results = createEngine(data).search(query, {
      limit,
      ...(values.list ? { lists: values.list as ListKind[] } : {}),
      ...(values.domain ? { domains: values.domain as Domain[] } : {}),
      ...(asOf ? { asOf } : {}),
    });
    if (values.json) {
      console.log(JSON.stringify(searchJson(results, data.laws)));
      return 0;
    }
    if (results.length === 0) console.log('no results');
    for (const [i, r] of results.entries()) {
      const lists = r.lists.length ? ` [${r.lists.join(', ')}]` : '';
      console.log(`${i + 1}. ${r.title} (${r.id}, ${r.kind}, ${r.basis})${lists}`);
    }
    return 0;
  },
};

export default command;
