// Build time only: the search documents with their pinyin and pinyin initials. pinyin-pro is large and
// slow per query, so the faces load this precomputed index and never import this module.
import { pinyin } from 'pinyin-pro';
import type { EngineData } from './api.ts';
import { buildSearchDocs, type SearchIndex } from './search-docs.ts';

function spell(text: string, pattern: 'pinyin' | 'first'): string {
  return pinyin(text, { pattern, toneType: 'none', type: 'array', nonZh: 'removed', v: true })
    .join('')
    .toLowerCase();
}

export function buildSearchIndex(data: EngineData): SearchIndex {
  const docs = buildSearchDocs(data).map((doc) => {
    const names = [doc.title, ...doc.aliases];
    return {
      ...doc,
      pinyin: names.map((n) => spell(n, 'pinyin')).join('|'),
      initials: names.map((n) => spell(n, 'first')).join('|'),
    };
  });
  return { version: 1, docs };
}
