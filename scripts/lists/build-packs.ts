// Builds the packs this project writes itself: `national` (the statutory lists, the national lists with
// honest labels, correction-first items and derived tiers; the matters are merged in at load time) and
// `tongliao-illustrative` (example rows of the reference city, two revisions). Deterministic: the same
// dataset gives byte-identical packs.
import { provisionText, versionsOf } from '../../data/engine/laws.ts';
import type { ListItem, Pack, Tier } from '../../data/engine/model.ts';
import type { Corpus } from './corpus.ts';
import { correctionFirstItems } from './correction-first.ts';
import { derivedTiers } from './derived-tiers.ts';
import { NATIONAL_ITEMS } from './sources/national.ts';
import { TONGLIAO_ITEMS, TONGLIAO_NOTES, TONGLIAO_TIERS, V2 } from './sources/tongliao.ts';
import { buildItem, buildTier, SpecError } from './spec.ts';

/** Provisions the national items rely on reading the same in every version (data-sources.md says so). */
const SAME_IN_EVERY_VERSION = [{ lawId: '食品安全法', article: 136, paragraph: null, item: null }];

function latest(dates: string[]): string {
  return [...dates].sort().at(-1) ?? '1970-01-01';
}

function checkUnchanged(corpus: Corpus): void {
  for (const r of SAME_IN_EVERY_VERSION) {
    const texts = new Set(versionsOf(corpus.laws, r.lawId).map((v) => provisionText(v, r)));
    if (texts.size !== 1) throw new SpecError(`${r.lawId} 第${r.article}条 differs between versions`);
  }
}

export function buildNationalPack(corpus: Corpus): Pack {
  checkUnchanged(corpus);
  const lists: ListItem[] = [
    ...NATIONAL_ITEMS.map((spec) => buildItem(spec, corpus)),
    ...correctionFirstItems(corpus.matters),
  ];
  const tiers: Tier[] = corpus.matters.flatMap(derivedTiers);
  const asOf = latest([...lists, ...tiers].map((r) => r.validity.from));
  return {
    id: 'national',
    title: '全国：法定处罚事项、三张清单（法定情形与国家清单）与派生裁量阶次',
    version: asOf,
    asOf,
    matters: [],
    tiers,
    lists,
    renames: {},
    notes: [
      'Lists: the rules the statutes set (行政处罚法 第三十条至第三十三条, 食品安全法 第一百三十六条, 行政强制法 第十六条第二款), one no-penalty item per matter whose penalty clause orders correction first (rule correction-first-v1), the 国家税务总局 首违不罚 lists as published (公告2021年第6号 items 1–10, 公告2021年第33号 items 1–2: official, their wording read on an official page; the link from an item to a statute article is this project’s own), and the market regulator’s list, seen only in reports (illustrative).',
      'Tiers: derived by this project’s rule thirds-v1 (data/README.md), not an official benchmark: 国办发〔2022〕27号 requires tiers inside the statutory range and sets no percentages.',
      'Matters are derived from the law text (data/matters/) and merged into this pack when the dataset is loaded.',
    ],
  };
}

export function buildTongliaoPack(corpus: Corpus): Pack {
  return {
    id: 'tongliao-illustrative',
    title: '通辽市“一个基准、三张清单”（示例，非官方）',
    version: V2,
    asOf: V2,
    matters: [],
    tiers: TONGLIAO_TIERS.map((spec) => buildTier(spec, corpus)),
    lists: TONGLIAO_ITEMS.map((spec) => buildItem(spec, corpus)),
    renames: {},
    notes: TONGLIAO_NOTES,
  };
}
