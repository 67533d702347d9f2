// One row per penalty-clause form met in the corpus. Each row names where the wording comes from; the
// test checks the wording really is there, so the table cannot drift from the law texts.
import { beforeAll, describe, expect, it } from 'vitest';
import { provisionText } from '../../data/engine/laws.ts';
import type { FineRule, LawVersion } from '../../data/engine/model.ts';
import { parsePenalty } from '../../data/engine/penalty-parser.ts';
import { loadDataset } from '../../scripts/data/load.ts';

type Fine = Pick<FineRule, 'kind' | 'base' | 'min' | 'max' | 'condition' | 'perUnit'>;
const yuan = (
  min: number | null,
  max: number | null,
  condition: string | null = null,
  perUnit: string | null = null,
): Fine => ({
  kind: 'amount',
  base: null,
  min,
  max,
  condition,
  perUnit,
});
const times = (
  base: FineRule['base'],
  min: number | null,
  max: number | null,
  condition: string | null = null,
): Fine => ({
  kind: 'multiple',
  base,
  min,
  max,
  condition,
  perUnit: null,
});

interface Row {
  form: string;
  from: [version: string, article: number, paragraph: number, item?: number];
  fines: Fine[];
  flags?: Partial<{ warning: boolean; suspension: boolean; revocation: boolean; correctionFirst: boolean }>;
  confiscation?: string[];
  authority?: string | null;
  violation?: string;
  unread?: string[];
}

const rows: Row[] = [
  {
    form: '处X元以上Y元以下罚款 after 责令改正，给予警告；拒不改正的 (correction first), 情节严重的',
    from: ['食品安全法@2021-04-29', 126, 1],
    fines: [yuan(5000, 50000, '拒不改正的')],
    flags: { warning: true, suspension: true, revocation: true, correctionFirst: true },
    authority: '县级以上人民政府食品安全监督管理部门',
  },
  {
    form: '可以处X元以下的罚款；情节严重的，处X元以上Y元以下的罚款 (ASCII colon at the end)',
    from: ['税收征收管理法@2015-04-24', 60, 1],
    fines: [yuan(null, 2000), yuan(2000, 10000, '情节严重的')],
    flags: { correctionFirst: false },
    authority: '税务机关',
  },
  {
    form: '货值金额不足一万元的，并处X万元以上Y万元以下罚款；货值金额一万元以上的，并处货值金额X倍以上Y倍以下罚款',
    from: ['食品安全法@2021-04-29', 124, 1],
    fines: [
      yuan(50000, 100000, '违法生产经营的食品、食品添加剂货值金额不足一万元的'),
      times('货值金额', 10, 20, '货值金额一万元以上的'),
    ],
    flags: { revocation: true },
    confiscation: ['违法所得和违法生产经营的食品、食品添加剂', '用于违法生产经营的工具、设备、原料等物品'],
  },
  {
    form: '并处税款百分之五十以上五倍以下的罚款 (per cent to times)',
    from: ['税收征收管理法@2015-04-24', 63, 1],
    fines: [times('应纳税款', 0.5, 5)],
  },
  {
    form: '以每人X元以上Y元以下的标准处以罚款 (per person)',
    from: ['劳动合同法@2012-12-28', 84, 2],
    fines: [yuan(500, 2000, null, '每人')],
  },
  {
    form: 'Arabic numerals: 违法经营额1万元以上的，并处违法经营额5倍以上10倍以下的罚款',
    from: ['互联网上网服务营业场所管理条例@2024-12-06', 27, 1],
    fines: [times('营业额', 5, 10, '违法经营额1万元以上的'), yuan(10000, 50000, '违法经营额不足1万元的')],
    confiscation: ['违法所得及其从事违法经营活动的专用工具、设备'],
  },
  {
    form: 'Arabic numerals with 万: 处1万元以上3万元以下的罚款',
    from: ['道路运输条例@2023-07-20', 70, 1],
    fines: [yuan(10000, 30000)],
    authority: '县级以上地方人民政府交通运输主管部门',
  },
  {
    form: '并处货值金额百分之五十以上三倍以下的罚款; 有违法所得的，并处没收违法所得',
    from: ['产品质量法@2018-12-29', 50, 1],
    fines: [times('货值金额', 0.5, 3)],
    flags: { revocation: true },
    confiscation: ['违法生产、销售的产品', '违法所得'],
    authority: null,
  },
  {
    form: '并处货值金额等值以下的罚款',
    from: ['产品质量法@2018-12-29', 51, 1],
    fines: [times('货值金额', null, 1)],
  },
  {
    form: '处警告或者X元以上Y元以下罚款',
    from: ['道路交通安全法@2021-04-29', 89, 1],
    fines: [yuan(5, 50)],
    flags: { warning: true },
  },
  {
    form: '对直接负责的主管人员和其他直接责任人员，处X元以上Y元以下罚款 (whom the fine is for)',
    from: ['旅游法@2018-10-26', 100, 1],
    fines: [yuan(30000, 300000), yuan(2000, 20000, '对直接负责的主管人员和其他直接责任人员')],
    flags: { suspension: true, revocation: true },
  },
  {
    form: '可处以罚款 (no amount stated: no bounds, never guessed); 由X，责令… (a comma after the authority); 予以没收',
    from: ['城市市容和环境卫生管理条例@2017-03-01', 35, 1],
    fines: [yuan(null, null)],
    authority: '城市人民政府市容环境卫生行政主管部门或者其委托的单位',
    confiscation: ['责令其限期处理或者予以没收'],
  },
  {
    form: '处销售金额等额的罚款',
    from: ['道路交通安全法@2021-04-29', 100, 3],
    fines: [times('其他', 1, 1)],
  },
  {
    form: '处虚报注册资本金额5%以上15%以下的罚款',
    from: ['市场主体登记管理条例@2021-07-27', 45, 1],
    fines: [times('其他', 0.05, 0.15)],
    flags: { revocation: true },
  },
  {
    form: '责令限期改正，处X万元…；逾期未改正的，处… (fine before correction: not correction-first)',
    from: ['安全生产法@2021-06-10', 94, 1],
    fines: [yuan(20000, 50000), yuan(50000, 100000, '逾期未改正的')],
    flags: { suspension: true, correctionFirst: false },
  },
  {
    form: '处广告费用X倍以上Y倍以下的罚款，广告费用无法计算或者明显偏低的，处…; later branch narrows the first',
    from: ['广告法@2021-04-29', 55, 1],
    fines: [
      times('广告费用', 3, 5),
      yuan(200000, 1000000, '广告费用无法计算或者明显偏低的'),
      times('广告费用', 5, 10, '两年内有三次以上违法行为或者有其他严重情节的'),
      yuan(1000000, 2000000, '两年内有三次以上违法行为或者有其他严重情节的，广告费用无法计算或者明显偏低的'),
    ],
    flags: { revocation: true },
  },
  {
    form: '可以并处违法所得五倍以下的罚款；没有违法所得的，可以处以罚款',
    from: ['价格法@1997-12-29', 39, 1],
    fines: [times('违法所得', null, 5), yuan(null, null, '没有违法所得的')],
    flags: { suspension: true },
    confiscation: ['违法所得'],
  },
  {
    form: '按照直接经济损失的X倍以上Y倍以下计算罚款 (a fine computed on a base), and 百分之五十以下 for persons',
    from: ['固体废物污染环境防治法@2020-04-29', 118, 2],
    fines: [
      times('其他', 1, 3),
      times('其他', 3, 5, '造成重大或者特大固体废物污染环境事故的'),
      times(
        '其他',
        null,
        0.5,
        '造成重大或者特大固体废物污染环境事故的，对法定代表人、主要负责人、直接负责的主管人员和其他责任人员',
      ),
    ],
  },
  {
    form: '按照直接损失的百分之二十计算罚款 (one exact percentage)',
    from: ['水污染防治法@2017-06-27', 94, 2],
    fines: [times('其他', 0.2, 0.2), times('其他', 0.3, 0.3, '对造成重大或者特大水污染事故的')],
  },
  {
    form: '拒不停止经营或者改正的，…货值金额不足1万元的，并处…，货值金额1万元以上的，并处… (sibling branches inside one)',
    from: ['食品安全法实施条例@2019-10-11', 74, 1],
    fines: [
      yuan(10000, 50000, '拒不停止经营或者改正的，货值金额不足1万元的'),
      times('货值金额', 5, 10, '拒不停止经营或者改正的，货值金额1万元以上的'),
    ],
    flags: { warning: true },
  },
  {
    form: 'an item that sets its fines: 违法所得超过1万元的，没收违法所得，处违法所得1倍以上5倍以下的罚款；…情节严重的',
    from: ['道路运输条例@2023-07-20', 63, 1, 1],
    fines: [
      times('违法所得', 1, 5, '违法所得超过1万元的'),
      yuan(3000, 10000, '没有违法所得或者违法所得不足1万元的'),
      yuan(10000, 50000, '没有违法所得或者违法所得不足1万元的，情节严重的'),
    ],
    confiscation: ['违法所得'],
  },
  {
    form: 'the authority as subject: …的，县级以上人民政府环境保护主管部门可以责令其采取限制生产、停产整治等措施',
    from: ['环境保护法@2014-04-24', 60, 1],
    fines: [],
    flags: { suspension: true },
    authority: '县级以上人民政府环境保护主管部门',
  },
  {
    form: '处X元的罚款 (a fixed amount) and 每辆机动车X元 (per vehicle), each for whom the text names',
    from: ['大气污染防治法@2018-10-26', 112, 3],
    fines: [yuan(5000, 5000, '对机动车所有人'), yuan(5000, 5000, '对机动车维修单位', '每辆机动车')],
  },
  {
    form: '单处或者并处警告、没收违法所得、处以违法所得X倍以上Y倍以下的罚款，没有违法所得的，处以X万元以下的罚款 (penalty after 其他法律、法规…；)',
    from: ['消费者权益保护法@2013-10-25', 56, 1],
    fines: [times('违法所得', 1, 10), yuan(null, 500000, '没有违法所得的')],
    flags: { warning: true, suspension: true, revocation: true },
    authority: '工商行政管理部门或者其他有关行政部门',
    // Audit: the confiscated thing ends where the next penalty starts ("没收违法所得、处以…").
    confiscation: ['违法所得'],
  },
  {
    form: '货值金额（包括已售出和未售出的产品，下同）等值以上三倍以下 (a comma inside brackets)',
    from: ['产品质量法@2018-12-29', 49, 1],
    fines: [times('货值金额', 1, 3)],
    flags: { revocation: true },
  },
  {
    form: '违法所得三倍以下、但最高不超过三万元的罚款 (no 处: reported, not dropped)',
    from: ['侵害消费者权益行为处罚办法@2015-01-05', 15, 1],
    fines: [yuan(null, 10000, '没有违法所得的')],
    unread: ['违法所得三倍以下、但最高不超过三万元的罚款'],
  },
  {
    form: "并处所获收入百分之三十以上三倍以下的罚款 (a person's income from the unit is not 违法所得)",
    from: ['药品管理法@2019-08-26', 124, 1],
    fines: [
      times('货值金额', 15, 30),
      yuan(1500000, 3000000, '货值金额不足十万元的'),
      times('其他', 0.3, 3, '情节严重的，对法定代表人、主要负责人、直接负责的主管人员和其他责任人员'),
    ],
    flags: { suspension: true, revocation: true },
  },
  {
    form: '处以十五日以下拘留、罚款 (a fine the parser must not read; 公安机关 sets the fine too)',
    from: ['劳动法@2018-12-29', 96, 1],
    fines: [],
    unread: ['处以十五日以下拘留、罚款'],
    authority: '公安机关',
  },
  // Rows below come from the legal-accuracy audit (data/AUDIT.md): each was read wrongly once.
  {
    form: 'a later sentence names another act (以上施工单位…非法转让施工资质的，…；违法所得十万元以上的…): its fines keep it as their condition',
    from: ['安全生产法@2021-06-10', 103, 3],
    fines: [
      yuan(null, 100000),
      yuan(null, 20000, '对其直接负责的主管人员和其他直接责任人员'),
      times(
        '违法所得',
        2,
        5,
        '以上施工单位倒卖、出租、出借、挂靠或者以其他形式非法转让施工资质的，违法所得十万元以上的',
      ),
      yuan(
        100000,
        200000,
        '以上施工单位倒卖、出租、出借、挂靠或者以其他形式非法转让施工资质的，没有违法所得或者违法所得不足十万元的',
      ),
      yuan(
        50000,
        100000,
        '以上施工单位倒卖、出租、出借、挂靠或者以其他形式非法转让施工资质的，对其直接负责的主管人员和其他直接责任人员',
      ),
    ],
  },
  {
    form: '应当封存并没收该产品 (the penalty starts at 封存, the act is what precedes it)',
    from: ['标准化法实施条例@2024-03-10', 33, 3],
    fines: [times('货值金额', 0.2, 0.5), yuan(null, 5000, '对有关责任者')],
    confiscation: ['该产品'],
    violation: '进口不符合强制性标准的产品的',
  },
  {
    form: '…的，收缴机动车登记证书…，撤销机动车登记 (the penalty starts at 收缴)',
    from: ['道路交通安全法实施条例@2017-10-07', 103, 1],
    fines: [],
    flags: { revocation: true },
    violation: '以欺骗、贿赂等不正当手段取得机动车登记或者驾驶许可的',
  },
  {
    form: '由X依据各自职权责令改正 (the authority without "依据各自职权")',
    from: ['营业性演出管理条例@2020-11-29', 51, 2],
    fines: [times('违法所得', 3, 5), yuan(30000, 50000, '没有违法所得或者违法所得不足1万元的')],
    authority: '县级以上人民政府公安部门',
  },
  {
    form: '由X销毁非法印制的发票，没收… (the authority before another measure)',
    from: ['税收征收管理法@2015-04-24', 71, 1],
    fines: [yuan(10000, 50000)],
    authority: '税务机关',
    confiscation: ['违法所得和作案工具'],
  },
  {
    form: '对法定代表人…人员，没收…，并处所获收入…罚款，…并可以由公安机关处…拘留 (the police only detain; the fine is for the persons named)',
    from: ['药品管理法@2019-08-26', 118, 1],
    fines: [times('其他', 0.3, 3, '对法定代表人、主要负责人、直接负责的主管人员和其他责任人员')],
    authority: null,
    violation: '生产、销售假药，或者生产、销售劣药且情节严重的',
  },
  {
    form: '…的，X机关除依照…外，可以处… (the authority as subject before 除依照)',
    from: ['税收征收管理法@2015-04-24', 68, 1],
    fines: [times('应纳税款', 0.5, 5)],
    authority: '税务机关',
  },
  {
    form: '违法收入不足五万元的，按五万元计算 (a floor of the base: every multiple of it, as an amount below the floor)',
    from: ['药品管理法@2019-08-26', 120, 1],
    fines: [
      times('其他', 1, 5),
      times('其他', 5, 15, '情节严重的'),
      yuan(50000, 250000, '违法收入不足五万元的'),
      yuan(250000, 750000, '情节严重的，违法收入不足五万元的'),
    ],
    confiscation: ['全部储存、运输收入'],
  },
  {
    form: '…罚款，违法生产、批发的药品货值金额不足10万元的，按10万元计算 (Arabic floor in the same clause run)',
    from: ['药品管理法实施条例@2026-01-16', 79, 1],
    fines: [
      times('货值金额', 10, 20),
      yuan(1000000, 2000000, '违法生产、批发的药品货值金额不足10万元的'),
      yuan(100000, 200000, '违法零售的药品货值金额不足1万元的'),
    ],
    flags: { suspension: true, revocation: true },
  },
  {
    form: '由X或者其他依照本法规定行使监督管理权的部门责令改正 (an authority is a whole name, ending in a body)',
    from: ['水污染防治法@2017-06-27', 81, 1],
    fines: [yuan(20000, 200000)],
    authority: '县级以上人民政府环境保护主管部门或者其他依照本法规定行使监督管理权的部门',
  },
  {
    form: '由海关责令改正 (a two-character authority)',
    from: ['大气污染防治法@2018-10-26', 104, 1],
    fines: [times('货值金额', 1, 3)],
    authority: '海关',
    confiscation: ['原材料、产品和违法所得'],
  },
  {
    form: '由X组织代为处置…；拒不承担代为处置费用的，处… (处置 is no penalty verb)',
    from: ['固体废物污染环境防治法@2020-04-29', 113, 1],
    fines: [times('其他', 1, 3, '拒不承担代为处置费用的')],
    authority: '生态环境主管部门',
  },
  {
    form: '没收销毁… (the confiscated thing, not the verb)',
    from: ['大气污染防治法@2018-10-26', 109, 1],
    fines: [times('货值金额', 1, 3)],
    confiscation: ['违法所得', '无法达到污染物排放标准的机动车、非道路移动机械'],
  },
  {
    form: '由X责令限期缴纳…；逾期仍不缴纳的，由Y处…罚款 (the authority is the one that penalizes)',
    from: ['社会保险法@2018-12-29', 86, 1],
    fines: [times('其他', 1, 3, '逾期仍不缴纳的')],
    authority: '有关行政部门',
  },
  {
    form: '由X责令限期投保；拒不投保的，由原许可机关吊销… (a revocation by another authority)',
    from: ['道路运输条例@2023-07-20', 67, 1],
    fines: [],
    flags: { revocation: true },
    authority: '原许可机关',
  },
  {
    form: '撤销其复检机构资质 (a revocation of 资质)',
    from: ['食品安全法实施条例@2019-10-11', 79, 1],
    fines: [],
    flags: { warning: true, revocation: true },
  },
];

let laws: LawVersion[];
beforeAll(() => {
  laws = loadDataset().laws;
});

describe('penalty-clause parser', () => {
  it.each(rows)('$form', (row) => {
    const [versionId, article, paragraph, item] = row.from;
    const version = laws.find((l) => l.id === versionId) as LawVersion;
    const text = provisionText(version, { article, paragraph, item: item ?? null })?.split('\n')[0] ?? '';
    expect(text, 'the wording is in the corpus').not.toBe('');
    const parsed = parsePenalty(text);
    expect(parsed.penalty.fines.map(({ source: _, ...f }) => f)).toEqual(row.fines);
    for (const f of parsed.penalty.fines) expect(parsed.penalty.text).toContain(f.source);
    expect(text).toContain(parsed.penalty.text);
    expect(parsed.unread).toEqual(row.unread ?? []);
    if (row.flags) expect(parsed.penalty).toMatchObject(row.flags);
    if (row.confiscation) expect(parsed.penalty.confiscation).toEqual(row.confiscation);
    if (row.authority !== undefined) expect(parsed.authority).toBe(row.authority);
    if (row.violation !== undefined) expect(parsed.violation).toBe(row.violation);
  });

  it('splits the violation from the penalty', () => {
    const parsed = parsePenalty(
      '违反本法第三十四条规定，生产经营不合格食品的，由县级以上人民政府食品安全监督管理部门责令改正，处二千元以上一万元以下罚款。',
    );
    expect(parsed.violation).toBe('违反本法第三十四条规定，生产经营不合格食品的');
    expect(parsed.penalty.text).toBe(
      '由县级以上人民政府食品安全监督管理部门责令改正，处二千元以上一万元以下罚款',
    );
    expect(parsed.penalty.fines).toMatchObject([{ kind: 'amount', min: 2000, max: 10000, condition: null }]);
  });

  it('reports a range in mixed units instead of guessing', () => {
    const parsed = parsePenalty('有前款行为的，由市场监督管理部门处违法所得一倍以上十万元以下罚款。');
    expect(parsed.penalty.fines).toEqual([]);
    expect(parsed.unread).toEqual(['处违法所得一倍以上十万元以下罚款']);
  });

  it('finds no penalty in a clause that sets none', () => {
    const parsed = parsePenalty('食品生产经营者应当依照法律、法规和食品安全标准从事生产经营活动。');
    expect(parsed.penalty).toMatchObject({ fines: [], warning: false, confiscation: [], text: '' });
  });
});
