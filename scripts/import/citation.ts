// A small, strict reader of the provision citations that spreadsheet cells hold:
// 《中华人民共和国食品安全法》第三十四条第（二）项、第一百二十四条第一款第（一）项; 《食品安全法》第124条第1款第1项;
// 广告法第四十九条第一款第（五）项; 第十条至第十二条. Anything it cannot read exactly is reported, never guessed.
// Candidate for merging into data/engine/recognize.ts (the engine's full recognizer) once that exists.

import type { LawVersion, ProvisionRef } from '../../data/engine/model.ts';
import { chineseToInt, toHalfWidthDigits } from '../../data/engine/numerals.ts';

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

/** Law names (full titles, short names, lawIds) → lawId. */
export class LawNames {
  private readonly byName = new Map<string, string>();
  /** Names longest first, for citations written without 《》. */
  readonly bare: string[];

  constructor(laws: LawVersion[]) {
    for (const v of laws) {
      for (const name of [v.title, v.title.replace(PRC, ''), v.lawId, ...v.shortNames]) {
        if (name) this.byName.set(name, v.lawId);
      }
    }
    this.bare = [...this.byName.keys()].sort((a, b) => b.length - a.length);
  }

  /** The lawId a title names, ignoring 中华人民共和国 and a version note such as （2021年修正）. */
  resolve(name: string): string | null {
    const plain = name.replace(/（[^（）]*\d{4}年[^（）]*）$/, '');
    return this.byName.get(plain) ?? this.byName.get(plain.replace(PRC, '')) ?? null;
  }
}

const NUM = '([0-9]+|[零〇一二两三四五六七八九十百千]+)';
const ARTICLE = new RegExp(`^第${NUM}条`);
const RANGE_END = new RegExp(`^(?:至|到|-|—|～|~)第${NUM}条`);
const SUFFIX = new RegExp(`^之${NUM}`);
const PARAGRAPH = new RegExp(`^第${NUM}款`);
const ITEM = new RegExp(`^(?:第?（${NUM}）项?|第${NUM}项)`);
const LAW_IN_BRACKETS = /^《([^《》]+)》/;
const SAME_LAW = /^(?:本法|该法|同法|本条例|该条例|本办法|该办法|本细则|该细则)/;

function num(text: string | undefined): number | null {
  return text === undefined ? null : chineseToInt(text);
}

/** Digits to half width, brackets to full width, whitespace and line breaks removed. */
export function normalizeCitationText(text: string): string {
  return toHalfWidthDigits(text).replace(/\(/g, '（').replace(/\)/g, '）').replace(/\s+/g, '');
}

export function parseCitations(cell: string, names: LawNames): CitationParse {
  const s = normalizeCitationText(cell);
  const citations: CellCitation[] = [];
  const unknownLaws: string[] = [];
  const problems: string[] = [];
  let law: { name: string; id: string | null } | null = null;
  let last: CellCitation | null = null;

  const push = (article: number, paragraph: number | null, item: number | null): void => {
    if (!law) {
      problems.push(`cites 第${article}条 without naming the law`);
      return;
    }
    if (law.id === null) return;
    last = { lawId: law.id, lawName: law.name, article, paragraph, item };
    citations.push(last);
  };

  let i = 0;
  while (i < s.length) {
    const rest = s.slice(i);
    const bracketed = LAW_IN_BRACKETS.exec(rest);
    if (bracketed) {
      const name = bracketed[1] ?? '';
      law = { name, id: names.resolve(name) };
      if (law.id === null && !unknownLaws.includes(name)) unknownLaws.push(name);
      last = null;
      i += bracketed[0].length;
      continue;
    }
    const same = SAME_LAW.exec(rest);
    if (same) {
      i += same[0].length;
      continue;
    }
    const bare = names.bare.find((n) => rest.startsWith(n) && rest.startsWith('第', n.length));
    if (bare) {
      law = { name: bare, id: names.resolve(bare) };
      last = null;
      i += bare.length;
      continue;
    }
    const m = ARTICLE.exec(rest);
    if (m) {
      const article = num(m[1]);
      let j = m[0].length;
      if (article === null || article === 0) {
        problems.push(`cannot read the article number in "${m[0]}"`);
        i += j;
        continue;
      }
      const suffix = SUFFIX.exec(rest.slice(j));
      if (suffix) {
        problems.push(`"${m[0]}${suffix[0]}": articles numbered 之${suffix[1]} are not supported`);
        i += j + suffix[0].length;
        continue;
      }
      const range = RANGE_END.exec(rest.slice(j));
      if (range) {
        const end = num(range[1]);
        j += range[0].length;
        if (end === null || end < article || end - article > 50) {
          problems.push(`cannot read the article range "${rest.slice(0, j)}"`);
        } else {
          for (let n = article; n <= end; n++) push(n, null, null);
        }
        i += j;
        continue;
      }
      const para = PARAGRAPH.exec(rest.slice(j));
      if (para) j += para[0].length;
      const item = ITEM.exec(rest.slice(j));
      if (item) j += item[0].length;
      push(article, num(para?.[1]), num(item?.[1] ?? item?.[2]));
      i += j;
      continue;
    }
    // 第一百二十四条第一款、第二款 / …第（一）项、第（三）项: a paragraph or item alone continues the last article.
    const prev = last as CellCitation | null;
    const para = PARAGRAPH.exec(rest);
    const item = ITEM.exec(para ? rest.slice(para[0].length) : rest);
    if (prev && (para || (item && /^[第（]/.test(rest)))) {
      const paragraph = para ? num(para[1]) : prev.paragraph;
      push(prev.article, paragraph, num(item?.[1] ?? item?.[2]));
      i += (para?.[0].length ?? 0) + (item?.[0].length ?? 0);
      continue;
    }
    i += 1;
  }
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
