// Build time only: the search documents and the vocabulary's everyday words with their pinyin and
// pinyin initials. pinyin-pro is large and
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
  const vocabulary = data.vocabulary ?? { ignore: [], entries: [] };
  const entries = vocabulary.entries.map((e) => ({
    ...e,
    // Initials of two letters name too many words to stand for one (sb: 社保, 三包 …).
    spelled: [...new Set(e.say.flatMap((w) => [spell(w, 'pinyin'), spell(w, 'first')]))].filter(
      (w) => w.length > 2,
    ),
  }));
  return { version: 1, docs, vocabulary: { ignore: vocabulary.ignore, entries } };
}
