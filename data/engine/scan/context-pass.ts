// Stage 4a, resolve within a sentence: which law each citation group names — a title, a bare name,
// 该法 / 本法 (the law last named), 同条 / 前款 (the provision last cited), a 以下简称 name — and
// the references it cites, given the context the previous sentences left. Plain functions over
// one Walk: this runs for every citing sentence.
import { normalizeKey } from '../normalize.ts';
import type { TitleToken } from '../recognize.ts';
import { context, lawKey, lawOf, sameLaw } from './law-refs.ts';
import { type Cited, type DocDates, resolveCited } from './resolve-cited.ts';
import type {
  Context,
  LastCited,
  LawRef,
  Local,
  LocalGroup,
  Pass,
  RelRef,
  Resolved,
  ScanDeps,
} from './types.ts';

/** A title that is a law by its last word (the dataset may not hold it). */
const LAW_LIKE = /(法|条例|规定|办法|细则|规则|决定|解释|章程)$/;
/** A range longer than this (第一条至第九百条) is a misreading: only its ends are cited. */
const MAX_RANGE = 200;

/** The state of one sentence's context pass. */
interface Walk {
  refs: RelRef[];
  lastLaw: LawRef | null;
  last: LastCited | null;
  aliases: Map<string, LawRef>;
  aliasSig: string;
  /** A law was named earlier in this sentence: a bare 第…条 belongs to it. */
  lawSetHere: boolean;
  deps: ScanDeps;
  dates: DocDates;
  memo: Map<string, Resolved>;
  text: string;
  from: number;
}

/** Where a group's citations start and what they inherit: 同条 / 前款 fix the article (and paragraph). */
interface GroupLaw {
  law: LawRef;
  article: number | null;
  paragraph: number | null;
  groupStart: number;
}

/** The context pass over one sentence: what each group's law is, and the references it cites. */
export function passSentence(
  local: Local,
  start: Context,
  deps: ScanDeps,
  dates: DocDates,
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
  const titles = local.titles;
  for (const g of local.groups) {
    // Titles before the group may name its law (该法) or define a 以下简称 name it uses.
    for (; ti < titles.length && (titles[ti]?.start ?? 0) <= g.group.start; ti++) noteTitle(w, titles[ti]);
    const found = groupLaw(w, g);
    if (!found) continue;
    citeGroup(w, g, found);
    w.lastLaw = found.law;
    w.lawSetHere = true;
  }
  for (; ti < titles.length; ti++) noteTitle(w, titles[ti]);
  sortByStart(w.refs);
  const same = w.lastLaw === start.lastLaw && w.last === start.last && w.aliases === start.aliases;
  return {
    sig: start.sig,
    refs: w.refs,
    out: same ? start : context(w.lastLaw, w.last, w.aliases, w.aliasSig),
  };
}

function titleLaw(w: Walk, t: TitleToken): LawRef {
  if (t.law) return lawOf(t.law, t.name, t.note);
  return w.aliases.get(normalizeKey(t.name)) ?? lawOf(null, t.name, t.note);
}

/** A title sets the law that 该法 / 本法 point at, and may define a 以下简称 name. */
function noteTitle(w: Walk, t: TitleToken | undefined): void {
  if (!t) return;
  const law = titleLaw(w, t);
  if (t.alias) {
    const key = normalizeKey(t.alias);
    const had = w.aliases.get(key);
    if (!had || lawKey(had) !== lawKey(law)) {
      // A new map, not a mutation: cached passes keep the aliases they started from.
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

/** The law a group cites, or null when nothing in the context names one. */
function groupLaw(w: Walk, g: LocalGroup): GroupLaw | null {
  const src = g.group.source;
  const at = (law: LawRef | null): GroupLaw | null =>
    law && { law, article: null, paragraph: null, groupStart: g.oStart };
  switch (src.kind) {
    case 'title':
      return at(titleLaw(w, src.title));
    case 'name':
      return at(lawOf(src.law, src.law.title, src.note));
    case 'pronoun':
      return at(w.lastLaw);
    case 'same-article':
      return w.last && { law: w.last.law, article: w.last.article, paragraph: null, groupStart: g.oStart };
    case 'previous-paragraph': {
      const last = w.last;
      if (!last?.paragraph || last.paragraph <= 1) return null;
      return { law: last.law, article: last.article, paragraph: last.paragraph - 1, groupStart: g.oStart };
    }
    case 'none':
      return aliasLaw(w, g) ?? (w.lawSetHere ? at(w.lastLaw) : null);
  }
}

/** A group preceded by a 以下简称 name the document defined: it starts at the name. */
function aliasLaw(w: Walk, g: LocalGroup): GroupLaw | null {
  if (!g.before) return null;
  const [before, map] = g.before;
  for (const [key, law] of w.aliases) {
    if (before.endsWith(key))
      return { law, article: null, paragraph: null, groupStart: map[before.length - key.length] ?? g.oStart };
  }
  return null;
}

/** The references of a group's elements; a range cites the articles between its ends too. */
function citeGroup(w: Walk, g: LocalGroup, found: GroupLaw): void {
  const { law, article, paragraph } = found;
  const elements = g.group.elements;
  let prev: number | null = null;
  for (let i = 0; i < elements.length; i++) {
    const el = elements[i];
    const span = g.els[i];
    if (!el || !span) continue;
    // An element without its article (第二款) continues the article before it, or the one last cited.
    const a =
      el.article ?? article ?? (i === 0 && w.last && sameLaw(w.last.law, law) ? w.last.article : null);
    if (a === null) continue;
    const p = el.paragraph ?? (el.article === null ? paragraph : null);
    const elStart = i === 0 ? found.groupStart : span[0];
    if (el.rangeFromPrevious && prev !== null && a - prev <= MAX_RANGE) {
      // The articles between the two ends of a range carry the range's span.
      const rangeStart = g.els[i - 1]?.[0] ?? span[0];
      for (let n = prev + 1; n < a; n++)
        emit(w, law, { article: n, paragraph: null, item: null }, rangeStart, span[1]);
    }
    emit(w, law, { article: a, sub: el.sub, paragraph: p, item: el.item }, elStart, span[1]);
    prev = a;
    w.last = { law, article: a, paragraph: p };
  }
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
    info: resolveCited(w.deps, w.dates, w.memo, law, cited),
  });
}

const byStart = (a: RelRef, b: RelRef) => a.start - b.start || a.end - b.end;

/** Ranges emit their inner articles out of order; most sentences need no sort (it allocates). */
function sortByStart(refs: RelRef[]): void {
  for (let i = 1; i < refs.length; i++) {
    const a = refs[i - 1];
    const b = refs[i];
    if (a && b && byStart(a, b) > 0) {
      refs.sort(byStart);
      return;
    }
  }
}
