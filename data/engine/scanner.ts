// Scanning a document: split it into sentences, recognize each sentence on its own (cached by its
// text, so an edit re-recognizes only the sentences it touched), then one cheap pass in document
// order resolves what depends on context: 该法 / 同条 / 前款, 以下简称 names, the act date, which
// penalty provision each fine belongs to.
import { type DateMention, findActDates, pickActDate } from './act-date.ts';
import type { FineMention, MatterMention, Reference, ScanOptions, ScanResult } from './api.ts';
import { type Bases, checkFine, checkTier } from './fine-check.ts';
import type { LawName, LawNames } from './law-names.ts';
import type { MatterIndex } from './matter-index.ts';
import type { MentionIndex } from './mentions.ts';
import type { FineRule, IsoDate, Matter, ProvisionRef } from './model.ts';
import { type Amount, findAmounts } from './money.ts';
import { type Normalized, normalize, normalizeKey, originalSpan } from './normalize.ts';
import { type CiteGroup, findCitations, type TitleToken, type VersionNote } from './recognize.ts';
import type { Resolver } from './resolve.ts';

export interface ScanDeps {
  names: LawNames;
  resolver: Resolver;
  matters: MatterIndex;
  mentions: MentionIndex;
}

/** One sentence recognized on its own; offsets are relative to the sentence's start in the original. */
interface Local {
  titles: (TitleToken & { oStart: number; oEnd: number })[];
  groups: {
    group: CiteGroup;
    oStart: number;
    els: [number, number][];
    before: [string, Uint32Array] | null;
  }[];
  amounts: (Amount & { oStart: number; oEnd: number })[];
  dates: DateMention[];
  mentions: (MatterMention & { oStart: number; oEnd: number })[];
}

const HARD_END = new Set(['。', '！', '？', '!', '?']);
const SOFT_LIMIT = 3000;
const LAW_LIKE = /(法|条例|规定|办法|细则|规则|决定|解释|章程)$/;
const MAX_RANGE = 200;

/** Sentence boundaries: after 。！？, at blank lines, and long runs cut at a line break or ；，. */
export function sentences(text: string): number[] {
  const cuts: number[] = [0];
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    let cut = HARD_END.has(c);
    if (!cut && c === '\n' && text[i + 1] === '\n') cut = true;
    if (!cut && i - last > SOFT_LIMIT && (c === '\n' || c === '；' || c === '，')) cut = true;
    if (cut) {
      cuts.push(i + 1);
      last = i + 1;
    }
  }
  if (cuts[cuts.length - 1] !== text.length) cuts.push(text.length);
  return cuts;
}

function recognize(text: string, from: number, to: number, deps: ScanDeps): Local {
  const norm: Normalized = normalize(text, from, to);
  const s = norm.text;
  const rel = (a: number, b: number): [number, number] => {
    const [x, y] = originalSpan(norm, a, b);
    return [x - from, y - from];
  };
  const { titles, groups } = findCitations(s, deps.names);
  const local: Local = { titles: [], groups: [], amounts: [], dates: [], mentions: [] };
  for (const t of titles) {
    const [oStart, oEnd] = rel(t.start, t.tailEnd);
    local.titles.push({ ...t, oStart, oEnd });
  }
  for (const g of groups) {
    const [oStart] = rel(g.start, g.start + 1);
    const els = g.elements.map((e, i) => rel(i === 0 ? g.start : e.start, e.end));
    let before: [string, Uint32Array] | null = null;
    if (g.source.kind === 'none') {
      const a = Math.max(0, g.start - g.source.before.length);
      before = [g.source.before, norm.map.slice(a, g.start).map((x) => x - from)];
    }
    local.groups.push({ group: g, oStart, els, before });
  }
  if (s.includes('元')) {
    for (const a of findAmounts(s)) {
      const [oStart, oEnd] = rel(a.start, a.end);
      local.amounts.push({ ...a, oStart, oEnd });
    }
  }
  local.dates = findActDates(s);
  // Words inside a citation cite, they do not describe a violation.
  const cited = [
    ...titles.map((t) => [t.start, t.tailEnd]),
    ...groups.map((g) => [g.start, g.elements.at(-1)?.end ?? g.start]),
  ];
  for (const m of deps.mentions.find(s)) {
    if (cited.some(([a = 0, b = 0]) => a < m.end && m.start < b)) continue;
    const [oStart, oEnd] = rel(m.start, m.end);
    local.mentions.push({ ...m, text: '', oStart, oEnd });
  }
  return local;
}

interface LawRef {
  lawId: string | null;
  title: string;
  note: VersionNote | null;
}

interface RefOut extends Reference {
  /** The penalty matters this reference points at (for tying fines). */
  penaltyMatters: Matter[];
  violatedMatters: Matter[];
}

export interface ScannerState {
  cache: Map<string, Local>;
}

export function newState(): ScannerState {
  return { cache: new Map() };
}

export function scanText(
  text: string,
  options: ScanOptions,
  deps: ScanDeps,
  state: ScannerState,
): ScanResult {
  const cuts = sentences(text);
  const locals: [number, Local][] = [];
  const cache = new Map<string, Local>();
  for (let i = 0; i + 1 < cuts.length; i++) {
    const from = cuts[i] ?? 0;
    const to = cuts[i + 1] ?? text.length;
    const key = text.slice(from, to);
    let local = cache.get(key) ?? state.cache.get(key);
    if (!local) local = recognize(text, from, to, deps);
    cache.set(key, local);
    locals.push([from, local]);
  }
  state.cache = cache;

  const asOf: IsoDate = options.asOf ?? new Date().toISOString().slice(0, 10);
  const actDate = pickActDate(locals.flatMap(([, l]) => l.dates));
  const date = actDate ?? asOf;
  const references = resolveReferences(text, locals, deps, { actDate, asOf, date });
  const fines = tieFines(text, locals, references, deps, options.tierId ?? null);
  const mentions: MatterMention[] = [];
  for (const [from, l] of locals) {
    for (const m of l.mentions) {
      const start = from + m.oStart;
      const end = from + m.oEnd;
      mentions.push({ start, end, text: text.slice(start, end), matterId: m.matterId, score: m.score });
    }
  }
  return {
    references: references.map(({ penaltyMatters: _p, violatedMatters: _v, ...r }) => r),
    fines,
    mentions,
    actDate,
    asOf,
  };
}

function resolveReferences(
  text: string,
  locals: [number, Local][],
  deps: ScanDeps,
  dates: { actDate: IsoDate | null; asOf: IsoDate; date: IsoDate },
): RefOut[] {
  const out: RefOut[] = [];
  const aliases = new Map<string, LawRef>();
  let lastLaw: LawRef | null = null;
  let lastLawChunk = -1;
  let last: { law: LawRef; article: number; paragraph: number | null } | null = null;
  const lawOf = (name: LawName | null, written: string, note: VersionNote | null): LawRef =>
    name ? { lawId: name.lawId, title: name.title, note } : { lawId: null, title: written, note };

  const emit = (
    law: LawRef,
    cited: { article: number; paragraph: number | null; item: number | null },
    start: number,
    end: number,
  ) => {
    const base = {
      start,
      end,
      text: text.slice(start, end),
      article: cited.article,
      paragraph: cited.paragraph,
      item: cited.item,
    };
    if (!law.lawId) {
      out.push({
        ...base,
        law: { lawId: null, title: law.title, version: null },
        status: 'unknown-law',
        matters: [],
        changedBetweenVersions: false,
        versionNote: null,
        penaltyMatters: [],
        violatedMatters: [],
      });
      return;
    }
    const r = deps.resolver.resolve(law.lawId, cited, {
      actDate: dates.actDate,
      asOf: dates.asOf,
      note: law.note,
    });
    const resolved = r?.exists === true;
    const ref: ProvisionRef = { lawId: law.lawId, ...cited };
    const used = r?.version.id ?? null;
    const penaltyMatters = resolved ? deps.matters.byProvision(ref, 'penalty', used, dates.date) : [];
    const violatedMatters = resolved ? deps.matters.byProvision(ref, 'violated', used, dates.date) : [];
    const ids = [...new Set([...violatedMatters, ...penaltyMatters].map((m) => m.id))];
    out.push({
      ...base,
      law: { lawId: law.lawId, title: r?.version.title ?? law.title, version: r?.version.issued ?? null },
      status: resolved ? 'resolved' : 'no-such-article',
      matters: ids,
      changedBetweenVersions: r?.changedBetweenVersions ?? false,
      versionNote: r?.versionNote ?? null,
      penaltyMatters,
      violatedMatters,
    });
  };

  locals.forEach(([from, local], chunk) => {
    let ti = 0;
    for (const g of local.groups) {
      // Titles before this group set the law that 该法 / 本法 point at, and define 以下简称 names.
      while (ti < local.titles.length && (local.titles[ti]?.start ?? 0) <= g.group.start) {
        const t = local.titles[ti++];
        if (t) noteTitle(t, chunk);
      }
      let law: LawRef | null = null;
      let article: number | null = null;
      let paragraph: number | null = null;
      let start = from + g.oStart;
      const src = g.group.source;
      if (src.kind === 'title') {
        law = titleLaw(src.title);
      } else if (src.kind === 'name') {
        law = lawOf(src.law, src.law.title, src.note);
      } else if (src.kind === 'pronoun') {
        law = lastLaw;
      } else if (src.kind === 'same-article' || src.kind === 'previous-paragraph') {
        if (last) {
          law = last.law;
          article = last.article;
          if (src.kind === 'previous-paragraph')
            paragraph = last.paragraph && last.paragraph > 1 ? last.paragraph - 1 : null;
          if (src.kind === 'previous-paragraph' && paragraph === null) law = null;
        }
      } else if (g.before) {
        const [before, map] = g.before;
        for (const [key, ref] of aliases) {
          if (before.endsWith(key)) {
            law = ref;
            start = from + (map[before.length - key.length] ?? g.oStart);
            break;
          }
        }
        if (!law && lastLawChunk === chunk) law = lastLaw;
      }
      if (!law) continue;
      let prev: { article: number } | null = null;
      g.group.elements.forEach((el, i) => {
        const span = g.els[i];
        if (!span || !law) return;
        const a = el.article ?? article ?? (i === 0 && last && sameLaw(last.law, law) ? last.article : null);
        if (a === null) return;
        const p = el.paragraph ?? (el.article === null ? paragraph : null);
        const elStart = i === 0 ? start : from + span[0];
        const elEnd = from + span[1];
        if (el.rangeFromPrevious && prev && a - prev.article <= MAX_RANGE) {
          // The articles between the two ends of a range are cited too; they carry the range's span.
          const rangeStart = from + (g.els[i - 1]?.[0] ?? span[0]);
          for (let n = prev.article + 1; n < a; n++)
            emit(law, { article: n, paragraph: null, item: null }, rangeStart, elEnd);
        }
        emit(law, { article: a, paragraph: p, item: el.item }, elStart, elEnd);
        prev = { article: a };
        last = { law, article: a, paragraph: p };
      });
      lastLaw = law;
      lastLawChunk = chunk;
    }
    while (ti < local.titles.length) {
      const t = local.titles[ti++];
      if (t) noteTitle(t, chunk);
    }
  });
  out.sort((a, b) => a.start - b.start || a.end - b.end);
  return out;

  function titleLaw(t: TitleToken): LawRef {
    if (t.law) return lawOf(t.law, t.name, t.note);
    return aliases.get(normalizeKey(t.name)) ?? lawOf(null, t.name, t.note);
  }
  function noteTitle(t: TitleToken, chunk: number): void {
    const law = titleLaw(t);
    if (t.alias) aliases.set(normalizeKey(t.alias), law);
    // A title that is not a law (《行政处罚决定书》) must not become what 该法 points at.
    if (law.lawId || LAW_LIKE.test(t.name)) {
      lastLaw = law;
      lastLawChunk = chunk;
    }
  }
}

const sameLaw = (a: LawRef, b: LawRef) => a.lawId === b.lawId && (a.lawId !== null || a.title === b.title);

function tieFines(
  text: string,
  locals: [number, Local][],
  refs: RefOut[],
  deps: ScanDeps,
  tierId: string | null,
): FineMention[] {
  const amounts: (Amount & { oStart: number; oEnd: number; at: number })[] = [];
  for (const [from, l] of locals) for (const a of l.amounts) amounts.push({ ...a, at: from });
  const penaltyRefs = refs.filter((r) => r.penaltyMatters.length > 0);
  // Matters the document says were violated narrow a penalty provision shared by several matters.
  const violated = new Set(refs.flatMap((r) => r.violatedMatters.map((m) => m.id)));
  const tier = tierId ? deps.matters.tier(tierId) : null;
  const out: FineMention[] = [];
  for (const a of amounts) {
    if (a.role !== 'fine') continue;
    const start = a.at + a.oStart;
    const end = a.at + a.oEnd;
    const bases = basesFor(amounts, start);
    let ref: RefOut | null = null;
    for (const r of penaltyRefs) {
      if (r.start < start) ref = r;
      else break;
    }
    ref ??= penaltyRefs.find((r) => r.start > end && !text.slice(end, r.start).includes('。')) ?? null;
    const base = { start, end, text: text.slice(start, end), yuan: a.yuan };
    if (!ref?.law.lawId) {
      out.push({ ...base, provision: null, verdict: 'unknown', detail: '未找到该罚款所依据的处罚条款' });
      continue;
    }
    const provision: ProvisionRef = {
      lawId: ref.law.lawId,
      article: ref.article,
      paragraph: ref.paragraph,
      item: ref.item,
    };
    const narrowed = ref.penaltyMatters.filter((m) => violated.has(m.id));
    const matters = narrowed.length ? narrowed : ref.penaltyMatters;
    const ruleSets = new Map<string, FineRule[]>();
    for (const m of matters) ruleSets.set(JSON.stringify(m.statutory.fines), m.statutory.fines);
    const checks = [...ruleSets.values()].map((rules) => checkFine(a.yuan, rules, bases));
    const verdicts = new Set(checks.map((c) => c.verdict));
    const check =
      verdicts.size === 1 && checks[0]
        ? checks[0]
        : {
            verdict: 'unknown' as const,
            detail: `该条款下各事项的罚款幅度不同，需确定具体事项：${checks.map((c) => c.detail).join('；')}`,
          };
    const mention: FineMention = { ...base, provision, verdict: check.verdict, detail: check.detail };
    if (tier && matters.some((m) => m.id === tier.matterId)) {
      const t = checkTier(a.yuan, tier, bases);
      mention.tier = {
        tierId: tier.id,
        level: tier.level,
        basis: tier.basis,
        verdict: t.verdict,
        detail: t.detail,
      };
    }
    out.push(mention);
  }
  return out;
}

/** Base amounts the text states: the last one of each kind before `at`, else the first after. */
function basesFor(amounts: (Amount & { oStart: number; at: number })[], at: number): Bases {
  const bases: Bases = {};
  const after: Bases = {};
  for (const a of amounts) {
    if (a.role !== 'base' || !a.base) continue;
    if (a.at + a.oStart < at) bases[a.base] = a.yuan;
    else if (after[a.base] === undefined) after[a.base] = a.yuan;
  }
  return { ...after, ...bases };
}
