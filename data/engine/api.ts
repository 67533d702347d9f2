// The engine's public surface: what the CLI, the extension and the widget call.
// Types only; data/engine/index.ts implements `createEngine`.

import type { Currency } from './currency.ts';
import type {
  Basis,
  Domain,
  FineBase,
  IsoDate,
  LawVersion,
  ListItem,
  ListKind,
  Matter,
  Pack,
  ProvisionRef,
  Tier,
  TierLevel,
} from './model.ts';
import type { SearchIndex, Vocabulary } from './search-docs.ts';

export interface EngineData {
  laws: LawVersion[];
  packs: Pack[];
  /** Colloquial term → canonical wording (农残 → 农药残留), for recognizing matters in text and search. */
  synonyms?: Record<string, string[]>;
  /** The search vocabulary (data/vocabulary.json); the search index carries it spelled when built. */
  vocabulary?: Vocabulary;
  /** The search index the build emits (buildSearchIndex); built at startup, without pinyin, when absent. */
  searchIndex?: SearchIndex;
}

/**
 * 'version-not-bundled': the date that decides the version falls before the earliest version the
 * dataset holds; the citation is not checked against a later text (see Reference.coverage).
 */
export type ReferenceStatus = 'resolved' | 'unknown-law' | 'no-such-article' | 'version-not-bundled';

/** A statute reference found in text. Offsets are JS string indices into the original text. */
export interface Reference {
  start: number;
  end: number;
  text: string;
  law: { lawId: string | null; title: string; version: IsoDate | null };
  article: number;
  /** 第十条之一 → 1: the article inserted after `article`; absent for an ordinary article. */
  sub?: number;
  paragraph: number | null;
  item: number | null;
  status: ReferenceStatus;
  /** For 'version-not-bundled': the in-force dates the bundled versions of the law cover. */
  coverage?: { from: IsoDate; to: IsoDate | null };
  /** Matters whose violated or penalty provision this reference points at. */
  matters: string[];
  /** Set when the cited provision's text differs between the version applied and another version. */
  changedBetweenVersions: boolean;
  /** Why the version was chosen (行政处罚法 第三十七条), in words. */
  versionNote: string | null;
}

export type FineVerdict = 'within' | 'below-minimum' | 'above-maximum' | 'depends-on-base' | 'unknown';

export interface FineMention {
  start: number;
  end: number;
  text: string;
  yuan: number;
  /** The penalty provision the amount belongs to, if one could be tied. */
  provision: ProvisionRef | null;
  verdict: FineVerdict;
  /** Explanation of the verdict in words (zh-CN), e.g. the range that applies. */
  detail: string;
  /** The check against the tier chosen in ScanOptions.tierId, when the fine belongs to its matter. */
  tier?: { tierId: string; level: TierLevel; basis: Basis; verdict: FineVerdict; detail: string };
  /** The fine stated first as a multiple of a base (处违法所得二倍的罚款，计…元), when it is. */
  multiple?: FineMultiple;
  /** Whom the fine falls on when not the party (直接负责的主管人员 …): the party's range does not apply. */
  person?: string;
  /** For a fine below the statutory minimum: whether the text cites 行政处罚法 第三十二条 (减轻处罚). */
  reduction?: { cited: boolean; detail: string };
}

/** 处违法所得二倍的罚款 / 货值金额百分之三十 / 5%: the multiple a fine states before its amount. */
export interface FineMultiple {
  start: number;
  end: number;
  text: string;
  /** The base as written (违法所得, 应缴社会保险费数额 …). */
  base: string;
  /** 二倍 → 2, 百分之三十 → 0.3, 5% → 0.05. */
  factor: number;
  /** The multiple against the statutory multiples of the provision. */
  verdict: FineVerdict;
  detail: string;
  /** The base amount the text states, if any. */
  baseYuan: number | null;
  /** factor × base equals the amount (to the fen); null when the text states no base. */
  consistent: boolean | null;
}

/** A document number (国市监法〔2025〕10号, 国家税务总局公告2021年第6号, …令第2号) found in text. */
export interface DocumentMention {
  start: number;
  end: number;
  text: string;
  /** True when list records of the dataset come from this document. */
  known: boolean;
  /** The list records issued by it. */
  listItems: string[];
}

/** A violation described in words ("销售的香蕉农药残留超标") recognized as a matter. */
export interface MatterMention {
  start: number;
  end: number;
  text: string;
  matterId: string;
  score: number;
}

export interface ScanOptions {
  /** Date used when the text states no date of the act; defaults to today. */
  asOf?: IsoDate;
  /** A tier chosen by the user: fines of its matter are also checked against it. */
  tierId?: string;
}

/**
 * Incremental scanning for an editor: sentences the edit did not touch are not recognized again.
 * `update` takes the whole new text and the edited range [changeStart, changeEnd) in it (for a
 * deletion changeStart === changeEnd); results are for the whole text, as `scan` returns them.
 */
export interface Scanner {
  scan(text: string): ScanResult;
  update(text: string, changeStart: number, changeEnd: number): ScanResult;
  /**
   * Recognizes the sentences of `text` not yet known, one at a time while `more()` returns true;
   * returns true once all are. For a long text (a paste, a first scan) called in slices with the
   * caller yielding in between, so that the `scan` or `update` that follows has little left to do.
   */
  prepare(text: string, more: () => boolean): boolean;
}

export interface ScanResult {
  references: Reference[];
  fines: FineMention[];
  mentions: MatterMention[];
  /** Document numbers in the text, linked to the list records they issued. */
  documents: DocumentMention[];
  /** The act date found in the text (违法行为发生于…), if any. */
  actDate: IsoDate | null;
  /** The date resolution used. */
  asOf: IsoDate;
}

export type SearchKind = 'matter' | 'list-item' | 'tier';

export interface SearchResult {
  id: string;
  kind: SearchKind;
  title: string;
  lists: ListKind[];
  basis: Basis;
  provisions: ProvisionRef[];
  domain: Domain | null;
  score: number;
  /** [start, end) ranges in `title` that matched, for highlighting. */
  highlights: [number, number][];
}

/** A statute article: the one a query named, or one that mentions what no matter matched. */
export interface ArticleHit {
  /** The article (paragraph and item null). */
  ref: ProvisionRef;
  lawTitle: string;
  /** The version shown: the one in force on the as-of date. */
  version: IsoDate;
  /** The article's text as the statute has it, paragraphs and items on their own lines. */
  text: string;
  /** 《中华人民共和国食品安全法》第一百二十四条 */
  citation: string;
}

/**
 * What a query finds: matters first; a query naming a law and an article (食品安全法124条) gets that
 * article's matters and the article; a query no matter matches gets the articles that mention it;
 * `via: 'none'` when nothing at all matched.
 */
export interface SearchAnswer {
  results: SearchResult[];
  articles: ArticleHit[];
  via: 'citation' | 'matters' | 'articles' | 'none';
}

export interface SearchOptions {
  limit?: number;
  lists?: ListKind[];
  domains?: Domain[];
  asOf?: IsoDate;
}

export interface ProvisionText {
  ref: ProvisionRef;
  lawTitle: string;
  version: IsoDate;
  text: string;
  /** How current the text is on the date asked for. */
  currency: Currency;
}

export interface FineRangeView {
  condition: string | null;
  kind: 'amount' | 'multiple';
  base: FineBase | null;
  min: number | null;
  max: number | null;
  perUnit: string | null;
}

/** Everything a card or a result panel shows about one matter. */
export interface MatterExplanation {
  matter: Matter;
  asOf: IsoDate;
  violated: ProvisionText[];
  penalty: ProvisionText;
  fines: FineRangeView[];
  tiers: Tier[];
  lists: ListItem[];
  /** A standard citation for the penalty provision, e.g. 《中华人民共和国食品安全法》第一百二十四条第一款第（一）项. */
  citation: string;
}

export interface Engine {
  scan(text: string, options?: ScanOptions): ScanResult;
  /** A scanner that keeps what it recognized, for re-scanning after small edits. */
  createScanner(options?: ScanOptions): Scanner;
  search(query: string, options?: SearchOptions): SearchResult[];
  /** search, plus the article a query names, or the statute text when no matter matches. */
  answer(query: string, options?: SearchOptions): SearchAnswer;
  explainMatter(matterId: string, asOf?: IsoDate): MatterExplanation | null;
  provisionText(ref: ProvisionRef, asOf?: IsoDate): ProvisionText | null;
  /** Formats a standard citation; `template` uses {title} {article} {paragraph} {item} placeholders. */
  cite(ref: ProvisionRef, template?: string): string;
  stats(): {
    lawVersions: number;
    matters: number;
    listItems: Record<ListKind, number>;
    tiers: number;
    basis: Record<Basis, number>;
  };
}

export type CreateEngine = (data: EngineData) => Engine;
