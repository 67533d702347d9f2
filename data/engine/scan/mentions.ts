// Stage 6, mentions: what each sentence names in words — matters described (found by mentions/
// while recognizing it) and document numbers, with the list records that issued them — placed in
// the document.
import type { DocumentMention, MatterMention } from '../api.ts';
import type { ScanDeps, Sentence } from './types.ts';

export function matterMentions(list: Sentence[]): MatterMention[] {
  const mentions: MatterMention[] = [];
  for (const { from, local } of list) {
    for (const m of local.mentions) {
      mentions.push({
        start: from + m.oStart,
        end: from + m.oEnd,
        text: m.text,
        matterId: m.matterId,
        score: m.score,
      });
    }
  }
  return mentions;
}

export function documentMentions(list: Sentence[], deps: ScanDeps): DocumentMention[] {
  const documents: DocumentMention[] = [];
  for (const { from, local } of list) {
    for (const d of local.documents) {
      const listItems = deps.documents.itemsOf(d);
      documents.push({
        start: from + d.oStart,
        end: from + d.oEnd,
        text: d.text,
        known: listItems.length > 0,
        listItems,
      });
    }
  }
  return documents;
}
