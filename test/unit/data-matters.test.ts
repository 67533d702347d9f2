import { beforeAll, describe, expect, it } from 'vitest';
import { provisionText, versionInForce } from '../../data/engine/laws.ts';
import type { LawVersion, Matter } from '../../data/engine/model.ts';
import { sanctionsOf } from '../../data/engine/sanctions.ts';
import { MAIN_DOMAINS } from '../../data/engine/vocabulary.ts';
import { coverageCheck } from '../../scripts/data/checks/coverage.ts';
import { deriveMatters } from '../../scripts/data/derive-matters.ts';
import { loadDataset, NATIONAL_PACK } from '../../scripts/data/load.ts';

let laws: LawVersion[];
let matters: Matter[];
const byId = (id: string) => matters.find((m) => m.id === id) as Matter;
const fines = (m: Matter) => m.statutory.fines.map(({ source: _, ...f }) => f);

beforeAll(() => {
  const dataset = loadDataset();
  laws = dataset.laws;
  matters =
    dataset.packs.find((p) => p.id === NATIONAL_PACK)?.matters.filter((m) => m.basis === 'statute') ?? [];
});

describe('derived matters', () => {
  it('number at least 400 and cover all eight domains', () => {
    expect(matters.length).toBeGreaterThanOrEqual(400);
    for (const domain of MAIN_DOMAINS) {
      expect(matters.filter((m) => m.domain === domain).length, domain).toBeGreaterThan(0);
    }
  });

  it('have ids made of law, article, paragraph and item (and the version for older texts), whatever the order', () => {
    for (const m of matters) {
      const { lawId, article, paragraph, item } = m.penalty;
      // A matter named by reference to a list of another article takes that item as its suffix
      // ("经营者有本法第十四条所列行为之一" → M-价格法-40-1-r14-3, violated 第十四条第（三）项).
      const referenced = m.violated.length === 1 && m.violated[0]?.item ? m.violated[0] : null;
      const suffix =
        referenced && /-r\d/.test(m.id)
          ? `-r${referenced.article}${referenced.paragraph && referenced.paragraph > 1 ? `.${referenced.paragraph}` : ''}-${referenced.item}`
          : '';
      const base = `M-${lawId}-${article}-${paragraph}${item === null ? '' : `-${item}`}${suffix}`;
      if (m.id === base) continue;
      // An older text keeps the id of the first version that carried it.
      const first = laws.find((l) => `${base}@${l.issued}` === m.id && l.lawId === lawId);
      expect(first?.inForce, m.id).toBe(m.validity.from);
    }
    // Not from order: the laws in another order give the same matters under the same ids.
    const sorted = (list: Matter[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
    expect(sorted(deriveMatters([...laws].reverse()).matters)).toEqual(sorted(matters));
    expect(new Set(matters.map((m) => m.id)).size).toBe(matters.length);
  });

  it('市场监管: 食品安全法 第一百二十六条第一款第（四）项 fines only after a refused correction', () => {
    const m = byId('M-食品安全法-126-1-4');
    expect(m).toMatchObject({ name: '食品生产经营企业未制定食品安全事故处置方案', domain: '市场监管' });
    expect(fines(m)).toEqual([
      { kind: 'amount', base: null, min: 5000, max: 50000, condition: '拒不改正的', perUnit: null },
    ]);
    expect(m.statutory).toMatchObject({
      warning: true,
      correctionFirst: true,
      suspension: true,
      revocation: true,
    });
  });

  it('文化旅游: 旅游法 第九十五条第一款 sets a yuan range, a multiple of 违法所得 and a fine for the persons responsible', () => {
    const m = byId('M-旅游法-95-1');
    expect(m).toMatchObject({
      name: '未经许可经营旅行社业务',
      domain: '文化旅游',
      authority: '旅游主管部门或者市场监督管理部门',
    });
    expect(fines(m)).toEqual([
      { kind: 'amount', base: null, min: 10000, max: 100000, condition: null, perUnit: null },
      {
        kind: 'multiple',
        base: '违法所得',
        min: 1,
        max: 5,
        condition: '违法所得十万元以上的',
        perUnit: null,
      },
      { kind: 'amount', base: null, min: 2000, max: 20000, condition: '对有关责任人员', perUnit: null },
    ]);
  });

  it('人社: 劳动保障监察条例 第二十五条 fines per affected worker', () => {
    const m = byId('M-劳动保障监察条例-25-1');
    expect(m).toMatchObject({ domain: '人社', authority: '劳动保障行政部门' });
    expect(fines(m)).toEqual([
      { kind: 'amount', base: null, min: 100, max: 500, condition: null, perUnit: '每人' },
    ]);
    expect(m.statutory.warning).toBe(true);
  });

  it('税务: 税收征收管理法 第六十条第一款第（一）项', () => {
    const m = byId('M-税收征收管理法-60-1-1');
    expect(m).toMatchObject({
      name: '未按照规定的期限申报办理税务登记、变更或者注销登记',
      domain: '税务',
      authority: '税务机关',
    });
    expect(fines(m)).toEqual([
      { kind: 'amount', base: null, min: null, max: 2000, condition: null, perUnit: null },
      { kind: 'amount', base: null, min: 2000, max: 10000, condition: '情节严重的', perUnit: null },
    ]);
    expect(byId('M-税收征收管理法-63-1').statutory.fines).toMatchObject([
      { kind: 'multiple', base: '应纳税款', min: 0.5, max: 5 },
    ]);
  });

  it('交通运输: 道路运输条例 第七十条, one matter per paragraph', () => {
    expect(fines(byId('M-道路运输条例-70-1'))).toEqual([
      { kind: 'amount', base: null, min: 10000, max: 30000, condition: null, perUnit: null },
    ]);
    expect(byId('M-道路运输条例-70-1').domain).toBe('交通运输');
    expect(byId('M-道路运输条例-70-2').penalty).toEqual({
      lawId: '道路运输条例',
      article: 70,
      paragraph: 2,
      item: null,
    });
  });

  it('生态环境: 大气污染防治法 第九十九条第（一）项', () => {
    const m = byId('M-大气污染防治法-99-1-1');
    expect(m).toMatchObject({ name: '未依法取得排污许可证排放大气污染物', domain: '生态环境' });
    expect(fines(m)).toEqual([
      { kind: 'amount', base: null, min: 100000, max: 1000000, condition: null, perUnit: null },
    ]);
    expect(m.statutory.suspension).toBe(true);
  });

  it("生态环境: the paragraph after a list sets each item's fine (固体废物污染环境防治法 第一百零二条、第一百一十一条)", () => {
    expect(fines(byId('M-固体废物污染环境防治法-102-1-8'))).toEqual([
      { kind: 'amount', base: null, min: 50000, max: 200000, condition: null, perUnit: null },
    ]);
    expect(fines(byId('M-固体废物污染环境防治法-102-1-2'))).toEqual([
      { kind: 'amount', base: null, min: 100000, max: 1000000, condition: null, perUnit: null },
    ]);
    expect(fines(byId('M-固体废物污染环境防治法-111-1-1'))).toEqual([
      {
        kind: 'amount',
        base: null,
        min: 50000,
        max: 500000,
        condition: '单位有前款第一项、第七项行为之一',
        perUnit: null,
      },
      {
        kind: 'amount',
        base: null,
        min: 100,
        max: 500,
        condition: '个人有前款第一项、第五项、第七项行为之一',
        perUnit: null,
      },
    ]);
    // The paragraph that sets them is not a matter of its own.
    expect(matters.some((m) => m.id === 'M-固体废物污染环境防治法-102-2')).toBe(false);
  });

  it("a paragraph applying another's penalty carries its fines and its own measures (特种设备安全法 第八十二条第三款)", () => {
    const m = byId('M-特种设备安全法-82-3');
    expect(m.name).toBe('特种设备生产单位销售、交付未经检验或者检验不合格的特种设备');
    expect(fines(m)).toEqual([
      { kind: 'amount', base: null, min: 30000, max: 300000, condition: null, perUnit: null },
    ]);
    expect(m.statutory).toMatchObject({
      revocation: true,
      text: '依照本条第一款规定处罚；情节严重的，吊销生产许可证',
    });
  });

  it("take the authority from the law's general article where the penalty article names none", () => {
    expect(byId('M-安全生产法-102-1').authority).toBe('应急管理部门和其他负有安全生产监督管理职责的部门');
    expect(byId('M-药品管理法-130-1').authority).toBe('县级以上人民政府药品监督管理部门');
    // 特种设备安全法 has no such article, but 第六十一条第（五）项 gives the power to punish: quoted, and said so.
    expect(byId('M-特种设备安全法-74-1')).toMatchObject({
      authority: '负责特种设备安全监督管理的部门',
      provenance: { note: expect.stringMatching(/^处罚机关系依本法条文人工确定：第六十一条/) },
    });
    // 税收征收管理法 第六十条第三款 names none and the law has no general article: no authority is made up.
    expect(byId('M-税收征收管理法-60-3').authority).toBeNull();
  });

  it('record by hand, with the reason, the fines the parser cannot read', () => {
    const m = byId('M-侵害消费者权益行为处罚办法-15-1');
    expect(fines(m)).toEqual([
      { kind: 'multiple', base: '违法所得', min: null, max: 3, condition: null, perUnit: null },
      { kind: 'amount', base: null, min: null, max: 30000, condition: '但最高不超过三万元', perUnit: null },
      { kind: 'amount', base: null, min: null, max: 10000, condition: '没有违法所得的', perUnit: null },
    ]);
    expect(m.provenance.note).toMatch(/^罚款系人工录入：/);
  });

  it('城市管理: 城乡规划法 第六十四条 in 工程造价; 市容条例 第三十六条 states no amount', () => {
    expect(fines(byId('M-城乡规划法-64-1'))).toEqual([
      {
        kind: 'multiple',
        base: '工程造价',
        min: 0.05,
        max: 0.1,
        condition: '尚可采取改正措施消除对规划实施的影响的',
        perUnit: null,
      },
      {
        kind: 'multiple',
        base: '工程造价',
        min: null,
        max: 0.1,
        condition: '无法采取改正措施消除影响的，不能拆除的',
        perUnit: null,
      },
    ]);
    const m = byId('M-城市市容和环境卫生管理条例-36-1-1');
    expect(m.domain).toBe('城市管理');
    expect(fines(m)).toEqual([
      { kind: 'amount', base: null, min: null, max: null, condition: null, perUnit: null },
    ]);
  });

  it('卫健: 公共场所卫生管理条例 第十四条第（四）项 changed in 2024: one matter per text, linked', () => {
    const old = byId('M-公共场所卫生管理条例-14-1-4@2019-04-23');
    const now = byId('M-公共场所卫生管理条例-14-1-4');
    expect(old).toMatchObject({
      name: '未取得“卫生许可证”，擅自营业',
      domain: '卫健',
      validity: { from: '2019-04-23', to: '2025-01-20', supersededBy: now.id },
    });
    expect(now).toMatchObject({
      name: '未取得“卫生许可证”擅自营业，或者未办理卫生备案',
      validity: { from: '2025-01-20', to: null, supersedes: [old.id] },
    });
  });

  it('name the version they rest on and quote its text', () => {
    for (const m of matters) {
      const version = laws.find((l) => l.id === m.lawVersion) as LawVersion;
      expect(m.provenance.lawVersion).toBe(m.lawVersion);
      expect(provisionText(version, { ...m.penalty, paragraph: null, item: null })).toContain(
        m.statutory.text,
      );
    }
  });
});

describe('coverage', () => {
  it('fails a paragraph that sets a sanction when it yields no matter and is not in the reviewed table', () => {
    const dataset = loadDataset();
    expect(coverageCheck.run(dataset)).toEqual([]);
    const without = {
      ...dataset,
      packs: dataset.packs.map((p) => ({ ...p, matters: p.matters.filter((m) => m.id !== 'M-旅游法-99-1') })),
    };
    expect(coverageCheck.run(without).map((p) => p.record)).toEqual(['旅游法-99-1']);
  });
});

describe('the banana case (香蕉农药残留超标) in both versions of 食品安全法', () => {
  it.each([
    ['2024-06-01', '食品安全法@2021-04-29'],
    ['2026-01-01', '食品安全法@2025-09-12'],
  ])(
    'as of %s (%s): 第三十四条第（二）项 → 第一百二十四条第一款第（一）项 → 第一百三十六条',
    (date, versionId) => {
      const version = versionInForce(laws, '食品安全法', date) as LawVersion;
      expect(version.id).toBe(versionId);
      const matter = matters.find(
        (m) =>
          m.penalty.article === 124 &&
          m.penalty.paragraph === 1 &&
          m.penalty.item === 1 &&
          m.penalty.lawId === '食品安全法' &&
          m.validity.from <= date &&
          (m.validity.to === null || date < m.validity.to),
      ) as Matter;
      expect(matter.id).toBe('M-食品安全法-124-1-1');
      // The prohibition it enforces.
      expect(matter.violated).toContainEqual({ lawId: '食品安全法', article: 34, paragraph: null, item: 2 });
      expect(provisionText(version, { article: 34, paragraph: null, item: 2 })).toMatch(
        /^（二）致病性微生物，农药残留、兽药残留/,
      );
      // The penalty, in this version's words.
      expect(provisionText(version, matter.penalty)).toMatch(
        /^（一）生产经营致病性微生物，农药残留、兽药残留/,
      );
      expect(fines(matter)).toEqual([
        {
          kind: 'amount',
          base: null,
          min: 50000,
          max: 100000,
          condition: '违法生产经营的食品、食品添加剂货值金额不足一万元的',
          perUnit: null,
        },
        {
          kind: 'multiple',
          base: '货值金额',
          min: 10,
          max: 20,
          condition: '货值金额一万元以上的',
          perUnit: null,
        },
      ]);
      // The exemption for a seller who did the checks the law asks for.
      expect(provisionText(version, { article: 136, paragraph: null, item: null })).toMatch(
        /^食品经营者履行了本法规定的进货查验等义务.*可以免予处罚/,
      );
    },
  );

  it('links every item of 第三十四条 to the item that punishes it, saying why', () => {
    const linked = matters.filter((m) =>
      m.violated.some((v) => v.lawId === '食品安全法' && v.article === 34),
    );
    const items = linked.flatMap((m) => m.violated.filter((v) => v.article === 34).map((v) => v.item));
    expect(new Set(items)).toEqual(new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]));
    expect(byId('M-食品安全法-125-1-2').violated).toEqual([
      { lawId: '食品安全法', article: 34, paragraph: null, item: 11 },
    ]);
    expect(byId('M-食品安全法-124-1-1').provenance.note).toBe(
      '违反条款系人工关联：第一百二十四条第一款第（一）项处罚的即第三十四条第（二）项禁止的行为，用语相同',
    );
  });

  it('keeps the changed items of 第一百二十四条 apart, one matter per text', () => {
    expect(byId('M-食品安全法-124-1-6@2021-04-29').validity).toEqual({
      from: '2021-04-29',
      to: '2025-12-01',
      supersededBy: 'M-食品安全法-124-1-6',
    });
    expect(byId('M-食品安全法-124-1-6').name).toContain('婴幼儿配方液态乳');
  });

  // From the legal-accuracy audit (data/AUDIT.md): each row was wrong once in the derived data.
  it.each([
    {
      what: '"违反本条例第十条至第十四条、…第十九条至第二十一条规定" names every article of each range',
      id: 'M-消费者权益保护法实施条例-50-1',
      check: (m: Matter) =>
        expect(m.violated.map((v) => v.article)).toEqual([10, 11, 12, 13, 14, 16, 17, 19, 20, 21]),
    },
    {
      what: '"依照前款规定承担责任" takes the penalty of the paragraph before',
      id: 'M-食品安全法-130-2',
      check: (m: Matter) => {
        expect(m.violated).toEqual([{ lawId: '食品安全法', article: 64, paragraph: null, item: null }]);
        expect(fines(m)).toEqual([
          { kind: 'amount', base: null, min: 50000, max: 200000, condition: null, perUnit: null },
        ]);
      },
    },
    {
      what: "the fines of 药品管理法 are the drug regulator's (第一百三十九条), not the police's who may also detain",
      id: 'M-药品管理法-124-1-1',
      check: (m: Matter) => expect(m.authority).toBe('县级以上人民政府药品监督管理部门'),
    },
    {
      what: 'the 环境卫生主管部门 is 城市管理, not 卫健',
      id: 'M-固体废物污染环境防治法-111-1-3',
      check: (m: Matter) => expect(m).toMatchObject({ domain: '城市管理' }),
    },
    {
      what: 'the confiscated thing stops where the fine starts',
      id: 'M-消费者权益保护法-56-1-9',
      check: (m: Matter) => expect(m.statutory.confiscation).toEqual(['违法所得']),
    },
    {
      what: 'a revocation of 资质 is a revocation, and it makes a matter',
      id: 'M-食品安全法-138-2',
      check: (m: Matter) =>
        expect(m).toMatchObject({
          name: '食品检验机构聘用不得从事食品检验工作的人员',
          authority: '授予其资质的主管部门或者机构',
          statutory: { revocation: true },
        }),
    },
    // Second audit: the violated provision a decision cites, and every sanction per branch and per person.
    {
      what: '"不符合本法第二十七条规定" names the article the product label breaks',
      id: 'M-产品质量法-54-1',
      check: (m: Matter) =>
        expect(m.violated).toEqual([{ lawId: '产品质量法', article: 27, paragraph: null, item: null }]),
    },
    {
      what: '"未履行本法第五十五条规定的报告义务" names 第五十五条',
      id: 'M-旅游法-99-1',
      check: (m: Matter) => expect(m.violated.map((v) => v.article)).toEqual([55]),
    },
    {
      what: '"不履行本法第二十七条规定的核验、登记义务" in an item names 第二十七条',
      id: 'M-电子商务法-80-1-1',
      check: (m: Matter) => expect(m.violated.map((v) => v.article)).toEqual([27]),
    },
    {
      what: '"违反价格法第十四条的规定" names an article of another law',
      id: 'M-价格违法行为行政处罚规定-7-1',
      check: (m: Matter) =>
        expect(m.violated).toEqual([{ lawId: '价格法', article: 14, paragraph: null, item: null }]),
    },
    {
      what: '"本法第一百二十四条第一款第一项至第五项规定的药品" names each item of the range',
      id: 'M-药品管理法-120-1',
      check: (m: Matter) => expect(m.violated.map((v) => v.item)).toEqual([1, 2, 3, 4, 5]),
    },
    {
      what: '"税务机关依照税收征管法第五十四条…的规定" is a power, not the duty broken',
      id: 'M-税收征收管理法实施细则-95-1',
      check: (m: Matter) => expect(m.violated).toEqual([]),
    },
    {
      what: '"经营者有本法第十四条所列行为之一" is one matter per item of 第十四条, in its words',
      id: 'M-价格法-40-1-r14-1',
      check: (m: Matter) => {
        expect(m.name).toBe('相互串通，操纵市场价格，损害其他经营者或者消费者的合法权益');
        expect(m.violated).toEqual([{ lawId: '价格法', article: 14, paragraph: 1, item: 1 }]);
        expect(m.penalty).toEqual({ lawId: '价格法', article: 40, paragraph: 1, item: null });
      },
    },
    {
      what: 'a matter whose law names no violated article says so',
      id: 'M-道路运输条例-63-1-1',
      check: (m: Matter) => {
        expect(m.violated).toEqual([]);
        expect(m.violatedReason).toMatch(/未指明所违反的条款/);
      },
    },
    {
      what: "the persons' fine and their guide licence are theirs, the agency's fine and licence its own",
      id: 'M-旅游法-99-1',
      check: (m: Matter) => {
        const { entity, persons } = sanctionsOf(m.statutory);
        expect(entity.fines.map((f) => [f.min, f.max])).toEqual([[5000, 50000]]);
        expect(entity.revocation).toEqual([{ condition: '情节严重的', source: '吊销旅行社业务经营许可证' }]);
        expect(persons?.fines.map((f) => [f.min, f.max])).toEqual([[2000, 20000]]);
        expect(persons?.revocation.map((r) => r.source)).toEqual(['吊销导游证']);
        expect(persons?.suspension.map((r) => r.source)).toEqual(['暂扣或者吊销导游证']);
      },
    },
    {
      what: 'detention (拘留) falls on the persons, each grade under its own branch',
      id: 'M-水污染防治法-94-1',
      check: (m: Matter) => {
        expect(m.statutory.detention).toBe(true);
        expect(sanctionsOf(m.statutory).entity.detention).toEqual([]);
        expect(sanctionsOf(m.statutory).persons?.detention.map((d) => d.source)).toEqual([
          '由公安机关对直接负责的主管人员和其他直接责任人员处十日以上十五日以下的拘留',
          '处五日以上十日以下的拘留',
        ]);
      },
    },
    {
      what: 'a ban on the persons is a ban, with its branch',
      id: 'M-化妆品监督管理条例-60-1-1',
      check: (m: Matter) =>
        expect(sanctionsOf(m.statutory).persons?.ban).toEqual([
          {
            condition:
              '情节严重的，对违法单位的法定代表人或者主要负责人、直接负责的主管人员和其他直接责任人员',
            source: '10年内禁止其从事化妆品生产经营活动',
          },
        ]),
    },
  ])('audit: $what ($id)', ({ id, check }) => {
    check(byId(id));
  });

  it('audit: a fine the list limits to some items ("对有第(一)项、第(二)项或者第(三)项规定的行为的") is not the others\'', () => {
    expect(fines(byId('M-劳动保障监察条例-30-1-3'))).toEqual([
      {
        kind: 'amount',
        base: null,
        min: 2000,
        max: 20000,
        condition: '对有第(一)项、第(二)项或者第(三)项规定的行为的',
        perUnit: null,
      },
    ]);
    // Item (四) is only ordered to correct: no penalty, so no matter and no tiers.
    expect(matters.find((m) => m.id === 'M-劳动保障监察条例-30-1-4')).toBeUndefined();
  });

  it('audit: the persons a fine is for stay in its condition however long the list of them', () => {
    expect(byId('M-食品安全法实施条例-75-1-1').statutory.fines.map((f) => f.condition)).toEqual([
      '对单位的法定代表人、主要负责人、直接负责的主管人员和其他直接责任人员',
    ]);
  });

  it('audit: a confiscation added to other matters, or action against a state organ, is not a matter', () => {
    expect(matters.find((m) => m.id === 'M-产品质量法-60-1')).toBeUndefined();
    expect(matters.find((m) => m.id === 'M-产品质量法-67-1')).toBeUndefined();
    expect(byId('M-产品质量法-67-2').statutory.confiscation).toEqual(['有违法收入的予以没收']);
  });
});
