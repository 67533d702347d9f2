// The data that flows between the scan's stages (scanner.ts runs them in order): a sentence's own
// findings (Local), what a cited provision resolves to (Resolved), and the context one sentence
// hands the next (Context). Offsets in a Local are relative to its sentence's start in the original.
import type { DateMention } from '../act-date.ts';
import type { Reference } from '../api.ts';
import type { DocNumber, DocumentIndex } from '../doc-numbers.ts';
import type { LawNames } from '../law-names.ts';
import type { MatterIndex } from '../matter-index.ts';
import type { MentionIndex } from '../mentions/index.ts';
import type { FineRule, Matter } from '../model.ts';
import type { Amount } from '../money.ts';
import type { CiteGroup, TitleToken, VersionNote } from '../recognize.ts';
import type { Resolver } from '../resolve.ts';

export interface ScanDeps {
  names: LawNames;
  resolver: Resolver;
  matters: MatterIndex;
  mentions: MentionIndex;
  documents: DocumentIndex;
}

/** A span's original start and end, relative to its sentence. */
interface Placed {
  oStart: number;
  oEnd: number;
}

/** A token with its offsets in the original sentence and its text there. */
export type Located<T> = T & Placed & { text: string };

/** An amount, and the multiple it was first stated as (处违法所得二倍的罚款，计…元), both located. */
export type LocalAmount = Located<Amount> & { multiple?: Located<NonNullable<Amount['multiple']>> };

export interface LocalGroup {
  group: CiteGroup;
  oStart: number;
  /** Each element's original [start, end), relative to the sentence. */
  els: [number, number][];
  /** For a group no word names the law of: the normalized text before it and its original offsets. */
  before: [string, number[]] | null;
}

export interface LocalMatterMention extends Placed {
  start: number;
  end: number;
  text: string;
  matterId: string;
  score: number;
}

/** One sentence recognized on its own (cached by its text). */
export interface Local {
  titles: readonly (TitleToken & Placed)[];
  groups: readonly LocalGroup[];
  amounts: readonly LocalAmount[];
  dates: readonly DateMention[];
  mentions: readonly LocalMatterMention[];
  /** Document numbers (国市监法〔2025〕10号). */
  documents: readonly Located<DocNumber>[];
  /**
   * The sentence's context passes, valid while `under` is the scan state's resolutions: one, or a
   * map by context when a repeated sentence meets several. Kept here, not in a WeakMap: a field is
   * cheaper to reach than an ephemeron table, and the sentence is this state's own.
   */
  passes?: { under: Map<string, Resolved>; known: Pass | Map<string, Pass> };
}

export interface LawRef {
  lawId: string | null;
  title: string;
  note: VersionNote | null;
  /** Law and version note as one string, built once: context signatures and memo keys use it. */
  key: string;
}

/** What a cited provision resolves to, the same wherever the document cites it. */
export interface Resolved {
  law: Reference['law'];
  status: Reference['status'];
  /** For a version-not-bundled citation: the dates the dataset covers. */
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
export interface RelRef {
  start: number;
  end: number;
  text: string;
  article: number;
  /** 第X条之一: the 之 number. */
  sub: number | null;
  paragraph: number | null;
  item: number | null;
  info: Resolved;
}

export interface RefOut {
  ref: Reference;
  info: Resolved;
}

/** The provision last cited: 同条 and 前款 point at it. */
export interface LastCited {
  law: LawRef;
  article: number;
  paragraph: number | null;
}

/** What the context pass carries from one sentence to the next. */
export interface Context {
  lastLaw: LawRef | null;
  last: LastCited | null;
  /** 以下简称 names; replaced, never mutated, so a sentence's cached pass can keep its snapshot. */
  aliases: Map<string, LawRef>;
  aliasSig: string;
  /** All of the above as one string: equal contexts give equal passes. */
  sig: string;
}

/** A sentence's context pass, reusable while the context it started from is the same. */
export interface Pass {
  sig: string;
  refs: RelRef[];
  out: Context;
}

export interface Sentence {
  from: number;
  to: number;
  local: Local;
  /** The references last built for this sentence at this position, and the pass they came from. */
  built?: { pass: Pass; from: number; refs: RefOut[] };
}
