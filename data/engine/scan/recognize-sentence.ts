// Stage 3, recognise: one sentence on its own, with no context: citations (recognize.ts), amounts
// (money.ts), act dates (act-date.ts) and matters described in words (mentions/), each placed at
// its original offsets relative to the sentence. Plain loops, no closures: this runs once per
// distinct sentence of every document scanned.
import { findActDates } from '../act-date.ts';
import { type DocNumber, findDocNumbers } from '../doc-numbers.ts';
import { findAmounts } from '../money.ts';
import { type Normalized, originalEnd, originalStart } from '../normalize.ts';
import { type Citations, findCitations } from '../recognize.ts';
import { annotate, EMPTY } from '../reuse.ts';
import type { Local, LocalAmount, LocalGroup, LocalMatterMention, Located, ScanDeps } from './types.ts';

const NO_CITATIONS: Citations = { titles: [], groups: [] };
/** Most sentences hold nothing: one shared, frozen result for all of them (nothing to copy or keep). */
const NOTHING: Local = Object.freeze({
  titles: EMPTY,
  groups: EMPTY,
  amounts: EMPTY,
  dates: EMPTY,
  mentions: EMPTY,
  documents: EMPTY,
});

/** Original start and end relative to the sentence (no pair to allocate: this runs for every token). */
const relStart = (norm: Normalized, from: number, a: number) => originalStart(norm, a) - from;
const relEnd = (norm: Normalized, from: number, a: number, b: number) => originalEnd(norm, a, b) - from;

/** The sentence text[from, to), normalized as `norm`. */
export function recognizeSentence(text: string, from: number, norm: Normalized, deps: ScanDeps): Local {
  const s = norm.text;
  // Most sentences cite nothing, state no amount and no date: they share empty lists.
  const cites = s.includes('第') || s.includes('《') || s.includes('前款');
  const found = cites ? findCitations(s, deps.names) : NO_CITATIONS;
  const local: Local = {
    titles: found.titles.length ? placeTitles(found, norm, from) : EMPTY,
    groups: found.groups.length ? placeGroups(found, norm, from) : EMPTY,
    amounts: s.includes('元') ? placeAmounts(text, norm, from) : EMPTY,
    dates: s.includes('年') ? findActDates(s) : EMPTY,
    mentions: placeMentions(text, norm, from, found, deps),
    documents: s.includes('号') ? placeDocuments(text, norm, from) : EMPTY,
  };
  const any =
    local.titles.length ||
    local.groups.length ||
    local.amounts.length ||
    local.dates.length ||
    local.mentions.length ||
    local.documents.length;
  return any ? local : NOTHING;
}

function placeTitles(found: Citations, norm: Normalized, from: number): Local['titles'] {
  // The tokens are this sentence's own: annotated in place rather than copied.
  return annotate<Citations['titles'][number], { oStart: number; oEnd: number }>(found.titles, (t) => {
    t.oStart = relStart(norm, from, t.start);
    t.oEnd = relEnd(norm, from, t.start, t.tailEnd);
  });
}

function placeGroups(found: Citations, norm: Normalized, from: number): LocalGroup[] {
  const groups: LocalGroup[] = [];
  for (const g of found.groups) {
    const els: [number, number][] = [];
    for (let i = 0; i < g.elements.length; i++) {
      const a = i === 0 ? g.start : (g.elements[i]?.start ?? g.start);
      els.push([relStart(norm, from, a), relEnd(norm, from, a, g.elements[i]?.end ?? a)]);
    }
    let before: [string, number[]] | null = null;
    if (g.source.kind === 'none') {
      const a = Math.max(0, g.start - g.source.before.length);
      const map: number[] = [];
      for (let i = a; i < g.start; i++) map.push(relStart(norm, from, i));
      before = [g.source.before, map];
    }
    groups.push({ group: g, oStart: relStart(norm, from, g.start), els, before });
  }
  return groups;
}

/** Gives a token of this sentence (start, end in `norm`) its original offsets and text, in place. */
function locate<T extends { start: number; end: number }>(
  text: string,
  norm: Normalized,
  from: number,
  t: Located<T>,
): void {
  t.oStart = relStart(norm, from, t.start);
  t.oEnd = relEnd(norm, from, t.start, t.end);
  t.text = text.slice(from + t.oStart, from + t.oEnd);
}

function placeAmounts(text: string, norm: Normalized, from: number): Local['amounts'] {
  const amounts = findAmounts(norm.text);
  if (!amounts.length) return EMPTY;
  return annotate<(typeof amounts)[number], LocalAmount>(amounts, (a) => {
    locate(text, norm, from, a);
    if (a.multiple) locate(text, norm, from, a.multiple);
  });
}

function placeDocuments(text: string, norm: Normalized, from: number): Local['documents'] {
  const docs = findDocNumbers(norm.text);
  if (!docs.length) return EMPTY;
  return annotate<DocNumber, Located<DocNumber>>(docs, (d) => locate(text, norm, from, d));
}

/** Words inside a citation cite, they do not describe a violation. */
function inCitation(c: Citations, m: { start: number; end: number }): boolean {
  for (const t of c.titles) if (t.start < m.end && m.start < t.tailEnd) return true;
  for (const g of c.groups) if (g.start < m.end && m.start < (g.elements.at(-1)?.end ?? g.start)) return true;
  return false;
}

function placeMentions(
  text: string,
  norm: Normalized,
  from: number,
  found: Citations,
  deps: ScanDeps,
): Local['mentions'] {
  const words = deps.mentions.find(norm.text);
  if (!words.length) return EMPTY;
  const mentions: LocalMatterMention[] = [];
  for (const m of words) {
    if (inCitation(found, m)) continue;
    const oStart = relStart(norm, from, m.start);
    const oEnd = relEnd(norm, from, m.start, m.end);
    mentions.push({
      start: m.start,
      end: m.end,
      matterId: m.matterId,
      score: m.score,
      text: text.slice(from + oStart, from + oEnd),
      oStart,
      oEnd,
    });
  }
  return mentions.length ? mentions : EMPTY;
}
