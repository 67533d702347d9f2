// Finds statute citations in one normalized chunk of text (a sentence): 《titles》 with their version
// notes and 以下简称 definitions, and groups of article elements (第…条第…款第…项, lists, ranges) with
// what names their law (a title, a bare name, 该法 …). Context across sentences is resolved later.
import type { LawName, LawNames } from './law-names.ts';
import { chineseToInt } from './numerals.ts';

export interface VersionNote {
  year: number;
  month: number | null;
  day: number | null;
}

export interface TitleToken {
  /** At 《. */
  start: number;
  /** After 》. */
  end: number;
  /** After the notes that follow the title: （2021年修正）, （以下简称《征管法》）. */
  tailEnd: number;
  /** The title as written, version note stripped. */
  name: string;
  law: LawName | null;
  note: VersionNote | null;
  /** The short name the document defines for this title (以下简称…). */
  alias: string | null;
  /** Where an article cited inside the marks starts (《…条例第二十五条规定》), else null. */
  inner: number | null;
}

export type LawSource =
  | { kind: 'title'; title: TitleToken }
  | { kind: 'name'; law: LawName; note: VersionNote | null }
  /** 本法, 该法, 同法, 该条例 …: the law last named. */
  | { kind: 'pronoun'; word: string }
  /** 同条 / 本条: the article last cited. */
  | { kind: 'same-article' }
  /** 前款: the paragraph before the one last cited. */
  | { kind: 'previous-paragraph' }
  /** Nothing names the law; `before` is the text just before, checked later against 以下简称 names. */
  | { kind: 'none'; before: string };

export interface CiteElement {
  start: number;
  end: number;
  article: number | null;
  /** 第十条之一 → 1: the article inserted after article 10, numbered apart. */
  sub: number | null;
  paragraph: number | null;
  item: number | null;
  /** Second end of a range (第十条至第十二条): the articles in between are cited too. */
  rangeFromPrevious: boolean;
}

export interface CiteGroup {
  /** Start of the law source (title, name, pronoun) or of the first element. */
  start: number;
  source: LawSource;
  elements: CiteElement[];
}

export interface Citations {
  titles: TitleToken[];
  groups: CiteGroup[];
}

/** Numeral characters by char code: `s[i]` makes a one-character string for every CJK character. */
const NUMERAL_CODE = new Set([...'0123456789零〇一二两三四五六七八九十百千万'].map((c) => c.charCodeAt(0)));
const isNumeralAt = (s: string, i: number) => NUMERAL_CODE.has(s.charCodeAt(i));
const DI = 0x7b2c; // 第
const OPEN = 0x28; // ( (full-width brackets are folded)
const CLOSE = 0x29;
const ITEM = 0x9879; // 项
const ZHI = 0x4e4b; // 之
const UNIT_CODE = new Map<number, 'article' | 'paragraph' | 'item'>([
  [0x6761, 'article'], // 条
  [0x6b3e, 'paragraph'], // 款
  [ITEM, 'item'],
]);
const LEVEL = { article: 0, paragraph: 1, item: 2 } as const;
const LIST_CONNECTORS = ['以及', '或者', '、', ',', '，', '和', '及', '与', '或', '并'];
const RANGE_CONNECTORS = ['至', '到', '-', '~', '～', '—'];
const PRONOUNS = [
  '上述法律',
  '前述法律',
  '同条例',
  '该条例',
  '本条例',
  '上述条例',
  '该法律',
  '本办法',
  '该办法',
  '本规定',
  '该规定',
  '本细则',
  '该细则',
  '本法',
  '该法',
  '同法',
  '此法',
];
const MAX_TITLE = 80;
const MAX_NUMERAL = 12;

/** Numerals seen before: a document cites the same few article numbers over and over. */
const numeralValues = new Map<string, number | null>();

/** Parses a numeral at `pos`: [value, end], or null. */
function numeralAt(s: string, pos: number): [number, number] | null {
  let end = pos;
  while (end < s.length && end - pos < MAX_NUMERAL && isNumeralAt(s, end)) end++;
  if (end === pos) return null;
  const text = s.slice(pos, end);
  let value = numeralValues.get(text);
  if (value === undefined) {
    value = chineseToInt(text);
    if (numeralValues.size > 10_000) numeralValues.clear();
    numeralValues.set(text, value);
  }
  return value !== null && value > 0 ? [value, end] : null;
}

interface Level {
  kind: 'article' | 'paragraph' | 'item';
  value: number;
  end: number;
  sub?: number;
}

/** One level: [第] numeral unit, or [第] (numeral) 项. `needDi`: the level must start with 第. */
function levelAt(s: string, pos: number, needDi: boolean): Level | null {
  let p = pos;
  if (s.charCodeAt(p) === DI) p++;
  else if (needDi) return null;
  if (s.charCodeAt(p) === OPEN) {
    const n = numeralAt(s, p + 1);
    if (!n || s.charCodeAt(n[1]) !== CLOSE) return null;
    if (s.charCodeAt(n[1] + 1) === ITEM) return { kind: 'item', value: n[0], end: n[1] + 2 };
    // 第（一）、（二）项: items listed before one 项.
    return sharedUnit(s, n[1] + 1) === 'item' ? { kind: 'item', value: n[0], end: n[1] + 1 } : null;
  }
  const n = numeralAt(s, p);
  if (!n) return null;
  // 第一、二项 / 第六十、六十二条: numbers listed before one unit.
  const unit = UNIT_CODE.get(s.charCodeAt(n[1]));
  const kind = unit ?? sharedUnit(s, n[1]);
  if (!kind) return null;
  const end = unit ? n[1] + 1 : n[1];
  // 第十条之一 is an article of its own, inserted after article 10.
  if (kind === 'article' && unit && s.charCodeAt(end) === ZHI) {
    const sub = numeralAt(s, end + 1);
    if (sub) return { kind, value: n[0], end: sub[1], sub: sub[0] };
  }
  return { kind, value: n[0], end };
}

const SHARED_CONNECTORS = new Set([...'、和及或'].map((c) => c.charCodeAt(0)));

/** The unit that a list of bare numbers starting at `pos` (、二、三项) ends with, if any. */
function sharedUnit(s: string, pos: number): Level['kind'] | null {
  let p = pos;
  for (let k = 0; k < 20 && SHARED_CONNECTORS.has(s.charCodeAt(p)); k++) {
    let q = p + 1;
    if (s.charCodeAt(q) === DI) q++;
    const paren = s.charCodeAt(q) === OPEN;
    const n = numeralAt(s, paren ? q + 1 : q);
    if (!n) return null;
    let end = n[1];
    if (paren) {
      if (s.charCodeAt(end) !== CLOSE) return null;
      end++;
    }
    const unit = UNIT_CODE.get(s.charCodeAt(end));
    if (unit) return paren && unit !== 'item' ? null : unit;
    p = end;
  }
  return null;
}

/** 第N条[第N款][第N项] at `pos`; levels after the first may omit 第. */
function elementAt(s: string, pos: number, needDi: boolean): CiteElement | null {
  const first = levelAt(s, pos, needDi);
  if (!first) return null;
  const el: CiteElement = {
    start: pos,
    end: first.end,
    article: null,
    sub: null,
    paragraph: null,
    item: null,
    rangeFromPrevious: false,
  };
  let last = first;
  set(el, first);
  for (;;) {
    const next = levelAt(s, el.end, false);
    if (!next || LEVEL[next.kind] <= LEVEL[last.kind]) break;
    set(el, next);
    el.end = next.end;
    last = next;
  }
  return el;
}

function set(el: CiteElement, level: Level): void {
  if (level.kind === 'article') {
    el.article = level.value;
    el.sub = level.sub ?? null;
  } else if (level.kind === 'paragraph') el.paragraph = level.value;
  else el.item = level.value;
}

function topLevel(el: CiteElement): number {
  return el.article !== null ? 0 : el.paragraph !== null ? 1 : 2;
}

function connectorAt(s: string, pos: number, list: string[]): number {
  for (const c of list) if (s.startsWith(c, pos)) return pos + c.length;
  return -1;
}

/** 第十至十二条: a range whose first end has no unit. Returns both elements or null. */
function shortRangeAt(s: string, pos: number): [CiteElement, CiteElement] | null {
  if (s.charCodeAt(pos) !== DI) return null;
  const a = numeralAt(s, pos + 1);
  if (!a) return null;
  const after = connectorAt(s, a[1], RANGE_CONNECTORS);
  if (after < 0) return null;
  const second = elementAt(s, after, false);
  if (!second || topLevel(second) !== 0 || second.paragraph !== null || second.item !== null) return null;
  const first: CiteElement = {
    start: pos,
    end: a[1],
    article: a[0],
    sub: null,
    paragraph: null,
    item: null,
    rangeFromPrevious: false,
  };
  second.rangeFromPrevious = true;
  return [first, second];
}

/** The elements of a group starting at `pos` (a 第, or a bare numeral right after a title). */
function elementsAt(s: string, pos: number, needDi = true): CiteElement[] {
  const range = shortRangeAt(s, pos);
  const elements: CiteElement[] = [];
  let prev: CiteElement | null = null;
  let p = pos;
  if (range) {
    elements.push(...range);
    prev = range[1];
    p = range[1].end;
  } else {
    const first = elementAt(s, pos, needDi);
    if (!first) return elements;
    elements.push(first);
    prev = first;
    p = first.end;
  }
  for (;;) {
    let isRange = false;
    let q = connectorAt(s, p, RANGE_CONNECTORS);
    if (q >= 0) isRange = true;
    else q = connectorAt(s, p, LIST_CONNECTORS);
    if (q < 0) break;
    // A comma continues the list only when the next element starts with 第.
    const needDi = s[p] === '，' || s[p] === ',';
    const el = elementAt(s, q, needDi);
    if (!el) break;
    // A lower-level element inherits what it omits from the one before (第（一）项、第（二）项).
    const top = topLevel(el);
    if (top >= 1 && el.article === null) el.article = prev.article;
    if (top >= 2 && el.paragraph === null) el.paragraph = prev.paragraph;
    if (isRange) {
      // Ranges only between articles of the same level.
      if (top !== 0 || prev.article === null || el.article === null || el.article <= prev.article) break;
      el.rangeFromPrevious = true;
    }
    elements.push(el);
    prev = el;
    p = el.end;
  }
  return elements;
}

function parseNote(inner: string): VersionNote | null {
  const m = /^(\d{4})年(?:(\d{1,2})月(?:(\d{1,2})日)?)?(?:修正|修订|修改|版|施行|公布|颁布|发布)/.exec(inner);
  if (!m) return null;
  return { year: Number(m[1]), month: m[2] ? Number(m[2]) : null, day: m[3] ? Number(m[3]) : null };
}

const ALIAS = /^\(以下(?:简)?称[:：]?[《“"']?([^》”"')(]{1,20}?)[》”"']?\)/;

/** The parenthesized group at `pos` ("(" … ")", short): its inner text and end, or null. */
function parenAt(s: string, pos: number): [string, number] | null {
  if (s[pos] !== '(') return null;
  const close = s.indexOf(')', pos + 1);
  if (close < 0 || close - pos > 40) return null;
  return [s.slice(pos + 1, close), close + 1];
}

function titleAt(s: string, open: number, names: LawNames): TitleToken | null {
  let close = -1;
  for (let j = open + 1; j < s.length && j - open <= MAX_TITLE; j++) {
    const c = s[j];
    if (c === '《') return null;
    if (c === '》') {
      close = j;
      break;
    }
  }
  if (close <= open + 1) return null;
  let name = s.slice(open + 1, close);
  let note: VersionNote | null = null;
  // A version note written inside the title: 《中华人民共和国食品安全法(2021年修正)》.
  const inner = /\(([^()]*)\)$/.exec(name);
  if (inner) {
    const n = parseNote(inner[1] ?? '');
    if (n) {
      note = n;
      name = name.slice(0, inner.index);
    }
  }
  const token: TitleToken = {
    start: open,
    end: close + 1,
    tailEnd: close + 1,
    name,
    law: names.lookup(name),
    note,
    alias: null,
    inner: null,
  };
  if (!token.law) citedInside(s, token, names);
  for (let k = 0; k < 2; k++) {
    const paren = parenAt(s, token.tailEnd);
    if (!paren) break;
    const n = parseNote(paren[0]);
    const alias = ALIAS.exec(s.slice(token.tailEnd, paren[1]));
    if (n && !token.note) token.note = n;
    else if (alias?.[1] && !token.alias) token.alias = alias[1];
    else break;
    token.tailEnd = paren[1];
  }
  return token;
}

/** 《…条例第二十五条规定》: a law's name and an article written inside one pair of marks. */
function citedInside(s: string, token: TitleToken, names: LawNames): void {
  const open = token.start;
  for (let i = s.indexOf('第', open + 1); i > open && i < token.end; i = s.indexOf('第', i + 1)) {
    const law = names.lookup(s.slice(open + 1, i));
    if (!law) continue;
    if (!elementAt(s, i, true)) return;
    token.law = law;
    token.name = s.slice(open + 1, i);
    token.inner = i;
    return;
  }
}

/** What names the law of a group whose first element starts at `pos`. */
function sourceBefore(s: string, pos: number, titles: TitleToken[], names: LawNames): [number, LawSource] {
  for (let k = 0; k < titles.length; k++) {
    const title = titles[k] as TitleToken;
    if (title.tailEnd === pos || title.inner === pos) return [title.start, { kind: 'title', title }];
  }
  if (s.startsWith('同条', pos - 2) || s.startsWith('本条', pos - 2))
    return [pos - 2, { kind: 'same-article' }];
  if (s.startsWith('前款', pos - 2)) return [pos - 2, { kind: 'previous-paragraph' }];
  for (const word of PRONOUNS) {
    if (s.startsWith(word, pos - word.length)) return [pos - word.length, { kind: 'pronoun', word }];
  }
  // A bare name, possibly followed by a version note: 食品安全法(2021年修正)第…条.
  let end = pos;
  let note: VersionNote | null = null;
  if (s[pos - 1] === ')') {
    const open = s.lastIndexOf('(', pos - 1);
    if (open >= 0 && pos - open <= 30) {
      note = parseNote(s.slice(open + 1, pos - 1));
      if (note) end = open;
    }
  }
  const named = names.endingAt(s, end);
  if (named) return [named[0], { kind: 'name', law: named[1], note }];
  return [pos, { kind: 'none', before: s.slice(Math.max(0, pos - 16), pos) }];
}

/** All titles and citation groups in normalized text `s`. */
// biome-ignore lint/complexity/noExcessiveCognitiveComplexity: one pass over the sentence, each branch a citation form; the recognizers change often, split them when they settle
export function findCitations(s: string, names: LawNames): Citations {
  const titles: TitleToken[] = [];
  for (let i = s.indexOf('《'); i >= 0; i = s.indexOf('《', i + 1)) {
    const t = titleAt(s, i, names);
    if (t) {
      titles.push(t);
      i = t.end - 1;
    }
  }
  // 《…法》二十五条第四款: an article without 第 right after the title of a law.
  const bare: CiteGroup[] = [];
  for (const t of titles) {
    if (!t.law || !isNumeralAt(s, t.tailEnd)) continue;
    const elements = elementsAt(s, t.tailEnd, false);
    if (elements[0]?.article == null) continue;
    bare.push({ start: t.start, source: { kind: 'title', title: t }, elements });
  }
  const groups: CiteGroup[] = [];
  let ti = 0;
  let bi = 0;
  let consumed = 0;
  for (let i = s.indexOf('第'); i >= 0; i = s.indexOf('第', Math.max(i + 1, consumed))) {
    if (i < consumed) continue;
    // A 第 inside a title (《…第二次修正》) is part of the title.
    while (ti < titles.length && (titles[ti]?.end ?? 0) <= i) ti++;
    const t = titles[ti];
    if (t && t.start < i && i < t.end && (t.inner === null || i < t.inner)) {
      consumed = t.end;
      continue;
    }
    // A 第 inside a group that starts without one (二十条第一款) belongs to that group.
    while (bi < bare.length && (bare[bi]?.elements.at(-1)?.end ?? 0) <= i) bi++;
    const b = bare[bi];
    if (b && (b.elements[0]?.start ?? 0) <= i) {
      consumed = b.elements.at(-1)?.end ?? i + 1;
      continue;
    }
    const elements = elementsAt(s, i);
    if (elements.length === 0) continue;
    const last = elements[elements.length - 1] as CiteElement;
    // The closing mark right after an article cited inside the marks belongs to the citation.
    if (t?.inner !== null && t?.inner !== undefined && t.end === last.end + 1) last.end = t.end;
    const [start, source] = sourceBefore(s, i, titles, names);
    groups.push({ start, source, elements });
    consumed = last.end;
  }
  const cited = groups.length;
  groups.push(...bare);
  for (let i = s.indexOf('前款'); i >= 0; i = s.indexOf('前款', i + 2)) {
    if (s.charCodeAt(i + 2) === DI) continue; // 前款第（一）项: a group whose source is 前款, found above
    const el: CiteElement = {
      start: i,
      end: i + 2,
      article: null,
      sub: null,
      paragraph: null,
      item: null,
      rangeFromPrevious: false,
    };
    groups.push({ start: i, source: { kind: 'previous-paragraph' }, elements: [el] });
  }
  // The 第 groups come in order; bare-numeral and bare 前款 groups are added after them.
  if (groups.length > cited) groups.sort((a, b) => a.start - b.start);
  return { titles, groups };
}
