// The dataset's shape: the one contract shared by the scripts, the engine and both faces.
// Pure types, no runtime code; data/schema/ holds the runtime validators that must match.

/** What a record rests on. The UI always shows it. */
export type Basis = 'statute' | 'official' | 'derived' | 'illustrative';

/** ISO date, YYYY-MM-DD. */
export type IsoDate = string;

/** Where a record comes from. Which fields are required depends on the basis (validated). */
export interface Provenance {
  /** statute: the law version id the record was read from. */
  lawVersion?: string;
  /** official: issuing body, document number, date, URL. */
  issuer?: string;
  docNumber?: string;
  date?: IsoDate;
  url?: string;
  /** derived: the id of the documented rule (data/README.md) that computed it. */
  rule?: string;
  /** Free text: what this rests on, why it is illustrative, what was checked. */
  note?: string;
}

/** When a record is in force; `to` is exclusive, null means still in force. */
export interface Validity {
  from: IsoDate;
  to: IsoDate | null;
  /** Ids of the records this one replaced. */
  supersedes?: string[];
  /** Id of the record that replaced this one. */
  supersededBy?: string | null;
}

// ───────────────────────────── statutes ─────────────────────────────

export type LawLevel = 'law' | 'administrative-regulation' | 'departmental-rule';

export interface LawParagraph {
  /** The paragraph's own line (款), byte-exact. */
  text: string;
  /** Its items (项) in order, each line byte-exact, including the "（一）" label. */
  items: string[];
}

export interface LawArticle {
  /** Article number as an integer (第一百二十四条 → 124). */
  n: number;
  /** Chapter heading the article sits under, if any. */
  chapter: string | null;
  paragraphs: LawParagraph[];
}

export interface LawVersion {
  /** `${lawId}@${issued}`, e.g. "食品安全法@2021-04-29". Stable. */
  id: string;
  /** Stable key of the law across versions: its short title, e.g. "食品安全法". */
  lawId: string;
  /** Official full title, e.g. "中华人民共和国食品安全法". */
  title: string;
  /** Short names and common abbreviations (食品安全法, 食安法; 征管法 …). */
  shortNames: string[];
  issuer: string | null;
  level: LawLevel;
  /** Date this version was adopted / amended. */
  issued: IsoDate;
  /** Date this version came into force. */
  inForce: IsoDate;
  /** Date this version stopped being in force (replaced or repealed), exclusive; null if current. */
  until: IsoDate | null;
  /** Set when the law itself was repealed (not merely amended). */
  repealed: IsoDate | null;
  /**
   * Date this law's list of versions was last checked against the national database (flk), the same
   * for every version of a law; null if it never was. A revision after it may exist and not be here.
   */
  versionsChecked: IsoDate | null;
  /** A successor that may replace the law but could not be confirmed by `versionsChecked`, in the source's words. */
  possibleSupersession: string | null;
  source: { file: string; sha256: string; normalizations: string[] };
  articles: LawArticle[];
}

/** A pointer into a law: article, optionally paragraph (款) and item (项), all 1-based. */
export interface ProvisionRef {
  lawId: string;
  article: number;
  paragraph: number | null;
  item: number | null;
}

// ───────────────────────────── matters ─────────────────────────────

export type Domain =
  | '市场监管'
  | '文化旅游'
  | '人社'
  | '税务'
  | '交通运输'
  | '生态环境'
  | '城市管理'
  | '卫健'
  | '药品监管'
  | '应急管理'
  | '公安交管'
  | '自然资源'
  | '其他';

/** What a fine is measured in. */
export type FineBase = '货值金额' | '违法所得' | '广告费用' | '工程造价' | '应纳税款' | '营业额' | '其他';

/** One fine the text sets, under one branch (condition). */
export interface FineRule {
  /** 'amount': yuan range; 'multiple': multiples of a base amount. */
  kind: 'amount' | 'multiple';
  base: FineBase | null;
  /** Yuan (kind 'amount') or multiple (kind 'multiple'); null where the text sets no bound. */
  min: number | null;
  max: number | null;
  /** The branch this rule applies under, in the text's words ("货值金额不足一万元的", "情节严重的",
   * "拒不改正的"), or null for the default. */
  condition: string | null;
  /** Per-unit standards ("每人"), null when the amount is for the whole violation. */
  perUnit: string | null;
  /** The clause the rule was parsed from, verbatim. */
  source: string;
}

/** A measure other than a fine (警告, 没收…, 吊销…, 拘留 …) under one branch, in the text's words. */
export interface MeasureRule {
  /** The branch it applies under ("情节严重的", "拒不改正的"), or null for the default. */
  condition: string | null;
  /** The words that set it, verbatim ("吊销许可证", "没收违法所得", "处五日以上十五日以下拘留"). */
  source: string;
}

/** The measures other than fines a penalty clause sets on one kind of party, each under its own branch. */
export interface Measures {
  /** 警告 / 通报批评. */
  warning: MeasureRule[];
  confiscation: MeasureRule[];
  /** 责令停产停业 / 停业整顿 / 暂扣 / 暂停 … */
  suspension: MeasureRule[];
  /** 吊销 / 撤销…许可 / 取消…资格 / 降低资质等级. */
  revocation: MeasureRule[];
  /** 拘留. */
  detention: MeasureRule[];
  /** 限制从业: 禁止…从事, 不得担任, 不受理其申请 … */
  ban: MeasureRule[];
}

/** Everything a penalty sets on one kind of party: its fines and its other measures (engine/sanctions.ts). */
export interface Sanctions extends Measures {
  fines: FineRule[];
}

export interface StatutoryPenalty {
  fines: FineRule[];
  warning: boolean;
  /** What is confiscated (违法所得, 非法财物, 违法生产经营的食品 …), verbatim fragments. */
  confiscation: string[];
  suspension: boolean;
  revocation: boolean;
  /** 拘留 anywhere in the clause. */
  detention: boolean;
  /** "责令改正；拒不改正的，处…": no fine if corrected when ordered. */
  correctionFirst: boolean;
  /** The penalty clause verbatim. */
  text: string;
  /** The measures other than fines, split by whom they fall on: the party (单位 or individual, whoever
   * committed the act; `condition` names a kind of party where the text does, "对广告经营者、广告发布者") and
   * the persons responsible within a unit (直接负责的主管人员和其他直接责任人员, 主要负责人 …), or null where the
   * text sets nothing on them. A fine's condition says whose it is; `sanctionsOf` (engine/sanctions.ts) files
   * the fines with the measures. */
  measures: { entity: Measures; persons: Measures | null };
}

export interface Matter {
  /** Stable id, e.g. "M-食品安全法-124-1-1". Survives rebuilds. */
  id: string;
  name: string;
  domain: Domain;
  /** The enforcing authority as the text names it. */
  authority: string | null;
  violated: ProvisionRef[];
  /** When `violated` is empty: why (the law names no violated article, only "违反本法规定"). Null otherwise. */
  violatedReason: string | null;
  penalty: ProvisionRef;
  /** Law version the matter was read from. */
  lawVersion: string;
  statutory: StatutoryPenalty;
  /** Extra names people use for it (search). */
  aliases: string[];
  basis: Basis;
  provenance: Provenance;
  validity: Validity;
}

// ───────────────────────────── tiers and lists ─────────────────────────────

export type TierLevel = '不予处罚' | '减轻' | '从轻' | '一般' | '从重';

export interface Tier {
  id: string;
  matterId: string;
  level: TierLevel;
  conditions: string[];
  /** The fine this tier allows, in the unit of the matter's fine rule it splits. */
  fine: { kind: 'amount' | 'multiple'; base: FineBase | null; min: number | null; max: number | null } | null;
  /** Other measures of the tier (警告, 没收 …) in words. */
  measures: string[];
  basis: Basis;
  provenance: Provenance;
  validity: Validity;
}

export type ListKind = 'no-penalty' | 'lighter' | 'mitigated' | 'coercion-exempt';

export interface ListItem {
  id: string;
  list: ListKind;
  /** Violation as the list words it. */
  title: string;
  /** Matters it applies to; empty where no matter fits (then `title` says what it covers). */
  matterIds: string[];
  /** Conditions as a checklist (首次违法, 危害后果轻微, 及时改正 …). */
  conditions: string[];
  /** What replaces the penalty (责令改正, 批评教育 …), or the coercive measure spared. */
  measures: string[];
  /** Provisions the item rests on (the exemption rule, e.g. 行政处罚法 第三十三条). */
  legalBasis: ProvisionRef[];
  /** The legal basis as the source words it. */
  legalBasisText: string;
  /** Enforcing authority, if the source names one. */
  authority: string | null;
  basis: Basis;
  provenance: Provenance;
  validity: Validity;
}

// ───────────────────────────── packs ─────────────────────────────

/** A dataset pack: one city's (or the national) records as of a date. */
export interface Pack {
  /** e.g. "national", "tongliao-illustrative", or an imported city's slug. */
  id: string;
  title: string;
  version: string;
  asOf: IsoDate;
  matters: Matter[];
  tiers: Tier[];
  lists: ListItem[];
  /** Stable-id renames: retired id → current id. */
  renames: Record<string, string>;
  /** What this pack stands for, e.g. the official totals an illustrative pack models. */
  notes: string[];
}

/** The build manifest both faces load first; each file is content-hashed. */
export interface DataManifest {
  datasetVersion: string;
  schemaVersion: number;
  asOf: IsoDate;
  files: {
    name: string;
    role: 'laws' | 'pack' | 'synonyms' | 'search-index';
    sha256: string;
    bytes: number;
  }[];
}
