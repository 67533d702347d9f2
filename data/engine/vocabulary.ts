// The closed vocabularies of the dataset as values, for code that must enumerate them: the schema, the
// stats, the widget's configuration. The types stay in model.ts; the checks below fail to compile when an
// array and its type differ, so this is the one place the values are listed. Pure, no dependencies.
import type { Basis, Domain, FineBase, ListKind, TierLevel } from './model.ts';

/** The eight domains of the reference city's report first, then the others a law's authority may give. */
export const DOMAINS = [
  '市场监管',
  '文化旅游',
  '人社',
  '税务',
  '交通运输',
  '生态环境',
  '城市管理',
  '卫健',
  '药品监管',
  '应急管理',
  '公安交管',
  '自然资源',
  '其他',
] as const satisfies readonly Domain[];

/** The eight domains of the reference city's report: always listed in the stats, even at zero. */
export const MAIN_DOMAINS = DOMAINS.slice(0, 8) as readonly Domain[];

export const LIST_KINDS = [
  'no-penalty',
  'lighter',
  'mitigated',
  'coercion-exempt',
] as const satisfies readonly ListKind[];

export const BASES = ['statute', 'official', 'derived', 'illustrative'] as const satisfies readonly Basis[];

export const TIER_LEVELS = [
  '不予处罚',
  '减轻',
  '从轻',
  '一般',
  '从重',
] as const satisfies readonly TierLevel[];

export const FINE_BASES = [
  '货值金额',
  '违法所得',
  '广告费用',
  '工程造价',
  '应纳税款',
  '营业额',
  '其他',
] as const satisfies readonly FineBase[];

/** Compiles only when every member of the type is in the array (`satisfies` checks the other way). */
type Covers<All, Listed extends All> = [Exclude<All, Listed>] extends [never] ? true : never;
const covered: [
  Covers<Domain, (typeof DOMAINS)[number]>,
  Covers<ListKind, (typeof LIST_KINDS)[number]>,
  Covers<Basis, (typeof BASES)[number]>,
  Covers<TierLevel, (typeof TIER_LEVELS)[number]>,
  Covers<FineBase, (typeof FINE_BASES)[number]>,
] = [true, true, true, true, true];
void covered;
