// Stage 4b, resolve across sentences: one pass in document order carries the context (law last
// named, provision last cited, 以下简称 names) from sentence to sentence. A sentence's pass depends
// only on its text and the context it starts from, so it is kept on the sentence and reused when
// the same context comes again (a repeated sentence, or any sentence after an edit elsewhere).
import { setCapped } from '../reuse.ts';
import { passSentence } from './context-pass.ts';
import { context } from './law-refs.ts';
import type { DocDates } from './resolve-cited.ts';
import type { Context, Local, Pass, RefOut, RelRef, Resolved, ScanDeps, Sentence } from './types.ts';

/** Contexts kept per sentence: boilerplate repeated after each of many passages meets as many. */
const MAX_PASSES = 256;

/**
 * The references of every sentence, in document order. `resolved` memoizes resolutions for these
 * dates; cached passes are valid only while it is the same map.
 */
export function resolveReferences(
  list: Sentence[],
  deps: ScanDeps,
  dates: DocDates,
  resolved: Map<string, Resolved>,
  text: string,
): RefOut[] {
  const out: RefOut[] = [];
  let ctx: Context = context(null, null, new Map(), '');
  for (let i = 0; i < list.length; i++) {
    const sen = list[i];
    if (!sen) continue;
    const { from, local } = sen;
    if (local.groups.length === 0 && local.titles.length === 0) continue;
    let pass = knownPass(local, resolved, ctx.sig);
    if (!pass) {
      pass = passSentence(local, ctx, deps, dates, resolved, text, from);
      keepPass(local, resolved, pass);
    }
    for (const r of placed(sen, pass)) out.push(r);
    ctx = pass.out;
  }
  return out;
}

function knownPass(local: Local, resolved: Map<string, Resolved>, sig: string): Pass | undefined {
  const known = local.passes?.under === resolved ? local.passes.known : undefined;
  return known instanceof Map ? known.get(sig) : known?.sig === sig ? known : undefined;
}

function keepPass(local: Local, resolved: Map<string, Resolved>, pass: Pass): void {
  const known = local.passes?.under === resolved ? local.passes.known : undefined;
  if (known === undefined) local.passes = { under: resolved, known: pass };
  else if (known instanceof Map) setCapped(known, pass.sig, pass, MAX_PASSES);
  else
    local.passes = {
      under: resolved,
      known: new Map([
        [known.sig, known],
        [pass.sig, pass],
      ]),
    };
}

/** The pass's references at the sentence's place, rebuilt only when the pass or the place changed. */
function placed(sen: Sentence, pass: Pass): RefOut[] {
  const from = sen.from;
  if (sen.built?.pass !== pass || sen.built.from !== from)
    sen.built = { pass, from, refs: pass.refs.map((r) => refOut(r, from)) };
  return sen.built.refs;
}

function refOut(r: RelRef, from: number): RefOut {
  return {
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
  };
}
