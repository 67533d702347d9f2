// An illustrative pack modelled on 通辽市's "一个基准、三张清单" as its 司法局 reported it (data-sources.md):
// every row is an example written for this project, in the fields the report names, scaled down, in two
// revisions (the Dec 2022 通告 and the Jun 2023 adjustment). It is never the city's official list: the
// 通告's tables are not available here.
import type { Validity } from '../../../data/engine/model.ts';
import { type ItemSpec, ref, type TierSpec } from '../spec.ts';

/** The report gives months only; the first of the month stands for them. */
export const V1 = '2022-12-01';
export const V2 = '2023-06-01';

const ROW = '示例数据：仿照通辽市公开报道的清单编写，并非该市通告中的原文条目';
const until = (to: string | null, extra: Partial<Validity> = {}): Validity => ({ from: V1, to, ...extra });
const from2 = (extra: Partial<Validity> = {}): Validity => ({ from: V2, to: null, ...extra });

export const TONGLIAO_NOTES = [
  '通辽市 “一个基准、三张清单” as reported by 通辽市司法局 (echinagov.com/news/344417.htm): the Dec 2022 通告 published 273 行政处罚事项, 913 裁量基准条目, 117 不予处罚情形, 97 从轻减轻处罚情形 and 22 免予强制情形; the Jun 2023 adjustment added 89 基准条目, added 21 and removed 1 不予处罚情形, added 12 从轻减轻情形, added 6 免予强制情形 and changed 1.',
  'Every record in this pack is illustrative: written for this project in the fields the report names (市场监管, 文化旅游, 人社, 税务, 交通运输, 生态环境, 城市管理, 卫健), scaled down, never the city’s official list. The 通告’s tables are not available here; an imported official table would replace this pack.',
  'Scaled pattern: Dec 2022 — 8 不予处罚, 3 从轻 + 2 减轻, 3 免予强制, 15 tiers; Jun 2023 — +3 −1 不予处罚, +1 从轻 +1 减轻, +1 免予强制 and 1 changed, +2 tiers.',
  `The report gives months only: ${V1} stands for Dec 2022 and ${V2} for Jun 2023.`,
];

const FIRST = ['首次违法', '危害后果轻微', '及时改正'];
const XZCF_33 = [ref('行政处罚法', 33, 1)];

function item(spec: Omit<ItemSpec, 'basis' | 'note'> & { why?: string }): ItemSpec {
  const { why, ...rest } = spec;
  return { ...rest, basis: 'illustrative', note: why ? `${ROW}；${why}` : `${ROW}。` };
}

export const TONGLIAO_ITEMS: ItemSpec[] = [
  // ── 不予处罚 ──
  item({
    id: 'TL-np-01',
    list: 'no-penalty',
    title: '销售农药残留超标的香蕉，销售者履行了进货查验义务并能如实说明进货来源',
    matters: [ref('食品安全法', 124, 1, 1)],
    conditions: [
      '履行了进货查验等义务',
      '有充分证据证明不知道所采购的食品不符合食品安全标准',
      '能如实说明进货来源',
    ],
    measures: ['没收不符合食品安全标准的香蕉'],
    legalBasis: [ref('食品安全法', 34, 1, 2), ref('食品安全法', 124, 1, 1), ref('食品安全法', 136)],
    authority: '市场监督管理局',
    why: '即报道所述的香蕉案：第三十四条第（二）项 → 第一百二十四条第一款第（一）项 → 第一百三十六条。',
    validity: until(null),
  }),
  item({
    id: 'TL-np-02',
    list: 'no-penalty',
    title: '市场主体未将营业执照置于住所或者主要经营场所醒目位置，在责令改正期限内改正',
    matters: [ref('市场主体登记管理条例', 48, 1)],
    conditions: ['首次被发现', '在责令改正期限内改正'],
    measures: ['责令改正'],
    legalBasis: [ref('市场主体登记管理条例', 48, 1)],
    authority: '市场监督管理局',
    validity: until(null),
  }),
  item({
    id: 'TL-np-03',
    list: 'no-penalty',
    title: '经营者标价签内容不全，首次被发现并当场改正',
    matters: [ref('价格法', 42)],
    conditions: [...FIRST, '没有违法所得'],
    measures: ['责令改正', '批评教育'],
    legalBasis: [...XZCF_33, ref('价格法', 42)],
    authority: '市场监督管理局',
    validity: until(null),
  }),
  item({
    id: 'TL-np-04',
    list: 'no-penalty',
    title: '纳税人未按照规定的期限办理纳税申报，首次发生且在限期内改正',
    matters: [ref('税收征收管理法', 62)],
    conditions: ['首次发生', '危害后果轻微', '在税务机关责令限期改正的期限内改正'],
    measures: ['对当事人进行教育'],
    legalBasis: [...XZCF_33, ref('税收征收管理法', 62)],
    authority: '税务局',
    validity: until(null),
  }),
  item({
    id: 'TL-np-05',
    list: 'no-penalty',
    title: '从事道路货物运输站（场）经营未按规定备案，在责令改正期限内补办',
    matters: [ref('道路运输条例', 65, 3)],
    conditions: ['在责令改正期限内补办备案'],
    measures: ['责令改正'],
    legalBasis: [ref('道路运输条例', 65, 3)],
    authority: '交通运输局',
    validity: until(null),
  }),
  item({
    id: 'TL-np-06',
    list: 'no-penalty',
    title: '用人单位首次未按要求报送书面材料，在限期内补报',
    matters: [ref('劳动保障监察条例', 30, 1, 2)],
    conditions: [...FIRST, '未隐瞒事实真相'],
    measures: ['责令改正'],
    legalBasis: [...XZCF_33, ref('劳动保障监察条例', 30, 1, 2)],
    authority: '人力资源和社会保障局',
    validity: until(null),
  }),
  item({
    id: 'TL-np-07',
    list: 'no-penalty',
    title: '临时在街道两侧堆放少量物料，经告知后立即清理',
    matters: [ref('城市市容和环境卫生管理条例', 36, 1, 2)],
    conditions: [...FIRST, '经告知后立即清理'],
    measures: ['责令停止违法行为', '限期清理'],
    legalBasis: [...XZCF_33, ref('城市市容和环境卫生管理条例', 36, 1, 2)],
    authority: '城市管理综合执法局',
    why: '在2023年6月调整中删除，对应该市删除的1项不予处罚情形。',
    validity: until(V2),
  }),
  item({
    id: 'TL-np-08',
    list: 'no-penalty',
    title: '公共场所从业人员健康合格证过期未满30日，已补办',
    matters: [ref('公共场所卫生管理条例', 14, 1, 2)],
    conditions: [...FIRST, '已补办健康合格证'],
    measures: ['责令改正'],
    legalBasis: [...XZCF_33, ref('公共场所卫生管理条例', 14, 1, 2)],
    authority: '卫生健康委员会',
    validity: until(null),
  }),
  item({
    id: 'TL-np-09',
    list: 'no-penalty',
    title: '上网服务营业场所未悬挂未成年人禁入标志，当场改正',
    matters: [ref('互联网上网服务营业场所管理条例', 31, 1, 5)],
    conditions: [...FIRST, '未接纳未成年人'],
    measures: ['责令改正'],
    legalBasis: [...XZCF_33, ref('互联网上网服务营业场所管理条例', 31, 1, 5)],
    authority: '文化旅游体育局',
    why: '在2023年6月调整中新增。',
    validity: from2(),
  }),
  item({
    id: 'TL-np-10',
    list: 'no-penalty',
    title: '干洗店异味处理装置临时故障，首次被发现并及时修复',
    matters: [ref('大气污染防治法', 120)],
    conditions: [...FIRST, '未造成周边环境污染投诉'],
    measures: ['责令改正'],
    legalBasis: [...XZCF_33, ref('大气污染防治法', 120)],
    authority: '生态环境局',
    why: '在2023年6月调整中新增。',
    validity: from2(),
  }),
  item({
    id: 'TL-np-11',
    list: 'no-penalty',
    title: '非餐饮经营者首次经营少量超过保质期的预包装食品',
    matters: [ref('食品安全法', 124, 1, 5)],
    conditions: [...FIRST, '货值金额不超过500元', '能如实说明进货来源', '未造成食品安全事故'],
    measures: ['没收超过保质期的食品', '责令改正'],
    legalBasis: [...XZCF_33, ref('食品安全法', 34, 1, 10), ref('食品安全法', 124, 1, 5)],
    authority: '市场监督管理局',
    why: '在2023年6月调整中新增。',
    validity: from2(),
  }),

  // ── 从轻 / 减轻 ──
  item({
    id: 'TL-lt-01',
    list: 'lighter',
    title: '经营者违反明码标价规定，主动消除违法行为危害后果',
    matters: [ref('价格法', 42)],
    conditions: ['主动消除或者减轻违法行为危害后果'],
    measures: ['按法定幅度下限处罚'],
    legalBasis: [ref('价格法', 42), ref('行政处罚法', 32, 1, 1)],
    authority: '市场监督管理局',
    validity: until(null),
  }),
  item({
    id: 'TL-lt-02',
    list: 'lighter',
    title: '货运经营者不按规定维护和检测运输车辆，配合查处有立功表现',
    matters: [ref('道路运输条例', 69, 1)],
    conditions: ['配合行政机关查处违法行为有立功表现'],
    measures: ['在法定幅度内从轻处罚'],
    legalBasis: [ref('道路运输条例', 69, 1), ref('行政处罚法', 32, 1, 4)],
    authority: '交通运输局',
    validity: until(null),
  }),
  item({
    id: 'TL-lt-03',
    list: 'lighter',
    title: '职业技能培训机构违反培训规定，主动供述尚未掌握的违法行为',
    matters: [ref('劳动保障监察条例', 28, 1)],
    conditions: ['主动供述行政机关尚未掌握的违法行为'],
    measures: ['在法定幅度内从轻处罚'],
    legalBasis: [ref('劳动保障监察条例', 28, 1), ref('行政处罚法', 32, 1, 3)],
    authority: '人力资源和社会保障局',
    validity: until(null),
  }),
  item({
    id: 'TL-lt-04',
    list: 'lighter',
    title: '干洗店未保持异味处理装置正常使用，主动停业整改',
    matters: [ref('大气污染防治法', 120)],
    conditions: ['主动消除或者减轻违法行为危害后果'],
    measures: ['在法定幅度内从轻处罚'],
    legalBasis: [ref('大气污染防治法', 120), ref('行政处罚法', 32, 1, 1)],
    authority: '生态环境局',
    why: '在2023年6月调整中新增。',
    validity: from2(),
  }),
  item({
    id: 'TL-mt-01',
    list: 'mitigated',
    title: '销售农药残留超标的食品，系受供货商诱骗',
    matters: [ref('食品安全法', 124, 1, 1)],
    conditions: ['受他人胁迫或者诱骗实施违法行为'],
    measures: ['在法定最低罚款数额以下处罚'],
    legalBasis: [ref('食品安全法', 124, 1, 1), ref('行政处罚法', 32, 1, 2)],
    authority: '市场监督管理局',
    validity: until(null),
  }),
  item({
    id: 'TL-mt-02',
    list: 'mitigated',
    title: '市场主体虚报注册资本取得登记，主动供述且已补足注册资本',
    matters: [ref('市场主体登记管理条例', 45, 1)],
    conditions: ['主动供述行政机关尚未掌握的违法行为', '已补足注册资本'],
    measures: ['在法定最低罚款数额以下处罚'],
    legalBasis: [ref('市场主体登记管理条例', 45, 1), ref('行政处罚法', 32, 1, 3)],
    authority: '市场监督管理局',
    // An earlier draft of this row reduced the fine for a late 变更登记 that was made good: 第四十六条 fines
    // only on refusing to correct, so there is no fine to reduce. 第四十五条 fines at once.
    why: '第四十五条第一款当即处以罚款，减轻处罚才有对象（第四十六条仅在拒不改正时罚款，已改正者不予罚款，无可减轻）。',
    validity: until(null),
  }),
  item({
    id: 'TL-mt-03',
    list: 'mitigated',
    title: '演出场所经营单位未办理备案手续，主动补办且未举办演出',
    matters: [ref('营业性演出管理条例', 50, 2)],
    conditions: ['主动消除或者减轻违法行为危害后果', '备案前未举办营业性演出'],
    measures: ['在法定最低罚款数额以下处罚'],
    legalBasis: [ref('营业性演出管理条例', 50, 2), ref('行政处罚法', 32, 1, 1)],
    authority: '文化旅游体育局',
    why: '在2023年6月调整中新增。',
    validity: from2(),
  }),

  // ── 免予行政强制 ──
  item({
    id: 'TL-ce-01',
    list: 'coercion-exempt',
    title: '经营少量超过保质期的食品，已主动下架',
    matters: [ref('食品安全法', 124, 1, 5)],
    conditions: ['货值金额较小', '已主动下架、封存'],
    measures: ['可以不依据食品安全法第一百一十条第（四）项查封、扣押'],
    legalBasis: [ref('行政强制法', 16, 2), ref('食品安全法', 110, 1, 4)],
    authority: '市场监督管理局',
    validity: until(null),
  }),
  item({
    id: 'TL-ce-02',
    list: 'coercion-exempt',
    title: '使用特种设备未按规定办理使用登记，设备经检验合格',
    matters: [ref('特种设备安全法', 83, 1, 1)],
    conditions: ['设备经定期检验合格', '已申请办理使用登记'],
    measures: ['可以不依据特种设备安全法第六十一条第（三）项查封、扣押'],
    legalBasis: [ref('行政强制法', 16, 2), ref('特种设备安全法', 61, 1, 3)],
    authority: '市场监督管理局',
    why: '在2023年6月调整中变更（新版为 TL-ce-02-r2），对应该市变更的1项免予强制情形。',
    validity: until(V2, { supersededBy: 'TL-ce-02-r2' }),
  }),
  item({
    id: 'TL-ce-02-r2',
    list: 'coercion-exempt',
    title: '使用特种设备未按规定办理使用登记，设备经检验合格',
    matters: [ref('特种设备安全法', 83, 1, 1)],
    conditions: ['设备经定期检验合格', '已申请办理使用登记', '未发生特种设备事故'],
    measures: ['可以不依据特种设备安全法第六十一条第（三）项查封、扣押'],
    legalBasis: [ref('行政强制法', 16, 2), ref('特种设备安全法', 61, 1, 3)],
    authority: '市场监督管理局',
    why: 'TL-ce-02 在2023年6月调整后的版本，增加了一项条件。',
    validity: from2({ supersedes: ['TL-ce-02'] }),
  }),
  item({
    id: 'TL-ce-03',
    list: 'coercion-exempt',
    title: '干洗店异味处理装置临时故障，已停止使用并维修',
    matters: [ref('大气污染防治法', 120)],
    conditions: ['违法行为情节显著轻微', '未造成严重污染'],
    measures: ['可以不依据环境保护法第二十五条查封、扣押造成污染物排放的设施、设备'],
    legalBasis: [ref('行政强制法', 16, 2), ref('环境保护法', 25)],
    authority: '生态环境局',
    validity: until(null),
  }),
  item({
    id: 'TL-ce-04',
    list: 'coercion-exempt',
    title: '销售产品标识不符合规定的产品，货值较小且已下架',
    matters: [ref('产品质量法', 54)],
    conditions: ['违法行为情节显著轻微', '产品质量经检验合格', '已主动下架'],
    measures: ['可以不依据产品质量法第十八条第一款第（四）项查封、扣押'],
    legalBasis: [ref('行政强制法', 16, 2), ref('产品质量法', 18, 1, 4)],
    authority: '市场监督管理局',
    why: '在2023年6月调整中新增。',
    validity: from2(),
  }),
];

function tier(
  id: string,
  matter: ReturnType<typeof ref>,
  level: TierSpec['level'],
  conditions: string[],
  fine: TierSpec['fine'],
  validity: Validity = until(null),
  measures: string[] = [],
): TierSpec {
  return {
    id,
    matter,
    level,
    conditions,
    fine,
    measures,
    validity,
    note: `${ROW}；示例裁量基准档次。`,
  };
}

const amount = (min: number | null, max: number | null) => ({
  kind: 'amount' as const,
  base: null,
  min,
  max,
});
const BANANA = ref('食品安全法', 124, 1, 1);
const PRICE_TAG = ref('价格法', 42);
const UPKEEP = ref('道路运输条例', 69, 1);
const LICENCE = ref('市场主体登记管理条例', 48, 1);
const DRY_CLEAN = ref('大气污染防治法', 120);

export const TONGLIAO_TIERS: TierSpec[] = [
  tier(
    'TL-T-banana-lt',
    BANANA,
    '从轻',
    ['货值金额不足一万元', '首次发生', '主动召回、下架'],
    amount(50_000, 65_000),
  ),
  tier('TL-T-banana-std', BANANA, '一般', ['货值金额不足一万元'], amount(65_000, 85_000)),
  tier(
    'TL-T-banana-hv',
    BANANA,
    '从重',
    ['货值金额不足一万元', '造成危害后果或者拒不配合调查'],
    amount(85_000, 100_000),
  ),
  tier('TL-T-pricetag-lt', PRICE_TAG, '从轻', ['标价签内容不全', '及时改正'], amount(null, 1000)),
  tier('TL-T-pricetag-std', PRICE_TAG, '一般', ['未明码标价'], amount(1000, 3000)),
  tier('TL-T-pricetag-hv', PRICE_TAG, '从重', ['经责令改正仍不标价', '涉及多种商品'], amount(3000, 5000)),
  tier('TL-T-upkeep-lt', UPKEEP, '从轻', ['涉及车辆1辆', '及时补检'], amount(1000, 2000)),
  tier('TL-T-upkeep-std', UPKEEP, '一般', ['涉及车辆2至5辆'], amount(2000, 4000)),
  tier('TL-T-upkeep-hv', UPKEEP, '从重', ['涉及车辆6辆以上或者造成事故隐患'], amount(4000, 5000)),
  tier('TL-T-licence-lt', LICENCE, '从轻', ['拒不改正', '经营规模较小'], amount(null, 5000)),
  tier('TL-T-licence-std', LICENCE, '一般', ['拒不改正'], amount(5000, 15_000)),
  tier('TL-T-licence-hv', LICENCE, '从重', ['拒不改正', '造成不良影响'], amount(15_000, 30_000)),
  tier('TL-T-dryclean-lt', DRY_CLEAN, '从轻', ['首次发生', '未被投诉'], amount(2000, 8000)),
  tier('TL-T-dryclean-std', DRY_CLEAN, '一般', ['影响周边环境'], amount(8000, 14_000)),
  tier('TL-T-dryclean-hv', DRY_CLEAN, '从重', ['多次被投诉或者拒不改正'], amount(14_000, 20_000)),
  // Jun 2023 revision: two tiers added.
  tier('TL-T-licence-np', LICENCE, '不予处罚', ['首次被发现', '在责令改正期限内改正'], null, from2(), [
    '责令改正',
  ]),
  tier('TL-T-banana-mit', BANANA, '减轻', ['受他人胁迫或者诱骗实施违法行为'], amount(null, 50_000), from2()),
];
