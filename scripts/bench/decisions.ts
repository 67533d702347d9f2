// Realistic benchmark text: a seeded generator of penalty decisions in which nearly every sentence
// is distinct, across every domain of the dataset. Each decision is built from sentence templates
// (more than forty) filled with varied parties, places, people, dates and amounts, and cites real
// matters' provisions in every form the engine reads: full titles with version notes, 以下简称
// names, bare short names, 该法 / 本法, 同条 / 前款, lists and ranges, 第X条之一, items; fines as
// figures, 万元, Chinese numerals, multiples of a base, fines on persons; act dates; document numbers.
// A scan's caches then meet what a real bundle of decisions gives them, not repeated boilerplate.
import type { EngineData } from '../../data/engine/api.ts';
import type { FineRule, LawVersion, Matter } from '../../data/engine/model.ts';
import { intToChinese } from '../../data/engine/numerals.ts';
import { provisionLabel } from '../../data/engine/wording.ts';

/** Mulberry32: small, fast, and the same sequence for a seed on every machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CITIES = [
  '呼和浩特',
  '包头',
  '通辽',
  '赤峰',
  '鄂尔多斯',
  '乌海',
  '兴安',
  '锡林郭勒',
  '巴彦淖尔',
  '乌兰察布',
  '阿拉善',
  '呼伦贝尔',
];
const DISTRICTS = [
  '新城',
  '回民',
  '玉泉',
  '赛罕',
  '昆都仑',
  '青山',
  '科尔沁',
  '红山',
  '东胜',
  '海勃湾',
  '集宁',
  '临河',
  '海拉尔',
];
const STREETS = [
  '建设路',
  '新华大街',
  '人民路',
  '解放路',
  '民族街',
  '胜利路',
  '团结路',
  '中山路',
  '光明街',
  '和平路',
];
const SURNAMES =
  '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文';
const GIVEN =
  '伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华建国志红玉兰春梅海燕晓东亮斌宇浩然子轩雨欣佳琪文博思远';
const TRADES = [
  '商贸',
  '餐饮',
  '食品',
  '药房',
  '建筑工程',
  '物流',
  '网络科技',
  '文化传媒',
  '汽车服务',
  '农资',
  '化工',
  '建材',
  '旅行社',
  '医疗器械',
  '劳务派遣',
  '房地产开发',
  '印刷',
  '加油站',
];
const FORMS = ['有限公司', '有限责任公司', '股份有限公司', '经营部', '个体工商户', '分公司', '门市部'];
const GOODS = [
  '大米',
  '食用油',
  '牛肉干',
  '奶茶',
  '鲜牛奶',
  '蔬菜',
  '猪肉',
  '白酒',
  '月饼',
  '儿童玩具',
  '电动自行车',
  '化肥',
  '口罩',
  '保健食品',
  '饮用水',
  '面粉',
  '羊肉',
  '蜂蜜',
];
const EVIDENCE = [
  '现场笔录',
  '询问笔录',
  '抽样单',
  '检验报告',
  '进货单据',
  '销售记录',
  '照片',
  '视频资料',
  '营业执照复印件',
  '身份证复印件',
  '证人证言',
  '电子数据',
];
const PERSONS = ['直接负责的主管人员', '其他直接责任人员', '法定代表人', '主要负责人'];
const BASES = ['货值金额', '违法所得', '广告费用', '工程造价', '营业额'];

export interface GeneratedDocument {
  text: string;
  /** Distinct sentences over all sentences (cut at 。！？). */
  distinctShare: number;
}

interface Citable {
  matter: Matter;
  law: LawVersion;
  short: string;
}

/** Matters whose penalty provision's law is bundled, grouped so each domain is drawn from. */
function citables(data: EngineData): Citable[][] {
  const laws = new Map<string, LawVersion>();
  for (const l of data.laws)
    if (!laws.has(l.lawId) || (laws.get(l.lawId)?.issued ?? '') < l.issued) laws.set(l.lawId, l);
  const byDomain = new Map<string, Citable[]>();
  for (const p of data.packs) {
    for (const m of p.matters) {
      const law = laws.get(m.penalty.lawId);
      if (!law) continue;
      const short =
        law.shortNames.find((s) => s !== law.title && s.length >= 3) ??
        law.title.replace(/^中华人民共和国/, '');
      const list = byDomain.get(m.domain) ?? [];
      list.push({ matter: m, law, short });
      byDomain.set(m.domain, list);
    }
  }
  return [...byDomain.values()];
}

/** One decision's varied facts, drawn once. */
class Decision {
  readonly party: string;
  readonly person: string;
  readonly place: string;
  readonly year: number;
  readonly c: Citable;
  readonly alias: string;
  constructor(
    private readonly r: () => number,
    domains: Citable[][],
    readonly n: number,
  ) {
    const domain = this.pick(domains);
    this.c = this.pick(domain);
    this.party = `${this.pick(CITIES)}市${this.name(2)}${this.pick(TRADES)}${this.pick(FORMS)}`;
    this.person = this.name(1);
    this.place = `${this.pick(CITIES)}市${this.pick(DISTRICTS)}区${this.pick(STREETS)}${this.int(1, 300)}号`;
    this.year = this.int(2023, 2025);
    // Aliases as decisions write them: the short name, or a coined one (《征管法》).
    this.alias = this.r() < 0.7 ? this.c.short : `${this.c.short.slice(0, 2)}${this.c.short.slice(-1)}`;
  }
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.r() * list.length)] as T;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.r() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.r() < p;
  }
  name(chars: number): string {
    let s = this.pick([...SURNAMES]);
    for (let i = 0; i < chars; i++) s += this.pick([...GIVEN]);
    return s;
  }
  date(): string {
    return `${this.year}年${this.int(1, 12)}月${this.int(1, 28)}日`;
  }
  goods(): string {
    return this.pick(GOODS);
  }
  /** A yuan amount as decisions write it: 1200元, 人民币1,200元, 1.5万元, 五万二千元. */
  yuan(lo = 500, hi = 200_000): string {
    const v = this.int(lo, hi);
    const form = this.int(0, 3);
    if (form === 0) return `${v}元`;
    if (form === 1) return `人民币${v.toLocaleString('en-US')}元`;
    if (form === 2)
      return `${(v / 10_000)
        .toFixed(v % 100 === 0 ? 2 : 4)
        .replace(/0+$/, '')
        .replace(/\.$/, '')}万元`;
    return `${intToChinese(Math.max(100, Math.round(v / 100) * 100))}元`;
  }
  /** The fine the penalty provision sets, varied inside or outside its range. */
  fine(): string {
    const rule = this.c.matter.statutory.fines.find((f: FineRule) => f.kind === 'amount' && f.max);
    if (rule?.min != null && rule.max != null) {
      const v = this.int(Math.max(1, Math.round(rule.min * 0.8)), Math.round(rule.max * 1.1));
      return this.chance(0.5) ? `${v}元` : `${intToChinese(v)}元`;
    }
    return this.yuan();
  }
  provision(): string {
    const p = this.c.matter.penalty;
    return provisionLabel(p);
  }
  violated(): string {
    const v = this.c.matter.violated[0] ?? this.c.matter.penalty;
    return provisionLabel(v);
  }
  title(note = false): string {
    return `《${this.c.law.title}》${note ? `（${this.c.law.issued.slice(0, 4)}年修正）` : ''}`;
  }
  docNo(): string {
    const abbrev = this.pick([
      '市监',
      '文旅',
      '人社',
      '税',
      '交',
      '环',
      '城管',
      '卫',
      '药监',
      '应急',
      '自然资',
    ]);
    return `${this.pick(CITIES).slice(0, 2)}${abbrev}罚〔${this.year}〕${this.int(1, 999)}号`;
  }
  words(): string {
    return this.c.matter.name.replace(/^(违反|未按|未经|未)/, '').slice(0, 40);
  }
}

type Template = (d: Decision) => string;

/** The decision's parts in order; each part picks one of its templates. */
const PARTS: Template[][] = [
  // Header
  [
    (d) =>
      `${d.pick(CITIES)}市${d.pick(['市场监督管理局', '文化旅游局', '人力资源和社会保障局', '交通运输局', '生态环境局', '城市管理综合执法局', '卫生健康委员会', '应急管理局'])}行政处罚决定书${d.docNo()}\n\n`,
    (d) => `行政处罚决定书\n${d.docNo()}\n\n`,
    (d) => `${d.pick(DISTRICTS)}区综合行政执法局\n行政处罚决定书（${d.docNo()}）\n\n`,
  ],
  // Party
  [
    (d) => `当事人：${d.party}\n住所：${d.place}\n法定代表人：${d.person}\n\n`,
    (d) =>
      `当事人名称：${d.party}，统一社会信用代码：91${d.int(100000, 999999)}MA${d.int(10, 99)}X${d.int(1000, 9999)}，经营场所：${d.place}，负责人：${d.person}。\n\n`,
    (d) =>
      `被处罚人：${d.person}，性别：${d.pick(['男', '女'])}，住址：${d.place}，身份证号码：1501${d.int(10000000, 99999999)}。\n\n`,
  ],
  // Inspection
  [
    (d) =>
      `${d.date()}，本局执法人员依法对当事人位于${d.place}的经营场所进行现场检查，发现当事人涉嫌${d.words()}。`,
    (d) => `${d.date()}，本机关接到${d.name(2)}的举报，反映${d.party}存在${d.words()}的问题。`,
    (d) =>
      `根据${d.pick(['上级交办', '专项整治行动安排', '双随机抽查计划', '群众投诉'])}，执法人员于${d.date()}对当事人开展检查，现场查获${d.goods()}${d.int(2, 900)}${d.pick(['公斤', '箱', '件', '瓶', '袋'])}。`,
    (d) =>
      `${d.date()}，经本局负责人批准，对当事人${d.words()}一案立案调查，并指派${d.name(1)}、${d.name(2)}两名执法人员负责办理。`,
  ],
  // Facts
  [
    (d) =>
      `经查，当事人于${d.date()}从${d.pick(CITIES)}${d.pick(['批发市场', '物流园', '供应商', '网店'])}购进${d.goods()}${d.int(10, 900)}公斤，进货单价为每公斤${d.int(2, 90)}元，销售单价为每公斤${d.int(3, 120)}元。`,
    (d) =>
      `截至案发，当事人已售出${d.int(1, 500)}件，货值金额为${d.yuan(300, 90000)}，违法所得${d.yuan(100, 20000)}。`,
    (d) =>
      `违法行为发生于${d.date()}，持续至${d.date()}，期间当事人共${d.pick(['经营', '销售', '使用', '运输'])}${d.goods()}${d.int(3, 80)}批次。`,
    (d) =>
      `当事人未能提供该批次${d.goods()}的${d.pick(['合格证明文件', '检验检疫证明', '进货查验记录', '购销凭证'])}，亦未建立相应台账。`,
    (d) =>
      `另查明，当事人${d.pick(['曾于', '已于', '于'])}${d.date()}因同类违法行为被${d.pick(CITIES)}市有关部门依据${d.docNo()}行政处罚决定书予以处罚。`,
    (d) =>
      `当事人的${d.pick(BASES)}经核算为${d.yuan(1000, 500000)}，有${d.pick(EVIDENCE)}和${d.pick(EVIDENCE)}在卷佐证。`,
    (d) =>
      `经${d.pick(CITIES)}市${d.pick(['食品检验检测中心', '产品质量检验所', '环境监测站', '疾病预防控制中心'])}检验，该批次${d.goods()}的${d.pick(['菌落总数', '酸价', '铅含量', '农药残留量', '二氧化硫残留量'])}为${d.int(2, 99)}.${d.int(1, 9)}mg/kg，检验结论为不合格。`,
  ],
  // Evidence
  [
    (d) => `以上事实，有${d.pick(EVIDENCE)}、${d.pick(EVIDENCE)}、${d.pick(EVIDENCE)}等证据为证。\n\n`,
    (d) =>
      `上述事实有当事人提供的${d.pick(EVIDENCE)}、执法人员制作的${d.pick(EVIDENCE)}以及${d.pick(EVIDENCE)}等证据证实，证据确实充分。\n\n`,
    (d) => `当事人对上述事实无异议，并在${d.pick(EVIDENCE)}上签字确认（共${d.int(2, 40)}页）。\n\n`,
  ],
  // Finding: the violated provision, defining the alias
  [
    (d) =>
      `本局认为，当事人${d.words()}的行为，违反了${d.title()}（以下简称《${d.alias}》）${d.violated()}的规定。`,
    (d) => `本机关认为，当事人的上述行为违反了${d.title(true)}${d.violated()}之规定，构成${d.words()}。`,
    (d) => `当事人的行为违反了《${d.c.short}》${d.violated()}的规定，事实清楚，证据确凿。`,
    (d) =>
      `依照${d.title()}（以下称“${d.alias}”）${d.violated()}，当事人负有相应义务，其${d.words()}属违法行为。`,
  ],
  // Basis: the penalty provision, by alias, 该法, 同条, ranges
  [
    (d) => `依据《${d.alias}》${d.provision()}的规定，应当给予行政处罚。`,
    (d) => `根据该法${d.provision()}的规定，对${d.person}${d.words()}的行为应予处罚。`,
    (d) =>
      `依据${d.title()}${d.provision()}、同条第二款及${d.pick(['第九条至第十一条', '第三条、第五条', '第十二条之一'])}的规定，本局于${d.date()}决定予以处罚。`,
    (d) =>
      `按照${d.c.short}${d.provision()}和《中华人民共和国行政处罚法》第二十八条第一款的规定，责令当事人改正上述违法行为。`,
    (d) =>
      `${d.c.short}${d.provision()}规定，有前款规定情形的，由${d.pick(['县级以上', '设区的市级', '所在地'])}人民政府有关部门责令改正。`,
  ],
  // Discretion
  [
    (d) =>
      `鉴于当事人系初次违法，${d.pick(['积极配合调查', '如实陈述违法事实', '主动退赔'])}，于${d.date()}主动消除违法行为危害后果，依据《中华人民共和国行政处罚法》第三十二条第（一）项的规定，可以从轻处罚。`,
    (d) =>
      `当事人在${d.date()}前已全部改正，根据${d.pick(CITIES)}市${d.pick(['市场监管', '文化旅游', '生态环境', '交通运输'])}行政处罚裁量基准，属于${d.pick(['从轻', '一般', '减轻', '从重'])}情形。`,
    (d) =>
      `考虑到${d.party}违法情节${d.pick(['较轻', '一般', '严重'])}，且${d.pick(['涉案金额较小', '持续时间较短', '未造成危害后果', '多次被投诉'])}，本局依法作出如下处理。`,
    (d) =>
      `当事人于${d.date()}提交了陈述申辩材料，经复核，其${d.pick(['理由不成立，不予采纳', '部分理由成立，予以采纳'])}。`,
  ],
  // Decision: fines in every form
  [
    (d) => `综上，本局决定对当事人作出如下行政处罚：1.没收违法所得${d.yuan(100, 9000)}；2.罚款${d.fine()}。`,
    (d) => `决定对当事人处以罚款${d.fine()}的行政处罚，并没收${d.goods()}${d.int(1, 200)}公斤。`,
    (d) =>
      `责令当事人改正违法行为，并处${d.pick(BASES)}${intToChinese(d.int(1, 5))}倍的罚款，计${d.yuan(2000, 300000)}。`,
    (d) => `对当事人罚款${d.fine()}，对其${d.pick(PERSONS)}${d.name(1)}处罚款${d.yuan(1000, 50000)}。`,
    (d) => `作出警告、罚款${d.fine()}的行政处罚，上述罚没款合计${d.yuan(1000, 400000)}。`,
    (d) => `给予当事人罚款${d.fine()}的处罚，违法行为发生于${d.date()}，适用当时有效的规定。`,
  ],
  // Remedy
  [
    (d) =>
      `当事人${d.party}应当自收到本决定书之日起十五日内，将罚款缴至${d.pick(['指定银行', '国库', '财政专户'])}（账号：${d.int(1000000, 9999999)}），到期不缴纳的，每日按罚款数额的百分之三加处罚款。`,
    (d) =>
      `如不服本处罚决定，可在收到本决定书之日起六十日内向${d.pick(CITIES)}市人民政府申请行政复议，或者在六个月内依法向${d.pick(DISTRICTS)}区人民法院提起行政诉讼。`,
    (d) =>
      `当事人逾期不申请行政复议、不提起行政诉讼又不履行的，本局将依法申请人民法院强制执行（联系人：${d.name(2)}，电话：0471-${d.int(1000000, 9999999)}）。`,
  ],
  // Footer
  [
    (d) =>
      `\n\n${d.pick(CITIES)}市${d.pick(['市场监督管理局', '综合行政执法局', '交通运输局'])}\n${d.date()}\n\n`,
    (d) => `\n\n（印章）\n${d.year}年${d.int(1, 12)}月${d.int(1, 28)}日\n\n`,
  ],
];

/** Every template, counted (for the benchmark's description). */
export const TEMPLATE_COUNT = PARTS.reduce((n, p) => n + p.length, 0);

/** A bundle of decisions of about `size` characters, the same for the same seed and dataset. */
export function realisticDecisions(data: EngineData, size = 100_000, seed = 13): GeneratedDocument {
  const r = random(seed);
  const domains = citables(data);
  let text = '';
  for (let n = 0; text.length < size; n++) {
    const d = new Decision(r, domains, n);
    for (const part of PARTS) {
      // Facts and findings come in several sentences: two or three of the part's templates.
      const count = part.length >= 5 ? 2 + Math.floor(r() * 2) : 1;
      const order = part.map((_, i) => i).sort(() => r() - 0.5);
      for (let k = 0; k < count; k++) text += part[order[k] ?? 0]?.(d) ?? '';
    }
  }
  const sentences = text
    .split(/(?<=[。！？])/)
    .map((s) => s.trim())
    .filter(Boolean);
  return { text, distinctShare: new Set(sentences).size / sentences.length };
}
