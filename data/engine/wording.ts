// The words both faces show for the dataset's codes and numbers: basis labels and what they mean,
// list names and effects, provision labels, fines, a record's source in one line. One module, tested
// once, so the extension's card and the widget never word the same record differently. zh-CN is what
// officers and businesses read; English serves the widget's `lang="en"`, legal names kept in Chinese.
import type { Currency } from './currency.ts';
import type { Basis, FineBase, IsoDate, ListKind, Provenance, ProvisionRef } from './model.ts';
import { articleLabel, intToChinese, itemLabel, paragraphLabel } from './numerals.ts';

export type WordingLang = 'zh-CN' | 'en';

export interface Wording {
  basis: Record<Basis, string>;
  /** What the basis label means, for a reader who may take a record as citable. */
  basisNote: Record<Basis, string>;
  list: Record<ListKind, string>;
  /** What a list lets the authority do, in a clause. */
  listEffect: Record<ListKind, string>;
  yuan: (n: number) => string;
  rangeAmount: (min: string | null, max: string | null) => string;
  multiple: (base: string, min: number | null, max: number | null) => string;
  perUnit: (unit: string) => string;
  checkedOn: (date: IsoDate) => string;
  mayBeSuperseded: string;
  notYetInForce: (date: IsoDate) => string;
  endedOn: (date: IsoDate) => string;
  nextVersion: (issued: IsoDate, inForce: IsoDate) => string;
}

// 65000 → 6.5万元, the way fines are written; amounts that are not whole hundreds stay in 元.
const zhYuan = (n: number): string =>
  n >= 10000 && n % 100 === 0 ? `${n / 10000}万元` : `${n.toLocaleString('zh-CN')}元`;

const zh: Wording = {
  basis: {
    statute: '法律条文',
    official: '官方发布',
    derived: '推算（非官方）',
    illustrative: '示例（非官方）',
  },
  basisNote: {
    statute: '依据法律、法规条文',
    official: '依据官方发布的文件',
    derived: '按规则推算，不是官方裁量基准，不能作为依据引用',
    illustrative: '示例数据，不是官方发布的内容',
  },
  list: {
    'no-penalty': '不予处罚清单',
    lighter: '从轻处罚清单',
    mitigated: '减轻处罚清单',
    'coercion-exempt': '免予行政强制清单',
  },
  listEffect: {
    'no-penalty': '可以不予行政处罚',
    lighter: '可以从轻处罚',
    mitigated: '可以减轻处罚',
    'coercion-exempt': '可以不采取行政强制措施',
  },
  yuan: zhYuan,
  rangeAmount: (min, max) =>
    min && max ? `${min}以上${max}以下` : min ? `${min}以上` : max ? `${max}以下` : '金额未规定',
  multiple: (base, min, max) =>
    min !== null && max !== null
      ? `${base}${min}倍以上${max}倍以下`
      : min !== null
        ? `${base}${min}倍以上`
        : max !== null
          ? `${base}${max}倍以下`
          : `${base}的倍数（倍数未规定）`,
  perUnit: (u) => `（${u}）`,
  checkedOn: (d) => `本文本核对至 ${d}，此后的修订未能核对。`,
  mayBeSuperseded: '可能已有新法取代本法（尚未核实），请以国家法律法规数据库为准。',
  notYetInForce: (d) => `本文本自 ${d} 起施行，适用日期时尚未施行。`,
  endedOn: (d) => `本文本已于 ${d} 失效（废止或被新版本取代）。`,
  nextVersion: (issued, inForce) => `新版本（${issued}）自 ${inForce} 起施行。`,
};

const en: Wording = {
  basis: {
    statute: 'Statute',
    official: 'Official',
    derived: 'Derived (not official)',
    illustrative: 'Illustrative (not official)',
  },
  basisNote: {
    statute: 'From the text of a law or regulation',
    official: 'From an officially published document',
    derived: 'Computed by a rule; not an official benchmark and not citable',
    illustrative: 'Illustrative data; not officially published',
  },
  list: {
    'no-penalty': 'No-penalty list (不予处罚)',
    lighter: 'Lighter-penalty list (从轻)',
    mitigated: 'Mitigated-penalty list (减轻)',
    'coercion-exempt': 'Coercion-exempt list (免予强制)',
  },
  listEffect: {
    'no-penalty': 'no administrative penalty may be imposed',
    lighter: 'a lighter penalty may be imposed',
    mitigated: 'a mitigated penalty may be imposed',
    'coercion-exempt': 'coercive measures may be omitted',
  },
  yuan: (n) => `¥${n.toLocaleString('en')}`,
  rangeAmount: (min, max) =>
    min && max ? `${min} to ${max}` : min ? `at least ${min}` : max ? `up to ${max}` : 'amount not set',
  multiple: (base, min, max) =>
    min !== null && max !== null
      ? `${min} to ${max} × ${base}`
      : min !== null
        ? `at least ${min} × ${base}`
        : max !== null
          ? `up to ${max} × ${base}`
          : `a multiple of ${base} (not set)`,
  perUnit: (u) => ` (${u})`,
  checkedOn: (d) => `This text was checked as of ${d}; later revisions could not be checked.`,
  mayBeSuperseded:
    'A new law may replace this one (unconfirmed); check the national database of laws and regulations.',
  notYetInForce: (d) => `This text takes effect on ${d}, after the date applied.`,
  endedOn: (d) => `This text ceased to apply on ${d} (repealed or replaced).`,
  nextVersion: (issued, inForce) => `A new version (${issued}) takes effect on ${inForce}.`,
};

export const WORDING: Record<WordingLang, Wording> = { 'zh-CN': zh, en };

/** A fine as statutes and tiers state it: an amount range or a multiple of a base. */
export interface FineLike {
  kind: 'amount' | 'multiple';
  base: FineBase | null;
  min: number | null;
  max: number | null;
  perUnit?: string | null;
}

/** 五千元以上五万元以下, 货值金额十倍以上二十倍以下 (in figures), with the unit it counts per. */
export function formatFine(fine: FineLike, w: Wording = zh): string {
  const range =
    fine.kind === 'amount'
      ? w.rangeAmount(
          fine.min === null ? null : w.yuan(fine.min),
          fine.max === null ? null : w.yuan(fine.max),
        )
      : w.multiple(fine.base ?? '', fine.min, fine.max);
  return fine.perUnit ? `${range}${w.perUnit(fine.perUnit)}` : range;
}

/** A multiple a decision states: 2 → 2倍, 0.3 → 30%. */
export const factorWords = (n: number) => (n < 1 ? `${Math.round(n * 10_000) / 100}%` : `${n}倍`);

/** 第一百二十四条第一款第（一）项; 第十条之一 for an inserted article. */
export function provisionLabel(
  ref: Pick<ProvisionRef, 'article' | 'paragraph' | 'item'> & { sub?: number },
): string {
  return (
    articleLabel(ref.article) +
    (ref.sub ? `之${intToChinese(ref.sub)}` : '') +
    (ref.paragraph ? paragraphLabel(ref.paragraph) : '') +
    (ref.item ? itemLabel(ref.item) : '')
  );
}

/** Where a record comes from, in one line. */
export function sourceLine(p: Provenance): string {
  return [p.issuer, p.docNumber, p.date, p.lawVersion, p.rule && `规则 ${p.rule}`, p.note]
    .filter((x): x is string => Boolean(x))
    .join(' · ');
}

/** What a face says about a text's currency, in order; `warn` marks what may make the text the wrong one. */
export function currencyLines(c: Currency, w: Wording = zh): { text: string; warn: boolean }[] {
  return [
    ...(c.notYetInForce ? [{ text: w.notYetInForce(c.notYetInForce), warn: true }] : []),
    ...(c.endedOn ? [{ text: w.endedOn(c.endedOn), warn: true }] : []),
    ...(c.next ? [{ text: w.nextVersion(c.next.issued, c.next.inForce), warn: false }] : []),
    ...(c.mayBeSuperseded ? [{ text: w.mayBeSuperseded, warn: true }] : []),
    ...(c.checkedOn ? [{ text: w.checkedOn(c.checkedOn), warn: false }] : []),
  ];
}
