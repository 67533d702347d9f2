// The law a citation points at, as the context pass carries it: a known law (by id) or a title the
// dataset does not hold, with the version note the text gives.
import type { LawName } from '../law-names.ts';
import type { VersionNote } from '../recognize.ts';
import type { Context, LastCited, LawRef } from './types.ts';

/**
 * A law named without a version note is the same LawRef wherever it is named. Rule: keyed weakly by
 * the dataset's own LawName, so it lives exactly as long as the engine.
 */
const plainLaws = new WeakMap<LawName, LawRef>();

export function lawOf(name: LawName | null, written: string, note: VersionNote | null): LawRef {
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

export const lawKey = (l: LawRef | null) => (l ? l.key : '');

export const sameLaw = (a: LawRef, b: LawRef) =>
  a.lawId === b.lawId && (a.lawId !== null || a.title === b.title);

export function context(
  lastLaw: LawRef | null,
  last: LastCited | null,
  aliases: Map<string, LawRef>,
  aliasSig: string,
): Context {
  const sig = `${lawKey(lastLaw)}#${last ? `${lawKey(last.law)}:${last.article}:${last.paragraph}` : ''}#${aliasSig}`;
  return { lastLaw, last, aliases, aliasSig, sig };
}
