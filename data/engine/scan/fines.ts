// Stage 5, fines: each fine amount tied to the penalty provision it applies (the nearest cited
// before it, else one cited later in the same sentence) and checked against that provision's fine
// ranges (fine-check.ts), with the base amounts the text states, the matters it says were violated
// and the tier the user chose.
import type { FineMention } from '../api.ts';
import {
  type Bases,
  checkFine,
  checkMultiple,
  checkTier,
  consistentAmount,
  reductionOf,
} from '../fine-check.ts';
import type { FineRule, Matter, ProvisionRef, Tier } from '../model.ts';
import { setCapped } from '../reuse.ts';
import type { LocalAmount, RefOut, Resolved, ScanDeps, Sentence } from './types.ts';

/** A fine's check: everything but where it stands. */
type FineResult = Omit<FineMention, 'start' | 'end' | 'text' | 'yuan'>;

/**
 * Fine checks by the provision's resolution (which fixes law, article, paragraph and item), then
 * by what else a check depends on (one string per document pass, so its hash is computed once),
 * then by amount. Rule: keyed weakly by the resolution, which the scan state's memo owns.
 */
const fineMemo = new WeakMap<Resolved, Map<string, Map<number, FineResult>>>();
const MAX_CONTEXTS = 100;
const MAX_AMOUNTS = 1000;
const UNBOUND: FineResult = {
  provision: null,
  verdict: 'unknown',
  detail: '未找到该罚款所依据的处罚条款',
};

/** What the checks of one document share. */
interface FineDoc {
  penaltyRefs: RefOut[];
  violated: Set<string>;
  tier: Tier | null;
  /** 减轻处罚 below the statutory minimum rests on 行政处罚法 第三十二条: is it cited anywhere? */
  reductionCited: boolean;
  /** Everything but the bases a check depends on, as a key part. */
  key: string;
}

export function tieFines(
  list: Sentence[],
  refs: RefOut[],
  deps: ScanDeps,
  tierId: string | null,
): FineMention[] {
  const doc = fineDoc(refs, deps, tierId);
  // Base amounts the text states: the last one of each kind before the fine, else the first in the text.
  const walk: FineWalk = { doc, firstBases: firstBasesOf(list), basesBefore: {}, context: null, next: 0 };
  const out: FineMention[] = [];
  for (const sen of list) {
    for (const a of sen.local.amounts) {
      if (a.role === 'base' && a.base) {
        // The bases are part of the memo key: rebuilt when a fine first needs it after one changed.
        if (walk.basesBefore[a.base] !== a.yuan) walk.context = null;
        walk.basesBefore[a.base] = a.yuan;
      }
      if (a.role === 'fine') out.push(tieFine(walk, sen, a));
    }
  }
  return out;
}

/** The state of the pass over a document's amounts. */
interface FineWalk {
  doc: FineDoc;
  firstBases: Bases;
  basesBefore: Bases;
  /** The bases and what else a check depends on, as one memo key part; null when stale. */
  context: string | null;
  /** The first penalty reference at or after the current fine. */
  next: number;
}

/** The fine `a`, tied to the nearest penalty provision cited before it, else one cited later in its sentence. */
function tieFine(walk: FineWalk, sen: Sentence, a: LocalAmount): FineMention {
  const { penaltyRefs } = walk.doc;
  const start = sen.from + a.oStart;
  const end = sen.from + a.oEnd;
  while (walk.next < penaltyRefs.length && (penaltyRefs[walk.next]?.ref.start ?? 0) < start) walk.next++;
  const after = penaltyRefs[walk.next];
  const hit =
    penaltyRefs[walk.next - 1] ??
    (after && after.ref.start >= end && after.ref.start < sen.to ? after : null);
  let result = UNBOUND;
  if (hit) {
    walk.context ??= `${JSON.stringify({ ...walk.firstBases, ...walk.basesBefore })}#${walk.doc.key}`;
    result = checked(a, hit, walk);
  }
  const fine = fineMention(a, start, end, result);
  if (a.person) {
    // The party's range does not bound a person's fine: the provision sets theirs apart.
    fine.person = a.person;
    fine.verdict = 'unknown';
    fine.detail = `罚款对象为${a.person}，其罚款幅度与当事单位不同，未予核对`;
    delete fine.tier;
  }
  if (a.multiple) fine.multiple = statedMultiple(a, sen, hit, walk);
  if (fine.verdict === 'below-minimum' || fine.multiple?.verdict === 'below-minimum')
    fine.reduction = reductionOf(walk.doc.reductionCited);
  return fine;
}

/** The multiple a fine was first stated as, checked against the multiples of its provision's matters. */
function statedMultiple(
  a: LocalAmount,
  sen: Sentence,
  hit: RefOut | null | undefined,
  walk: FineWalk,
): FineMention['multiple'] {
  const m = a.multiple;
  if (!m) return undefined;
  const bases = { ...walk.firstBases, ...walk.basesBefore };
  const check =
    hit && !a.person
      ? checkMultipleOf(hit, walk.doc.violated, m.factor, bases)
      : { verdict: 'unknown' as const, detail: '未找到该罚款所依据的处罚条款' };
  const baseYuan = m.base ? bases[m.base] : undefined;
  return {
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

function fineDoc(refs: RefOut[], deps: ScanDeps, tierId: string | null): FineDoc {
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
  const tier = tierId ? deps.matters.tier(tierId) : null;
  const reductionCited = refs.some((r) => r.ref.law.lawId === '行政处罚法' && r.ref.article === 32);
  return { penaltyRefs, violated, tier, reductionCited, key: `${[...violated].join('|')}#${tierId}` };
}

function firstBasesOf(list: Sentence[]): Bases {
  const first: Bases = {};
  for (const sen of list)
    for (const a of sen.local.amounts)
      if (a.role === 'base' && a.base && first[a.base] === undefined) first[a.base] = a.yuan;
  return first;
}

/** The check of amount `a` under `hit`, memoized by resolution, context and amount. */
function checked(a: LocalAmount, hit: RefOut, walk: FineWalk): FineResult {
  const context = walk.context ?? '';
  let memo = fineMemo.get(hit.info);
  if (!memo) {
    memo = new Map();
    fineMemo.set(hit.info, memo);
  }
  const byAmount = memo.get(context) ?? setCapped(memo, context, new Map(), MAX_CONTEXTS);
  const known = byAmount.get(a.yuan);
  if (known) return known;
  const bases = { ...walk.firstBases, ...walk.basesBefore };
  const { violated, tier } = walk.doc;
  return setCapped(byAmount, a.yuan, checkAmount(a.yuan, hit, violated, tier, bases), MAX_AMOUNTS);
}

function fineMention(a: LocalAmount, start: number, end: number, result: FineResult): FineMention {
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
  return fine;
}

function checkAmount(
  yuan: number,
  hit: RefOut,
  violated: Set<string>,
  tier: Tier | null,
  bases: Bases,
): FineResult {
  const ref = hit.ref;
  if (!ref.law.lawId) return UNBOUND;
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
