// National list items: the rules the statutes themselves set; the national 首违不罚 lists of the tax
// administration as published (official: their wording was read on an official page); and the market
// regulator's list, seen only in reports (illustrative). The legal basis text is quoted from the law text when the packs are generated.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { formatRef } from '../corpus.ts';
import { type ItemSpec, ref } from '../spec.ts';

const XZCF = '行政处罚法@2021-01-22';
const XZCF_FROM = '2021-07-15';

function statuteItem(spec: Omit<ItemSpec, 'basis' | 'authority' | 'matters'> & Partial<ItemSpec>): ItemSpec {
  return { basis: 'statute', authority: null, matters: [], ...spec };
}

/**
 * Matters of producing or selling food that does not meet the food-safety standards (食品安全法 第一百三十六条
 * spares a seller who bought such food in good faith): the standard's limits, additives, spoilage, shelf life,
 * contamination, labels, and the catch-all of 第一百二十四条第二款.
 */
const FOOD_NOT_TO_STANDARD = [
  ref('食品安全法', 123, 1, 2),
  ref('食品安全法', 124, 1, 1),
  ref('食品安全法', 124, 1, 3),
  ref('食品安全法', 124, 1, 4),
  ref('食品安全法', 124, 1, 5),
  ref('食品安全法', 124, 2),
  ref('食品安全法', 125, 1, 1),
  ref('食品安全法', 125, 1, 2),
];

const GENERAL: ItemSpec[] = [
  statuteItem({
    id: 'N-np-行政处罚法-33-1-a',
    list: 'no-penalty',
    title: '违法行为轻微并及时改正，没有造成危害后果的，不予行政处罚',
    conditions: ['违法行为轻微', '及时改正', '没有造成危害后果'],
    measures: ['对当事人进行教育'],
    legalBasis: [ref('行政处罚法', 33, 1), ref('行政处罚法', 33, 3)],
    lawVersion: XZCF,
    note: '行政处罚法 第三十三条第一款第一句：不予行政处罚（“不予”，不属于裁量）；第三款：行政机关应当对当事人进行教育。适用于所有事项，故不指向具体事项。',
    validity: { from: XZCF_FROM, to: null },
  }),
  statuteItem({
    id: 'N-np-行政处罚法-33-1-b',
    list: 'no-penalty',
    title: '初次违法且危害后果轻微并及时改正的，可以不予行政处罚',
    conditions: ['初次违法', '危害后果轻微', '及时改正'],
    measures: ['对当事人进行教育'],
    legalBasis: [ref('行政处罚法', 33, 1), ref('行政处罚法', 33, 3)],
    lawVersion: XZCF,
    note: '行政处罚法 第三十三条第一款第二句：可以不予行政处罚（“可以”）。税务和市场监管部门的首违不罚清单将该规则适用于列明的具体违法行为。',
    validity: { from: XZCF_FROM, to: null },
  }),
  statuteItem({
    id: 'N-np-行政处罚法-33-2',
    list: 'no-penalty',
    title: '当事人有证据足以证明没有主观过错的，不予行政处罚',
    conditions: ['有证据足以证明没有主观过错'],
    measures: ['对当事人进行教育'],
    legalBasis: [ref('行政处罚法', 33, 2), ref('行政处罚法', 33, 3)],
    lawVersion: XZCF,
    note: '行政处罚法 第三十三条第二款；法律、行政法规可以另作规定（法律、行政法规另有规定的，从其规定）。',
    validity: { from: XZCF_FROM, to: null },
  }),
  statuteItem({
    id: 'N-np-行政处罚法-30-a',
    list: 'no-penalty',
    title: '不满十四周岁的未成年人有违法行为的，不予行政处罚',
    conditions: ['不满十四周岁'],
    measures: ['责令监护人加以管教'],
    legalBasis: [ref('行政处罚法', 30)],
    lawVersion: XZCF,
    note: '行政处罚法 第三十条前半句（分号之前）。',
    validity: { from: XZCF_FROM, to: null },
  }),
  statuteItem({
    id: 'N-np-行政处罚法-31-a',
    list: 'no-penalty',
    title: '精神病人、智力残疾人在不能辨认或者不能控制自己行为时有违法行为的，不予行政处罚',
    conditions: ['精神病人、智力残疾人', '不能辨认或者不能控制自己行为时有违法行为'],
    measures: ['责令其监护人严加看管和治疗'],
    legalBasis: [ref('行政处罚法', 31)],
    lawVersion: XZCF,
    note: '行政处罚法 第三十一条第一句；另据第二句，间歇性精神病人在精神正常时有违法行为的，应当给予行政处罚。',
    validity: { from: XZCF_FROM, to: null },
  }),
  statuteItem({
    id: 'N-np-食品安全法-136',
    list: 'no-penalty',
    title:
      '食品经营者履行了进货查验等义务，不知道所采购的食品不符合食品安全标准并能如实说明进货来源的，可以免予处罚',
    matters: FOOD_NOT_TO_STANDARD,
    conditions: [
      '履行了进货查验等义务',
      '有充分证据证明不知道所采购的食品不符合食品安全标准',
      '能如实说明进货来源',
    ],
    measures: ['依法没收不符合食品安全标准的食品'],
    legalBasis: [ref('食品安全法', 136)],
    authority: '县级以上人民政府食品安全监督管理部门',
    lawVersion: '食品安全法@2021-04-29',
    note: '食品安全法 第一百三十六条，2021年版与2025年版条文相同（生成程序会核对）。该条适用于经营者采购的任何不符合食品安全标准的食品，故关联经营不符合食品安全标准的食品的各事项（第一百二十三条第一款第（二）项，第一百二十四条第一款第（一）项、第（三）项至第（五）项和第二款，第一百二十五条第一款第（一）项、第（二）项），其中包括香蕉案（第三十四条第（二）项 → 第一百二十四条第一款第（一）项：农药残留超标）。关联系本项目所作。造成损害的，仍须承担赔偿责任。',
    validity: { from: '2021-04-29', to: null },
  }),
  statuteItem({
    id: 'N-ce-行政强制法-16-2',
    list: 'coercion-exempt',
    title: '违法行为情节显著轻微或者没有明显社会危害的，可以不采取行政强制措施',
    conditions: ['违法行为情节显著轻微或者没有明显社会危害'],
    measures: ['可以不采取行政强制措施'],
    legalBasis: [ref('行政强制法', 16, 2)],
    lawVersion: '行政强制法@2011-06-30',
    note: '行政强制法 第十六条第二款：适用于所有行政强制措施（查封、扣押 …）的一般规则，故不指向具体事项。',
    validity: { from: '2012-01-01', to: null },
  }),
];

/** 行政处罚法 第三十条、第三十一条、第三十二条: the same circumstances allow 从轻 or 减轻, so each is on both lists. */
const LIGHTER_OR_MITIGATED: {
  key: string;
  title: string;
  condition: string;
  basis: ReturnType<typeof ref>;
}[] = [
  {
    key: '32-1',
    title: '主动消除或者减轻违法行为危害后果的，应当从轻或者减轻行政处罚',
    condition: '主动消除或者减轻违法行为危害后果',
    basis: ref('行政处罚法', 32, 1, 1),
  },
  {
    key: '32-2',
    title: '受他人胁迫或者诱骗实施违法行为的，应当从轻或者减轻行政处罚',
    condition: '受他人胁迫或者诱骗实施违法行为',
    basis: ref('行政处罚法', 32, 1, 2),
  },
  {
    key: '32-3',
    title: '主动供述行政机关尚未掌握的违法行为的，应当从轻或者减轻行政处罚',
    condition: '主动供述行政机关尚未掌握的违法行为',
    basis: ref('行政处罚法', 32, 1, 3),
  },
  {
    key: '32-4',
    title: '配合行政机关查处违法行为有立功表现的，应当从轻或者减轻行政处罚',
    condition: '配合行政机关查处违法行为有立功表现',
    basis: ref('行政处罚法', 32, 1, 4),
  },
  {
    key: '30-b',
    title: '已满十四周岁不满十八周岁的未成年人有违法行为的，应当从轻或者减轻行政处罚',
    condition: '已满十四周岁不满十八周岁',
    basis: ref('行政处罚法', 30),
  },
  {
    key: '31-b',
    title: '尚未完全丧失辨认或者控制自己行为能力的精神病人、智力残疾人有违法行为的，可以从轻或者减轻行政处罚',
    condition: '尚未完全丧失辨认或者控制自己行为能力的精神病人、智力残疾人',
    basis: ref('行政处罚法', 31),
  },
];

const LIGHTER: ItemSpec[] = LIGHTER_OR_MITIGATED.flatMap(({ key, title, condition, basis }) =>
  (['lighter', 'mitigated'] as const).map((list) =>
    statuteItem({
      id: `N-${list === 'lighter' ? 'lt' : 'mt'}-行政处罚法-${key}`,
      list,
      title,
      conditions: [condition],
      measures: [list === 'lighter' ? '从轻处罚：在法定幅度内从轻' : '减轻处罚：在法定最低限度以下'],
      legalBasis: [basis],
      lawVersion: XZCF,
      note: `行政处罚法 第${key.split('-')[0]}条对该情形规定从轻或者减轻，二者均可；该情形同时列入两张清单，选择哪一种由行政机关决定。`,
      validity: { from: XZCF_FROM, to: null },
    }),
  ),
);

// ───────────── 国家税务总局 税务行政处罚“首违不罚”事项清单 (official) ─────────────

/** The two published lists as read on an official page (data/sources/official/tax-first-violation.json). */
const taxLists = z
  .object({
    lists: z.array(
      z.object({
        issuer: z.string().min(1),
        docNumber: z.string().min(1),
        title: z.string().min(1),
        effective: z.iso.date(),
        issued: z.iso.date(),
        url: z.url(),
        urlNote: z.string().min(1),
        conditions: z.string().min(1),
        harmNote: z.string().min(1).optional(),
        items: z.array(z.object({ no: z.number().int().positive(), text: z.string().min(1) })),
      }),
    ),
  })
  .parse(
    JSON.parse(
      readFileSync(
        new URL('../../../data/sources/official/tax-first-violation.json', import.meta.url),
        'utf8',
      ),
    ),
  );

/**
 * This project's own link from each item to the penalty provision of the matters it spares (the lists
 * publish no legal-basis column), keyed by document number and item number. Items that rest on rules not
 * held here (发票管理办法, 税收票证管理办法, 非居民承包工程作业和提供劳务税收管理暂行办法) link to none.
 */
const TAX_LINKS: Record<string, ReturnType<typeof ref> | undefined> = {
  '国家税务总局公告2021年第6号 1': ref('税收征收管理法', 60, 1, 4),
  '国家税务总局公告2021年第6号 2': ref('税收征收管理法', 60, 1, 2),
  '国家税务总局公告2021年第6号 3': ref('税收征收管理法', 62, 1),
  '国家税务总局公告2021年第6号 7': ref('税收征收管理法', 61, 1),
  '国家税务总局公告2021年第6号 8': ref('税收征收管理法', 62, 1),
  '国家税务总局公告2021年第33号 2': ref('税收征收管理法实施细则', 90, 1),
};

/** "对于首次发生…且危害后果轻微，在…期限内改正的，不予行政处罚。" as a checklist, in the list's words. */
const TAX_CONDITIONS = [
  '首次发生清单中所列事项',
  '危害后果轻微',
  '在税务机关发现前主动改正或者在税务机关责令限期改正的期限内改正',
];

const TAX: ItemSpec[] = taxLists.lists.flatMap((list, li) =>
  list.items.map((item, ii) => {
    const penalty = TAX_LINKS[`${list.docNumber} ${item.no}`];
    const n = taxLists.lists.slice(0, li).reduce((sum, l) => sum + l.items.length, 0) + ii + 1;
    const link = penalty
      ? `清单未列法律依据；本项与${formatRef(penalty)}（所免除的处罚）的关联系本项目所作（依据类型：法律条文），非官方内容。`
      : '清单未列法律依据；所免除的处罚规定于本数据集未收录的规章，故本项不关联事项。';
    return {
      id: `N-np-税务首违-${String(n).padStart(2, '0')}`,
      list: 'no-penalty' as const,
      title: item.text,
      matters: penalty ? [penalty] : [],
      conditions: TAX_CONDITIONS,
      measures: ['不予行政处罚'],
      legalBasis: penalty ? [penalty] : [],
      legalBasisText: `${list.title}：${list.conditions}`,
      authority: '税务机关',
      basis: 'official' as const,
      official: { issuer: list.issuer, docNumber: list.docNumber, date: list.issued, url: list.url },
      note: [
        `${list.docNumber}第${item.no}项，${list.effective}起施行；表述与官方网页核对（${list.urlNote}）。`,
        link,
        '自2021-07-15起，该类不予处罚亦可见行政处罚法 第三十三条第一款第二句（初次违法且危害后果轻微并及时改正的，可以不予行政处罚）；清单施行时该条尚未施行。',
        ...(list.harmNote ? [list.harmNote] : []),
      ].join(''),
      validity: { from: list.effective, to: null },
    };
  }),
);

// ───────────── 市场监管总局 国市监法〔2025〕10号 (data-sources.md: wording seen only in reports) ─────────────

const SAMR_SOURCE =
  '据报道，本项属于市场监管总局随国市监法〔2025〕10号（2025-01-27印发，2025-02-07公布）发布的清单：《市场监管行政违法行为首违不罚清单（一）》（8项）和《市场监管轻微行政违法行为不予处罚清单（一）》（4项）。标题和条件根据新闻报道转述，未与官方文本核对，核对之前本项为示例数据。';
const SAMR_COMMON = ['同一经营者两年内未发生同类违法行为', '立即改正或者在责令改正期限内改正'];

const SAMR: ItemSpec[] = [
  {
    id: 'N-np-市场监管2025-食用农产品',
    list: 'no-penalty',
    title: '经营不符合食品安全标准的食用农产品',
    matters: [ref('食品安全法', 124, 1, 1)],
    conditions: [
      ...SAMR_COMMON,
      '非主观故意',
      '不符合食品安全标准的情形不是销售者造成的',
      '能如实说明进货来源',
      '未造成食品安全事故',
    ],
    measures: [],
    legalBasis: [ref('行政处罚法', 33, 1)],
    authority: '市场监督管理部门',
    basis: 'illustrative',
    note: `${SAMR_SOURCE}本项是香蕉案在全国层面的对应规定；以其常见情形关联农药残留超标事项（食品安全法 第一百二十四条第一款第（一）项）。`,
    validity: { from: '2025-01-27', to: null },
  },
  {
    id: 'N-np-市场监管2025-超过保质期',
    list: 'no-penalty',
    title: '经营超过保质期的食品、食品添加剂',
    matters: [ref('食品安全法', 124, 1, 5)],
    conditions: [
      ...SAMR_COMMON,
      '不属于餐饮服务提供者',
      '能如实说明进货来源',
      '货值金额不超过500元',
      '未造成食品安全事故或者食源性疾病',
    ],
    measures: [],
    legalBasis: [ref('行政处罚法', 33, 1)],
    authority: '市场监督管理部门',
    basis: 'illustrative',
    note: `${SAMR_SOURCE}2025-03-19《天津日报》报道了一起针对该违法行为、依据行政处罚法 第三十三条第一款和首违不罚清单（一）作出决定的案件。`,
    validity: { from: '2025-01-27', to: null },
  },
];

export const NATIONAL_ITEMS: ItemSpec[] = [...GENERAL, ...LIGHTER, ...TAX, ...SAMR];
