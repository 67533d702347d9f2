// The strict reader of the provision citations that spreadsheet cells hold:
// 《中华人民共和国食品安全法》第三十四条第（二）项、第一百二十四条第一款第（一）项; 《食品安全法》第124条第1款第1项;
// 广告法第四十九条第一款第（五）项; 第十条至第十二条. The engine's recognizer finds the citations; this layer
// keeps only what it can resolve exactly (no typo matching) and reports the rest, never guessing.

import { buildLawNames, type LawNames as EngineLawNames } from '../../data/engine/law-names.ts';
import type { LawVersion, ProvisionRef } from '../../data/engine/model.ts';
import { normalize } from '../../data/engine/normalize.ts';
import { chineseToInt } from '../../data/engine/numerals.ts';
import { type CiteElement, findCitations } from '../../data/engine/recognize.ts';

export interface CellCitation extends ProvisionRef {
  /** The law as the cell names it. */
  lawName: string;
}

export interface CitationParse {
  /** Citations of laws in the dataset. */
  citations: CellCitation[];
  /** Laws the cell cites that the dataset does not hold (kept as text only). */
  unknownLaws: string[];
  /** What could not be read, in words. */
  problems: string[];
}

const PRC = '中华人民共和国';

/** The engine's law dictionary, resolved strictly: exact names only, never the closest typo. */
export class LawNames {
  readonly engine: EngineLawNames;

  constructor(laws: LawVersion[]) {
    this.engine = buildLawNames(laws);
  }

  /** The lawId a title names, ignoring 中华人民共和国 and a version note such as （2021年修正）. */
  resolve(name: string): string | null {
    const plain = name.replace(/（[^（）]*\d{4}年[^（）]*）$/, '');
    return (this.engine.exact(plain) ?? this.engine.exact(plain.replace(PRC, '')))?.lawId ?? null;
  }
}

// The engine skips what it cannot link (第十条之一, unreadable numbers, backward or huge ranges); a cell
// must report them instead, so these few shapes are checked here on the same normalized text.
const NUM = '([0-9]+|[零〇一二两三四五六七八九十百千]+)';
const ARTICLE = new RegExp(`第${NUM}条`, 'g');
const SUFFIX = new RegExp(`^之${NUM}`);
const RANGE = new RegExp(`第${NUM}条(?:至|到|-|—|～|~)(第${NUM}条)`, 'g');
const BARE_ITEM = new RegExp(`^\\(${NUM}\\)`);
const MAX_RANGE = 50;

/** Brackets back to full width, as a cell's law name is shown in messages. */
const fullWidthBrackets = (text: string): string => text.replace(/\(/g, '（').replace(/\)/g, '）');

/** Problems with the article numbers in `s`, and where the elements of unreadable ranges start. */
function articleProblems(s: string): { problems: string[]; skip: Set<number> } {
  const problems: string[] = [];
  const skip = new Set<number>();
  for (const m of s.matchAll(ARTICLE)) {
    const article = chineseToInt(m[1] ?? '');
    const suffix = SUFFIX.exec(s.slice((m.index ?? 0) + m[0].length));
    if (article === null || article === 0) problems.push(`cannot read the article number in "${m[0]}"`);
    else if (suffix)
      problems.push(`"${m[0]}${suffix[0]}": articles numbered 之${suffix[1]} are not supported`);
  }
  for (const m of s.matchAll(RANGE)) {
    const start = chineseToInt(m[1] ?? '');
    const end = chineseToInt(m[3] ?? '');
    if (start === null || end === null || start === 0) continue;
    if (end < start || end - start > MAX_RANGE) {
      problems.push(`cannot read the article range "${fullWidthBrackets(m[0])}"`);
      skip.add(m.index ?? 0).add((m.index ?? 0) + m[0].length - (m[2] ?? '').length);
    }
  }
  return { problems, skip };
}

export function parseCitations(cell: string, names: LawNames): CitationParse {
  const s = normalize(cell).text;
  const found = findCitations(s, names.engine);
  const { problems, skip } = articleProblems(s);
  const citations: CellCitation[] = [];
  const unknownLaws: string[] = [];
  let law: { name: string; id: string | null } | null = null;
  let last: CellCitation | null = null;

  const name = (written: string): string | null => {
    law = { name: written, id: names.resolve(written) };
    last = null;
    return law.id;
  };
  const push = (article: number, paragraph: number | null, item: number | null): void => {
    if (!law) {
      problems.push(`cites 第${article}条 without naming the law`);
      return;
    }
    if (law.id === null) return;
    last = { lawId: law.id, lawName: law.name, article, paragraph, item };
    citations.push(last);
  };

  // A 《title》 names the law for what follows even when no article follows it directly.
  let ti = 0;
  const titlesBefore = (pos: number): void => {
    for (; ti < found.titles.length && (found.titles[ti]?.start ?? 0) < pos; ti++) {
      const t = found.titles[ti];
      if (!t) continue;
      const written = fullWidthBrackets(s.slice(t.start + 1, t.end - 1));
      if (name(written) === null && !unknownLaws.includes(written)) unknownLaws.push(written);
    }
  };

  for (const group of found.groups) {
    titlesBefore(group.start + 1);
    // A bare name as written, with its version note if any: 食品安全法（2021年修正）第…条.
    if (group.source.kind === 'name')
      name(fullWidthBrackets(s.slice(group.start, group.elements[0]?.start ?? group.start)));
    let prev: CiteElement | null = null;
    for (const el of group.elements) {
      if (skip.has(el.start)) continue;
      if (el.article === null) {
        // 第一百二十四条第一款、第二款 / 前款第（一）项: a paragraph or item alone continues the last article.
        const before = last as CellCitation | null;
        if (before && (el.paragraph !== null || el.item !== null)) {
          push(before.article, el.paragraph ?? before.paragraph, el.item);
        }
      } else {
        if (el.rangeFromPrevious && prev?.article != null) {
          for (let n = prev.article + 1; n < el.article; n++) push(n, null, null);
        }
        // Cells also write an item as a bare （二） after the article, which the engine does not link.
        const bare = el.item === null ? BARE_ITEM.exec(s.slice(el.end)) : null;
        push(el.article, el.paragraph, bare ? chineseToInt(bare[1] ?? '') : el.item);
      }
      prev = el;
    }
  }
  titlesBefore(s.length);
  return { citations: dedupe(citations), unknownLaws, problems };
}

function dedupe(citations: CellCitation[]): CellCitation[] {
  const seen = new Set<string>();
  return citations.filter((c) => {
    const key = `${c.lawId}/${c.article}/${c.paragraph}/${c.item}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
