// Violations described in words ("销售的香蕉农药残留超标") recognized as matters. A matter's phrases are
// its name, aliases and list-item titles, plus variants with colloquial words from the synonym table
// (超过食品安全标准限量 → 超标). A sentence mentions a phrase where a run of its character bigrams
// mostly occurs in the phrase (a gap or a changed character is tolerated) and the run carries enough
// rare bigrams to be specific; statutory names are long, so the run need not cover the whole phrase.
// A colloquial term that on its own names a violation (没亮照, 过期食品, 无证经营) is too short for
// bigram runs: it is matched as written, for the matters whose phrases contain its canonical wording.
//   phrases.ts  the phrases and keywords, weighted (built once per dataset)
//   tables.ts   the lookup tables over them
//   find.ts     one sentence's mentions
import type { Matter } from '../model.ts';
import { type LocalMention, MentionFinder } from './find.ts';
import { buildPhrases } from './phrases.ts';

export interface MentionIndex {
  /** Mentions in normalized text `s` (offsets into `s`). */
  find(s: string): LocalMention[];
}

export function buildMentionIndex(
  matters: Iterable<Matter>,
  synonyms: Record<string, string[]> = {},
  extraNames: (matterId: string) => string[] = () => [],
): MentionIndex {
  return new MentionFinder(buildPhrases(matters, synonyms, extraNames));
}
