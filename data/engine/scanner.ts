// Scanning a document: split it into sentences, recognize each sentence on its own (cached by its
// text, so an edit re-recognizes only the sentences it touched), then one cheap pass in document
// order resolves what depends on context: 该法 / 同条 / 前款, 以下简称 names, the act date, which
// penalty provision each fine belongs to.
import { type DateMention, findActDates, pickActDate } from './act-date.ts';
import type {
  DocumentMention,
  FineMention,
  MatterMention,
  Reference,
  ScanOptions,
  ScanResult,
} from './api.ts';
import { type DocNumber, type DocumentIndex, findDocNumbers } from './doc-numbers.ts';
import {
  type Bases,
  checkFine,
  checkMultiple,
  checkTier,
  consistentAmount,
  reductionOf,
} from './fine-check.ts';
import type { LawName, LawNames } from './law-names.ts';
import type { MatterIndex } from './matter-index.ts';
import type { MentionIndex } from './mentions.ts';
import type { FineRule, IsoDate, Matter, ProvisionRef, Tier } from './model.ts';
import { type Amount, findAmounts } from './money.ts';
import {
  type Normalized,
  normalize,
  normalizeKey,
  normalizeScratch,
  originalEnd,
  originalStart,
} from './normalize.ts';
import {
  type Citations,
  type CiteElement,
  type CiteGroup,
  findCitations,
  type TitleToken,
  type VersionNote,
} from './recognize.ts';
import type { Resolver } from './resolve.ts';

export interface ScanDeps {
  names: LawNames;
  resolver: Resolver;
  matters: MatterIndex;
  mentions: MentionIndex;
  documents: DocumentIndex;
}

/** One sentence recognized on its own; offsets are relative to the sentence's start in the original. */
interface Local {
  titles: readonly (TitleToken & { oStart: number; oEnd: number })[];
  groups: readonly {
    group: CiteGroup;
    oStart: number;
    els: [number, number][];
    before: [string, number[]] | null;
  }[];
  amounts: readonly (Amount & {
    oStart: number;
    oEnd: number;
    text: string;
    multiple?: Located<NonNullable<Amount['multiple']>>;
  })[];
  dates: readonly DateMention[];
  mentions: readonly (MatterMention & { oStart: number; oEnd: number })[];
  documents: readonly (DocNumber & { oStart: number; oEnd: number; text: string })[];
  /**
   * The sentence's context passes, valid while `under` is the scan state's resolutions: one, or a
   * map by context when a repeated sentence meets several. Kept here, not in a WeakMap: a field is
   * cheaper to reach than an ephemeron table, and the sentence is this state's own.
   */
  passes?: { under: Map<string, Resolved>; known: Pass | Map<string, Pass> };
}

/** A token with its offsets in the original sentence and its text there. */
type Located<T> = T & { oStart: number; oEnd: number; text: string };

const SOFT_LIMIT = 3000;
/** One empty list shared by every sentence that has nothing of a kind. */
const EMPTY: readonly never[] = Object.freeze([]);
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
const LAW_LIKE = /(法|条例|规定|办法|细则|规则|决定|解释|章程)$/;
const MAX_RANGE = 200;

const FULL_STOP = 0x3002; // 。
const EXCLAIM = 0xff01; // ！
const QUESTION = 0xff1f; // ？
const NEWLINE = 0x0a;
const SEMICOLON = 0xff1b; // ；
const COMMA = 0xff0c; // ，

/** Sentence boundaries: after 。！？, at blank lines, and long runs cut at a line break or ；，. */
function sentences(text: string): number[] {
  return cutFrom(text, [0], Number.POSITIVE_INFINITY, null, 0);
}

/**
 * Cuts `text` starting after the last of `cuts`. Once past `resyncAfter`, a cut that `old` (the
 * previous text's cuts, shifted by `delta`) also has means the rest is as before: its cuts are copied.
 */
function cutFrom(
  text: string,
  cuts: number[],
  resyncAfter: number,
  old: number[] | null,
  delta: number,
): number[] {
  let last = cuts[cuts.length - 1] ?? 0;
  let j = 0; // old[j] is the first old cut not yet passed
  for (let i = last; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (
      c === FULL_STOP ||
      c === EXCLAIM ||
      c === QUESTION ||
      c === 0x21 ||
      c === 0x3f ||
      (c === NEWLINE && text.charCodeAt(i + 1) === NEWLINE) ||
      (i - last > SOFT_LIMIT && (c === NEWLINE || c === SEMICOLON || c === COMMA))
    ) {
      cuts.push(i + 1);
      last = i + 1;
      if (old && last > resyncAfter) {
        while (j < old.length && (old[j] ?? 0) < last - delta) j++;
        if (old[j] === last - delta) {
          for (let k = j + 1; k < old.length; k++) cuts.push((old[k] ?? 0) + delta);
          return cuts;
        }
      }
    }
  }
  if (cuts[cuts.length - 1] !== text.length) cuts.push(text.length);
  return cuts;
}

/**
 * The whole text normalized once (a full scan), and where the last sentence looked up in it ended:
 * sentences are looked up in order, so the next one's search starts there.
 */
interface Whole {
  norm: Normalized;
  from: number;
  end: number;
  /** The current sentence's view into `norm`, one object rewritten per sentence (recognize keeps none). */
  view: Normalized;
}

/** The normalized sentence [from, to): a view into the whole text's normalization when there is one. */
function normalizedSentence(text: string, from: number, to: number, whole: Whole | null): Normalized {
  if (!whole) return normalize(text, from, to);
  const map = whole.norm.map;
  const a = lowerBound(map, from, from >= whole.from ? whole.end : 0);
  const b = lowerBound(map, to, a);
  whole.from = from;
  whole.end = b;
  // map[b] is the next kept character's index, not `to`: it only serves empty spans, never reported.
  whole.view.text = whole.norm.text.slice(a, b);
  whole.view.at = a;
  return whole.view;
}

/**
 * First index i >= lo with map[i] >= x (map is increasing; map[lo - 1] < x). Gallops from lo: the
 * next sentence starts where the last ended, a few dozen characters on.
 */
function lowerBound(map: Uint32Array, x: number, lo: number): number {
  let hi = map.length - 1;
  for (let step = 1; lo + step < hi; step *= 2) {
    if ((map[lo + step] ?? 0) >= x) {
      hi = lo + step;
      break;
    }
    lo += step;
  }
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((map[mid] ?? 0) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Original start and end relative to the sentence (no pair to allocate: this runs for every token). */
const relStart = (norm: Normalized, from: number, a: number) => originalStart(norm, a) - from;
const relEnd = (norm: Normalized, from: number, a: number, b: number) => originalEnd(norm, a, b) - from;

/** Words inside a citation cite, they do not describe a violation. */
function inCitation(c: Citations, m: { start: number; end: number }): boolean {
  for (const t of c.titles) if (t.start < m.end && m.start < t.tailEnd) return true;
  for (const g of c.groups) if (g.start < m.end && m.start < (g.elements.at(-1)?.end ?? g.start)) return true;
  return false;
}

// Plain loops, no closures: this runs once per sentence of every document scanned.
function recognize(
  text: string,
  from: number,
  to: number,
  deps: ScanDeps,
  whole: Whole | null = null,
): Local {
  const norm: Normalized = normalizedSentence(text, from, to, whole);
  const s = norm.text;
  // Most sentences cite nothing, state no amount and no date: they share empty lists.
  const cites = s.includes('第') || s.includes('《') || s.includes('前款');
  const found = cites ? findCitations(s, deps.names) : NO_CITATIONS;
  const local: Local = {
    titles: EMPTY,
    groups: EMPTY,
    amounts: EMPTY,
    dates: EMPTY,
    mentions: EMPTY,
    documents: EMPTY,
  };
  let any = false;
  if (found.titles.length) {
    any = true;
    // The tokens are this sentence's own: annotated in place rather than copied.
    const titles = found.titles as Local['titles'][number][];
    for (const t of titles) {
      t.oStart = relStart(norm, from, t.start);
      t.oEnd = relEnd(norm, from, t.start, t.tailEnd);
    }
    local.titles = titles;
  }
  if (found.groups.length) {
    any = true;
    const groups: Local['groups'][number][] = [];
    for (const g of found.groups) {
      const oStart = relStart(norm, from, g.start);
      const els: [number, number][] = [];
      for (let i = 0; i < g.elements.length; i++) {
        const e = g.elements[i] as CiteElement;
        const a = i === 0 ? g.start : e.start;
        els.push([relStart(norm, from, a), relEnd(norm, from, a, e.end)]);
      }
      let before: [string, number[]] | null = null;
      if (g.source.kind === 'none') {
        const a = Math.max(0, g.start - g.source.before.length);
        const map: number[] = [];
        for (let i = a; i < g.start; i++) map.push(relStart(norm, from, i));
        before = [g.source.before, map];
      }
      groups.push({ group: g, oStart, els, before });
    }
    local.groups = groups;
  }
  if (s.includes('元')) {
    const amounts = findAmounts(s) as Local['amounts'][number][];
    for (const a of amounts) {
      a.oStart = relStart(norm, from, a.start);
      a.oEnd = relEnd(norm, from, a.start, a.end);
      a.text = text.slice(from + a.oStart, from + a.oEnd);
      const m = a.multiple as Located<NonNullable<Amount['multiple']>> | undefined;
      if (m) {
        m.oStart = relStart(norm, from, m.start);
        m.oEnd = relEnd(norm, from, m.start, m.end);
        m.text = text.slice(from + m.oStart, from + m.oEnd);
      }
    }
    if (amounts.length) {
      local.amounts = amounts;
      any = true;
    }
  }
  if (s.includes('号')) {
    const docs = findDocNumbers(s) as Local['documents'][number][];
    for (const d of docs) {
      d.oStart = relStart(norm, from, d.start);
      d.oEnd = relEnd(norm, from, d.start, d.end);
      d.text = text.slice(from + d.oStart, from + d.oEnd);
    }
    if (docs.length) {
      local.documents = docs;
      any = true;
    }
  }
  if (s.includes('年')) {
    const dates = findActDates(s);
    if (dates.length) {
      local.dates = dates;
      any = true;
    }
  }
  const words = deps.mentions.find(s);
  if (words.length) {
    const mentions: Local['mentions'][number][] = [];
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
    if (mentions.length) {
      local.mentions = mentions;
      any = true;
    }
  }
  return any ? local : NOTHING;
}

interface LawRef {
  lawId: string | null;
  title: string;
  note: VersionNote | null;
  /** Law and version note as one string, built once: context signatures and memo keys use it. */
  key: string;
}

/** What a cited provision resolves to, the same wherever the document cites it. */
interface Resolved {
  law: Reference['law'];
  status: Reference['status'];
  coverage?: Reference['coverage'];
  matters: string[];
  changedBetweenVersions: boolean;
  versionNote: string | null;
  /** The penalty matters it points at (for tying fines) and the violated ones (for narrowing). */
  penaltyMatters: Matter[];
  violatedMatters: Matter[];
  /** Distinct fine rule sets of the penalty matters, computed when a fine first needs them. */
  ruleSets?: Map<string, FineRule[][]>;
}

/** A reference found in one sentence, offsets relative to the sentence. */
interface RelRef {
  start: number;
  end: number;
  text: string;
  article: number;
  sub: number | null;
  paragraph: number | null;
  item: number | null;
  info: Resolved;
}

interface RefOut {
  ref: Reference;
  info: Resolved;
}

/** What the context pass carries from one sentence to the next. */
interface Context {
  lastLaw: LawRef | null;
  last: { law: LawRef; article: number; paragraph: number | null } | null;
  /** 以下简称 names; replaced, never mutated, so a sentence's cached pass can keep its snapshot. */
  aliases: Map<string, LawRef>;
  aliasSig: string;
  /** All of the above as one string: equal contexts give equal passes. */
  sig: string;
}

function context(
  lastLaw: LawRef | null,
  last: Context['last'],
  aliases: Map<string, LawRef>,
  aliasSig: string,
): Context {
  const sig = `${lawKey(lastLaw)}#${last ? `${lawKey(last.law)}:${last.article}:${last.paragraph}` : ''}#${aliasSig}`;
  return { lastLaw, last, aliases, aliasSig, sig };
}

/** A sentence's context pass, reusable while the context it started from is the same. */
interface Pass {
  sig: string;
  refs: RelRef[];
  out: Context;
}

interface Sentence {
  from: number;
  to: number;
  local: Local;
  /** The references last built for this sentence at this position, and the pass they came from. */
  built?: { pass: Pass; from: number; refs: RefOut[] };
}

export interface ScannerState {
  /** Sentences recognized before, by their text. */
  cache: Map<string, Local>;
  /** The last text scanned and its sentences, for reuse by position after an edit. */
  text: string | null;
  sentences: Sentence[];
  /** Resolutions under `context` (act date, date of decision): an edit rarely changes them. */
  context: string;
  resolved: Map<string, Resolved>;
}

export function newState(): ScannerState {
  return {
    cache: new Map(),
    text: null,
    sentences: [],
    context: '',
    resolved: new Map(),
  };
}

const MAX_CACHE = 20_000;
const MAX_PASSES = 256;

/** An edit: [start, end) in the new text replaced [start, end - delta) of the previous one. */
export interface Edit {
  start: number;
  end: number;
}

interface Reuse {
  cuts: number[];
  old: Sentence[];
  delta: number;
  start: number;
  end: number;
}

/**
 * After an edit: the sentence cuts, recomputed only around the edit, and what is needed to take the
 * untouched sentences over by position. Null when there is nothing to reuse or the hint is wrong.
 */
function reusable(text: string, edit: Edit | null, state: ScannerState): Reuse | null {
  const prev = state.text;
  if (!edit || prev === null || state.sentences.length === 0) return null;
  const delta = text.length - prev.length;
  const oldEnd = edit.end - delta;
  // The hint is checked, not trusted: a wrong one would return stale results.
  if (oldEnd < edit.start || oldEnd > prev.length) return null;
  if (text.slice(0, edit.start) !== prev.slice(0, edit.start) || text.slice(edit.end) !== prev.slice(oldEnd))
    return null;
  // Cuts well before the edit stand (a cut depends on the two characters around it).
  const kept: number[] = [0];
  const later: number[] = [];
  for (const sen of state.sentences) {
    if (sen.to < edit.start - 1) kept.push(sen.to);
    else if (sen.to > oldEnd + 1) later.push(sen.to);
  }
  return {
    cuts: cutFrom(text, kept, edit.end + 1, later, delta),
    old: state.sentences,
    delta,
    start: edit.start,
    end: edit.end,
  };
}

export function scanText(
  text: string,
  options: ScanOptions,
  deps: ScanDeps,
  state: ScannerState,
  edit: Edit | null = null,
): ScanResult {
  const reuse = reusable(text, edit, state);
  const cuts = reuse ? reuse.cuts : sentences(text);
  // A full scan normalizes the text once; after an edit only the touched sentences are normalized.
  const norm = reuse ? null : normalizeScratch(text);
  const whole: Whole | null = norm && { norm, from: 0, end: 0, view: { text: '', map: norm.map, at: 0 } };
  const list: Sentence[] = new Array(cuts.length - 1);
  if (state.cache.size > MAX_CACHE) state.cache = new Map();
  let p = 0; // next previous sentence that may match
  for (let i = 0; i + 1 < cuts.length; i++) {
    const from = cuts[i] ?? 0;
    const to = cuts[i + 1] ?? text.length;
    if (reuse && (to <= reuse.start || from >= reuse.end)) {
      // Untouched by the edit: the previous sentence with the same bounds (shifted after the edit).
      const shift = from >= reuse.end ? reuse.delta : 0;
      while (p < reuse.old.length && (reuse.old[p]?.from ?? 0) < from - shift) p++;
      const old = reuse.old[p];
      if (old && old.from === from - shift && old.to === to - shift) {
        // Moved in place: the previous list is dropped, and its references are rebuilt where moved.
        old.from = from;
        old.to = to;
        list[i] = old;
        p++;
        continue;
      }
    }
    const key = text.slice(from, to);
    let local = state.cache.get(key);
    if (!local) {
      local = recognize(text, from, to, deps, whole);
      state.cache.set(key, local);
    }
    list[i] = { from, to, local };
  }
  state.text = text;
  state.sentences = list;

  const asOf: IsoDate = options.asOf ?? new Date().toISOString().slice(0, 10);
  const dates: DateMention[] = [];
  for (let i = 0; i < list.length; i++) {
    const found = (list[i] as Sentence).local.dates;
    for (let k = 0; k < found.length; k++) dates.push(found[k] as DateMention);
  }
  const actDate = pickActDate(dates);
  const context = `${actDate}|${asOf}`;
  if (state.context !== context || state.resolved.size > MAX_CACHE) {
    state.context = context;
    state.resolved = new Map();
  }
  const references = resolveReferences(list, deps, { actDate, asOf, date: actDate ?? asOf }, state);
  const fines = tieFines(list, references, deps, options.tierId ?? null);
  const mentions: MatterMention[] = [];
  const documents: DocumentMention[] = [];
  for (let i = 0; i < list.length; i++) {
    const { from, local } = list[i] as Sentence;
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
    for (let k = 0; k < local.mentions.length; k++) {
      const m = local.mentions[k] as Local['mentions'][number];
      const start = from + m.oStart;
      const end = from + m.oEnd;
      mentions.push({ start, end, text: m.text, matterId: m.matterId, score: m.score });
    }
  }
  return { references: references.map((r) => r.ref), fines, mentions, documents, actDate, asOf };
}

const lawKey = (l: LawRef | null) => (l ? l.key : '');

function resolveReferences(
  list: Sentence[],
  deps: ScanDeps,
  dates: { actDate: IsoDate | null; asOf: IsoDate; date: IsoDate },
  state: ScannerState,
): RefOut[] {
  const out: RefOut[] = [];
  let ctx: Context = context(null, null, new Map(), '');
  for (let i = 0; i < list.length; i++) {
    const sen = list[i] as Sentence;
    const { from, local } = sen;
    if (local.groups.length === 0 && local.titles.length === 0) continue;
    const sig = ctx.sig;
    // The same sentence text at another place (or after an edit elsewhere) gives the same references
    // when it starts from the same context.
    const known = local.passes?.under === state.resolved ? local.passes.known : undefined;
    let pass = known instanceof Map ? known.get(sig) : known?.sig === sig ? known : undefined;
    if (!pass) {
      pass = passSentence(local, ctx, deps, dates, state.resolved, state.text ?? '', from);
      if (known === undefined) local.passes = { under: state.resolved, known: pass };
      else if (!(known instanceof Map))
        local.passes = {
          under: state.resolved,
          known: new Map([
            [known.sig, known],
            [sig, pass],
          ]),
        };
      else {
        // Boilerplate repeated after each of many passages meets as many contexts: a small cap
        // would clear the map over and over.
        if (known.size >= MAX_PASSES) known.clear();
        known.set(sig, pass);
      }
    }
    if (sen.built?.pass !== pass || sen.built.from !== from) {
      sen.built = {
        pass,
        from,
        refs: pass.refs.map((r) => ({
          ref: {
            start: from + r.start,
            end: from + r.end,
            text: r.text,
            // Shared and frozen: every citation of a provision carries the same law and matters.
            law: r.info.law,
            article: r.article,
            ...(r.sub ? { sub: r.sub } : {}),
            paragraph: r.paragraph,
            item: r.item,
            status: r.info.status,
            ...(r.info.coverage ? { coverage: r.info.coverage } : {}),
            matters: r.info.matters,
            changedBetweenVersions: r.info.changedBetweenVersions,
            versionNote: r.info.versionNote,
          },
          info: r.info,
        })),
      };
    }
    const refs = sen.built.refs;
    for (let k = 0; k < refs.length; k++) out.push(refs[k] as RefOut);
    ctx = pass.out;
  }
  return out;
}

type Cited = { article: number; sub?: number | null; paragraph: number | null; item: number | null };

/** The state of one sentence's context pass. Plain functions over it: this runs for every citing sentence. */
interface Walk {
  refs: RelRef[];
  lastLaw: LawRef | null;
  last: Context['last'];
  aliases: Map<string, LawRef>;
  aliasSig: string;
  lawSetHere: boolean;
  deps: ScanDeps;
  dates: { actDate: IsoDate | null; asOf: IsoDate; date: IsoDate };
  memo: Map<string, Resolved>;
  text: string;
  from: number;
}

/** A law named without a version note is the same LawRef wherever it is named. */
const plainLaws = new WeakMap<LawName, LawRef>();

function lawOf(name: LawName | null, written: string, note: VersionNote | null): LawRef {
  if (name && !note) {
    let law = plainLaws.get(name);
    if (!law) {
      law = { lawId: name.lawId, title: name.title, note: null, key: `${name.lawId}@` };
      plainLaws.set(name, law);
    }
    return law;
  }
  const lawId = name ? name.lawId : null;
  const title = name ? name.title : written;
  const key = `${lawId ?? `?${title}`}@${note ? `${note.year}-${note.month}-${note.day}` : ''}`;
  return { lawId, title, note, key };
}

/** What a cited provision resolves to, memoized for the document's dates. */
function resolveCited(w: Walk, law: LawRef, cited: Cited): Resolved {
  const key = `${lawKey(law)}|${cited.article}|${cited.sub ?? ''}|${cited.paragraph}|${cited.item}`;
  let info = w.memo.get(key);
  if (info) return info;
  if (!law.lawId) {
    info = {
      law: Object.freeze({ lawId: null, title: law.title, version: null }),
      status: 'unknown-law',
      matters: Object.freeze([]) as unknown as string[],
      changedBetweenVersions: false,
      versionNote: null,
      penaltyMatters: [],
      violatedMatters: [],
    };
  } else {
    const { deps, dates } = w;
    const r = deps.resolver.resolve(law.lawId, cited, {
      actDate: dates.actDate,
      asOf: dates.asOf,
      note: law.note,
    });
    const resolved = r?.exists === true;
    const ref: ProvisionRef = {
      lawId: law.lawId,
      article: cited.article,
      paragraph: cited.paragraph,
      item: cited.item,
    };
    const used = r?.version.id ?? null;
    const penaltyMatters = resolved ? deps.matters.byProvision(ref, 'penalty', used, dates.date) : [];
    const violatedMatters = resolved ? deps.matters.byProvision(ref, 'violated', used, dates.date) : [];
    info = {
      law: Object.freeze({
        lawId: law.lawId,
        title: r?.version.title ?? law.title,
        // Before the earliest bundled version no version applies: the one held is later.
        version: r?.notBundled ? null : (r?.version.issued ?? null),
      }),
      status: resolved ? 'resolved' : r?.notBundled ? 'version-not-bundled' : 'no-such-article',
      ...(r?.notBundled ? { coverage: Object.freeze({ ...r.notBundled }) } : {}),
      matters: Object.freeze([
        ...new Set([...violatedMatters, ...penaltyMatters].map((m) => m.id)),
      ]) as string[],
      changedBetweenVersions: r?.changedBetweenVersions ?? false,
      versionNote: r?.versionNote ?? null,
      penaltyMatters,
      violatedMatters,
    };
  }
  w.memo.set(key, info);
  return info;
}

function emit(w: Walk, law: LawRef, cited: Cited, a: number, b: number): void {
  w.refs.push({
    start: a,
    end: b,
    text: w.text.slice(w.from + a, w.from + b),
    article: cited.article,
    sub: cited.sub ?? null,
    paragraph: cited.paragraph,
    item: cited.item,
    info: resolveCited(w, law, cited),
  });
}

function titleLaw(w: Walk, t: TitleToken): LawRef {
  if (t.law) return lawOf(t.law, t.name, t.note);
  return w.aliases.get(normalizeKey(t.name)) ?? lawOf(null, t.name, t.note);
}

/** A title sets the law that 该法 / 本法 point at, and may define a 以下简称 name. */
function noteTitle(w: Walk, t: TitleToken): void {
  const law = titleLaw(w, t);
  if (t.alias) {
    const key = normalizeKey(t.alias);
    const had = w.aliases.get(key);
    if (!had || lawKey(had) !== lawKey(law)) {
      w.aliases = new Map(w.aliases).set(key, law);
      w.aliasSig += `|${key}=${lawKey(law)}`;
    }
  }
  // A title that is not a law (《行政处罚决定书》) must not become what 该法 points at.
  if (law.lawId || LAW_LIKE.test(t.name)) {
    w.lastLaw = law;
    w.lawSetHere = true;
  }
}

/** The context pass over one sentence: what each group's law is, and the references it cites. */
function passSentence(
  local: Local,
  start: Context,
  deps: ScanDeps,
  dates: Walk['dates'],
  memo: Map<string, Resolved>,
  text: string,
  from: number,
): Pass {
  const w: Walk = {
    refs: [],
    lastLaw: start.lastLaw,
    last: start.last,
    aliases: start.aliases,
    aliasSig: start.aliasSig,
    lawSetHere: false,
    deps,
    dates,
    memo,
    text,
    from,
  };
  let ti = 0;
  for (const g of local.groups) {
    while (ti < local.titles.length && (local.titles[ti]?.start ?? 0) <= g.group.start) {
      const t = local.titles[ti++];
      if (t) noteTitle(w, t);
    }
    let law: LawRef | null = null;
    let article: number | null = null;
    let paragraph: number | null = null;
    let groupStart = g.oStart;
    const src = g.group.source;
    const last = w.last;
    if (src.kind === 'title') {
      law = titleLaw(w, src.title);
    } else if (src.kind === 'name') {
      law = lawOf(src.law, src.law.title, src.note);
    } else if (src.kind === 'pronoun') {
      law = w.lastLaw;
    } else if (src.kind === 'same-article' || src.kind === 'previous-paragraph') {
      if (last) {
        law = last.law;
        article = last.article;
        if (src.kind === 'previous-paragraph') {
          paragraph = last.paragraph && last.paragraph > 1 ? last.paragraph - 1 : null;
          if (paragraph === null) law = null;
        }
      }
    } else if (g.before) {
      const [before, map] = g.before;
      for (const [key, ref] of w.aliases) {
        if (before.endsWith(key)) {
          law = ref;
          groupStart = map[before.length - key.length] ?? g.oStart;
          break;
        }
      }
      // A bare 第…条 belongs to the law named earlier in the same sentence.
      if (!law && w.lawSetHere) law = w.lastLaw;
    }
    if (!law) continue;
    let prev: number | null = null;
    for (let i = 0; i < g.group.elements.length; i++) {
      const el = g.group.elements[i];
      const span = g.els[i];
      if (!el || !span) continue;
      const a =
        el.article ?? article ?? (i === 0 && w.last && sameLaw(w.last.law, law) ? w.last.article : null);
      if (a === null) continue;
      const p = el.paragraph ?? (el.article === null ? paragraph : null);
      const elStart = i === 0 ? groupStart : span[0];
      if (el.rangeFromPrevious && prev !== null && a - prev <= MAX_RANGE) {
        // The articles between the two ends of a range are cited too; they carry the range's span.
        const rangeStart = g.els[i - 1]?.[0] ?? span[0];
        for (let n = prev + 1; n < a; n++)
          emit(w, law, { article: n, paragraph: null, item: null }, rangeStart, span[1]);
      }
      emit(w, law, { article: a, sub: el.sub, paragraph: p, item: el.item }, elStart, span[1]);
      prev = a;
      w.last = { law, article: a, paragraph: p };
    }
    w.lastLaw = law;
    w.lawSetHere = true;
  }
  while (ti < local.titles.length) {
    const t = local.titles[ti++];
    if (t) noteTitle(w, t);
  }
  // Ranges emit their inner articles out of order; most sentences need no sort (it allocates).
  const byStart = (a: RelRef, b: RelRef) => a.start - b.start || a.end - b.end;
  for (let i = 1; i < w.refs.length; i++) {
    if (byStart(w.refs[i - 1] as RelRef, w.refs[i] as RelRef) > 0) {
      w.refs.sort(byStart);
      break;
    }
  }
  const same = w.lastLaw === start.lastLaw && w.last === start.last && w.aliases === start.aliases;
  return {
    sig: start.sig,
    refs: w.refs,
    out: same ? start : context(w.lastLaw, w.last, w.aliases, w.aliasSig),
  };
}

const sameLaw = (a: LawRef, b: LawRef) => a.lawId === b.lawId && (a.lawId !== null || a.title === b.title);

/** Fine checks by the resolution of their provision, then by amount, stated bases, narrowing and tier. */
type FineResult = Omit<FineMention, 'start' | 'end' | 'text' | 'yuan'>;
/** By the provision's resolution (which fixes law, article, paragraph and item), then by what else a
 * check depends on (one string per document pass, so its hash is computed once), then by amount. */
const fineMemo = new WeakMap<Resolved, Map<string, Map<number, FineResult>>>();
const unboundFine: FineResult = {
  provision: null,
  verdict: 'unknown',
  detail: '未找到该罚款所依据的处罚条款',
};

function tieFines(list: Sentence[], refs: RefOut[], deps: ScanDeps, tierId: string | null): FineMention[] {
  const penaltyRefs: RefOut[] = [];
  // Matters the document says were violated narrow a penalty provision shared by several matters.
  const violated = new Set<string>();
  let lastInfo: Resolved | null = null;
  for (const r of refs) {
    if (r.info.penaltyMatters.length > 0) penaltyRefs.push(r);
    if (r.info === lastInfo) continue;
    lastInfo = r.info;
    for (const m of r.info.violatedMatters) violated.add(m.id);
  }
  const violatedKey = [...violated].join('|');
  // 减轻处罚 below the statutory minimum rests on 行政处罚法 第三十二条: is it cited anywhere?
  const reductionCited = refs.some((r) => r.ref.law.lawId === '行政处罚法' && r.ref.article === 32);
  const tier = tierId ? deps.matters.tier(tierId) : null;
  // Base amounts the text states: the last one of each kind before the fine, else the first in the text.
  const firstBases: Bases = {};
  for (let i = 0; i < list.length; i++) {
    const amounts = (list[i] as Sentence).local.amounts;
    for (let k = 0; k < amounts.length; k++) {
      const a = amounts[k] as Local['amounts'][number];
      if (a.role === 'base' && a.base && firstBases[a.base] === undefined) firstBases[a.base] = a.yuan;
    }
  }
  const basesBefore: Bases = {};
  // The bases and what else a check depends on, as one key part: rebuilt when a fine first needs it
  // after a base amount changed it, not at every base amount.
  let context: string | null = null;
  let next = 0; // first penalty reference at or after the current fine
  const out: FineMention[] = [];
  for (let i = 0; i < list.length; i++) {
    const sen = list[i] as Sentence;
    if (sen.local.amounts.length === 0) continue;
    for (let k = 0; k < sen.local.amounts.length; k++) {
      const a = sen.local.amounts[k] as Local['amounts'][number];
      if (a.role === 'base' && a.base) {
        if (basesBefore[a.base] !== a.yuan) context = null;
        basesBefore[a.base] = a.yuan;
      }
      if (a.role !== 'fine') continue;
      const start = sen.from + a.oStart;
      const end = sen.from + a.oEnd;
      while (next < penaltyRefs.length && (penaltyRefs[next]?.ref.start ?? 0) < start) next++;
      // The nearest penalty provision cited before the fine, else one cited later in the same sentence.
      const after = penaltyRefs[next];
      const hit =
        penaltyRefs[next - 1] ?? (after && after.ref.start >= end && after.ref.start < sen.to ? after : null);
      let result = unboundFine;
      if (hit) {
        let memo = fineMemo.get(hit.info);
        if (!memo) {
          memo = new Map();
          fineMemo.set(hit.info, memo);
        }
        context ??= `${JSON.stringify({ ...firstBases, ...basesBefore })}#${violatedKey}#${tierId}`;
        let byAmount = memo.get(context);
        if (!byAmount) {
          if (memo.size > 100) memo.clear();
          byAmount = new Map();
          memo.set(context, byAmount);
        }
        const known = byAmount.get(a.yuan);
        if (known) result = known;
        else {
          result = checkAmount(a.yuan, hit, violated, tier, { ...firstBases, ...basesBefore });
          if (byAmount.size > 1000) byAmount.clear();
          byAmount.set(a.yuan, result);
        }
      }
      const fine: FineMention = {
        start,
        end,
        text: a.text,
        yuan: a.yuan,
        provision: result.provision,
        verdict: result.verdict,
        detail: result.detail,
      };
      if (result.tier) fine.tier = result.tier;
      if (a.person) {
        // The party's range does not bound a person's fine: the provision sets theirs apart.
        fine.person = a.person;
        fine.verdict = 'unknown';
        fine.detail = `罚款对象为${a.person}，其罚款幅度与当事单位不同，未予核对`;
        delete fine.tier;
      }
      if (a.multiple) {
        const bases = { ...firstBases, ...basesBefore };
        const m = a.multiple;
        const check =
          hit && !a.person
            ? checkMultipleOf(hit, violated, m.factor, bases)
            : { verdict: 'unknown' as const, detail: '未找到该罚款所依据的处罚条款' };
        const baseYuan = m.base ? bases[m.base] : undefined;
        fine.multiple = {
          start: sen.from + m.oStart,
          end: sen.from + m.oEnd,
          text: m.text,
          base: m.written,
          factor: m.factor,
          verdict: check.verdict,
          detail: check.detail,
          baseYuan: baseYuan ?? null,
          consistent: consistentAmount(m.factor, baseYuan, a.yuan),
        };
      }
      if (fine.verdict === 'below-minimum' || fine.multiple?.verdict === 'below-minimum')
        fine.reduction = reductionOf(reductionCited);
      out.push(fine);
    }
  }
  return out;
}

function checkAmount(
  yuan: number,
  hit: RefOut | null | undefined,
  violated: Set<string>,
  tier: Tier | null,
  bases: Bases,
): FineResult {
  const ref = hit?.ref;
  if (!hit || !ref?.law.lawId)
    return { provision: null, verdict: 'unknown', detail: '未找到该罚款所依据的处罚条款' };
  const provision: ProvisionRef = {
    lawId: ref.law.lawId,
    article: ref.article,
    paragraph: ref.paragraph,
    item: ref.item,
  };
  const penaltyMatters = hit.info.penaltyMatters;
  const narrowed = penaltyMatters.filter((m) => violated.has(m.id));
  const matters = narrowed.length ? narrowed : penaltyMatters;
  const checks = ruleSetsOf(hit.info, matters).map((rules) => checkFine(yuan, rules, bases));
  const verdicts = new Set(checks.map((c) => c.verdict));
  const check =
    verdicts.size === 1 && checks[0]
      ? checks[0]
      : {
          verdict: 'unknown' as const,
          detail: `该条款下各事项的罚款幅度不同，需确定具体事项：${checks.map((c) => c.detail).join('；')}`,
        };
  const result: FineResult = { provision, verdict: check.verdict, detail: check.detail };
  if (tier && matters.some((m) => m.id === tier.matterId)) {
    const t = checkTier(yuan, tier, bases);
    result.tier = {
      tierId: tier.id,
      level: tier.level,
      basis: tier.basis,
      verdict: t.verdict,
      detail: t.detail,
    };
  }
  return result;
}

/** The stated multiple of a fine against the multiples of its provision's matters. */
function checkMultipleOf(hit: RefOut, violated: Set<string>, factor: number, bases: Bases) {
  const narrowed = hit.info.penaltyMatters.filter((m) => violated.has(m.id));
  const matters = narrowed.length ? narrowed : hit.info.penaltyMatters;
  const checks = ruleSetsOf(hit.info, matters).map((rules) => checkMultiple(factor, rules, bases));
  const first = checks[0];
  return first && checks.every((c) => c.verdict === first.verdict)
    ? first
    : { verdict: 'unknown' as const, detail: '该条款下各事项的倍数幅度不同，需确定具体事项' };
}

/** The distinct fine rule sets of `matters`, cached on the resolution they came from. */
function ruleSetsOf(info: Resolved, matters: Matter[]): FineRule[][] {
  const key = matters.map((m) => m.id).join('|');
  info.ruleSets ??= new Map();
  let sets = info.ruleSets.get(key);
  if (!sets) {
    const distinct = new Map<string, FineRule[]>();
    for (const m of matters) distinct.set(JSON.stringify(m.statutory.fines), m.statutory.fines);
    sets = [...distinct.values()];
    info.ruleSets.set(key, sets);
  }
  return sets;
}
