// The forms decisions write, one row each: citation forms (article inside the title marks, without 第,
// in Arabic digits, 第X条之一), fine phrasings and fines in two steps, fines on persons, document
// numbers, the multiple check, and citations dated before the earliest bundled version.
import { describe, expect, it } from 'vitest';
import { findDocNumbers } from '../../data/engine/doc-numbers.ts';
import { checkMultiple, consistentAmount } from '../../data/engine/fine-check.ts';
import { createEngine } from '../../data/engine/index.ts';
import { findAmounts } from '../../data/engine/money.ts';
import { normalize } from '../../data/engine/normalize.ts';
import { DATA, MATTERS } from '../fixtures/corpus/engine-data.ts';

const engine = createEngine(DATA);

describe('citation forms', () => {
  it.each([
    // [text, span, article, sub, paragraph, item, status]
    [
      '依据《食品安全法第一百二十四条第一款规定》',
      '《食品安全法第一百二十四条第一款',
      124,
      null,
      1,
      null,
      'resolved',
    ],
    ['违反《食品安全法第三十四条》的规定', '《食品安全法第三十四条》', 34, null, null, null, 'resolved'],
    [
      '违反《食品安全法》三十四条第（二）项',
      '《食品安全法》三十四条第（二）项',
      34,
      null,
      null,
      2,
      'resolved',
    ],
    ['违反《大气污染防治法》二十条', '《大气污染防治法》二十条', 20, null, null, null, 'resolved'],
    ['违反《安全生产法》第97条第4项', '《安全生产法》第97条第4项', 97, null, null, 4, 'resolved'],
    ['违反《食品安全法》第124条', '《食品安全法》第124条', 124, null, null, null, 'resolved'],
    [
      '违反《税收征收管理法》第六十条之一',
      '《税收征收管理法》第六十条之一',
      60,
      1,
      null,
      null,
      'no-such-article',
    ],
    [
      '违反《税收征收管理法》第六十条之二第一款',
      '《税收征收管理法》第六十条之二第一款',
      60,
      2,
      1,
      null,
      'no-such-article',
    ],
  ])('%s', (text, span, article, sub, paragraph, item, status) => {
    const [r, ...rest] = engine.scan(text, { asOf: '2024-03-01' }).references;
    expect(rest).toEqual([]);
    expect(r && text.slice(r.start, r.end)).toBe(span);
    expect(r).toMatchObject({ article, paragraph, item, status });
    expect(r?.sub ?? null).toBe(sub);
  });

  it.each([
    '《行政处罚决定书》一份',
    '《食品安全法》2021年修正',
    '《某某市管理办法第三条》',
    '通知书编号为2023年第15号',
  ])('%s cites no bundled article', (text) => {
    const refs = engine.scan(text, { asOf: '2024-03-01' }).references;
    expect(refs.filter((r) => r.status === 'resolved')).toEqual([]);
  });
});

describe('fine phrasings', () => {
  it.each([
    // [text, span, role, person]
    ['作出罚款人民币陆万元的行政处罚', '人民币陆万元', 'fine', null],
    ['依法作出罚款人民币60000元的行政处罚', '人民币60000元', 'fine', null],
    ['作出0.15万元的行政处罚', '0.15万元', 'fine', null],
    ['对当事人罚款3000元的处罚', '3000元', 'fine', null],
    ['罚款人民币12,000元整', '人民币12,000元整', 'fine', null],
    ['罚款人民币壹万零伍佰元整', '人民币壹万零伍佰元整', 'fine', null],
    ['处罚款1.5万元', '1.5万元', 'fine', null],
    ['对直接负责的主管人员处罚款五百元', '五百元', 'fine', '直接负责的主管人员'],
    [
      '对其直接负责的主管人员和其他直接责任人员各处罚款人民币1000元',
      '人民币1000元',
      'fine',
      '直接负责的主管人员和其他直接责任人员',
    ],
    ['可以处二千元以上五千元以下罚款', '二千元', 'other', null],
  ])('%s: %s is %s', (text, span, role, person) => {
    const s = normalize(text).text;
    const [a] = findAmounts(s);
    expect(a && s.slice(a.start, a.end)).toBe(normalize(span).text);
    expect(a?.role).toBe(role);
    expect(a?.person ?? null).toBe(person);
  });

  it.each([
    // [text, multiple as written, base written, factor, amount]
    ['处违法所得二倍的罚款，计人民币肆万陆仟元整', '违法所得二倍', '违法所得', 2, 46000],
    ['并处货值金额百分之三十的罚款，合计人民币3,150元', '货值金额百分之三十', '货值金额', 0.3, 3150],
    ['处建设工程造价5%的罚款，即人民币2.5万元', '建设工程造价5%', '建设工程造价', 0.05, 25000],
    [
      '处应缴社会保险费数额一倍的罚款，共计人民币12,345.60元',
      '应缴社会保险费数额一倍',
      '应缴社会保险费数额',
      1,
      12345.6,
    ],
    ['处欠缴数额二倍以上的罚款，计人民币4万元', '欠缴数额二倍', '欠缴数额', 2, 40000],
    ['处少缴的税款百分之五十的罚款，计12,000元', '少缴的税款百分之五十', '少缴的税款', 0.5, 12000],
  ])('%s', (text, written, base, factor, yuan) => {
    const s = normalize(text).text;
    const fine = findAmounts(s).find((a) => a.role === 'fine');
    expect(fine?.yuan).toBe(yuan);
    const m = fine?.multiple;
    expect(m && s.slice(m.start, m.end)).toBe(normalize(written).text);
    expect(m?.written).toBe(base);
    expect(m?.factor).toBe(factor);
  });

  it('a multiple not followed by its amount makes no fine', () => {
    const s = normalize('可处违法所得二倍以上五倍以下的罚款。').text;
    expect(findAmounts(s)).toEqual([]);
  });
});

describe('the multiple against the statutory multiples', () => {
  const rules = (id: string) => MATTERS.find((m) => m.id === id)?.statutory.fines ?? [];
  it.each([
    ['T-城乡规划法-64', 0.08, {}, 'within'],
    // Below 5%: only the branch without a minimum (无法采取改正措施消除影响的…百分之十以下) allows it.
    ['T-城乡规划法-64', 0.03, {}, 'within'],
    ['T-城乡规划法-64', 0.2, { 工程造价: 100000 }, 'above-maximum'],
    ['T-城乡规划法-64', 0.2, {}, 'above-maximum'],
    ['T-产品质量法-50', 0.3, {}, 'below-minimum'],
    ['T-社会保险法-86', 2, {}, 'within'],
    // 违法所得 stated at or above 1万: the amount branch is out, 8–10 times applies.
    ['T-营业性演出管理条例-43-1-1', 2, { 违法所得: 23000 }, 'below-minimum'],
    ['T-税收征收管理法-60-1-1', 2, {}, 'unknown'],
  ] as const)('%s ×%d → %s', (id, factor, bases, verdict) => {
    expect(checkMultiple(factor, rules(id), bases).verdict).toBe(verdict);
  });

  it.each([
    [0.08, 200000, 16000, true],
    [1, 8000, 9000, false],
    [0.3, 10500, 3150, true],
    [1, undefined, 12345.6, null],
  ] as const)('%d × %s = %d: %s', (factor, base, yuan, want) => {
    expect(consistentAmount(factor, base, yuan)).toBe(want);
  });
});

describe('document numbers', () => {
  it.each([
    ['按照国市监法规〔2022〕2号办理', '国市监法规〔2022〕2号', '国市监法规'],
    ['依据税总发[2021]12号', '税总发[2021]12号', '税总发'],
    ['和京税函［2023］5号', '京税函［2023］5号', '京税函'],
    ['见苏政办发(2020)15号', '苏政办发(2020)15号', '苏政办发'],
    ['（国家税务总局公告2021年第6号）', '国家税务总局公告2021年第6号', '国家税务总局'],
    ['根据国家市场监督管理总局令第2号', '国家市场监督管理总局令第2号', '国家市场监督管理总局'],
  ])('%s', (text, span, issuer) => {
    const s = normalize(text).text;
    const [d, ...rest] = findDocNumbers(s);
    expect(rest).toEqual([]);
    expect(d && s.slice(d.start, d.end)).toBe(normalize(span).text);
    expect(d?.issuer).toBe(issuer);
  });

  it.each([
    '通知书编号为2023年第15号',
    '《食品安全法》（2021年修正）',
    '第2次检验',
    '（2023）京01民终15号判决',
  ])('%s has no document number the scan links', (text) => {
    const docs = engine.scan(text).documents;
    expect(docs.filter((d) => d.known)).toEqual([]);
  });

  it('links a number to the records naming it and its issuer, never a bare number', () => {
    const [known] = engine.scan('依据国家税务总局公告2021年第6号').documents;
    expect(known?.known).toBe(true);
    const [bare] = engine.scan('依据公告2021年第6号').documents;
    expect(bare?.known).toBe(false);
    const [other] = engine.scan('依据国家统计局公告2021年第6号').documents;
    expect(other?.known).toBe(false);
  });
});

describe('dates before the earliest bundled version', () => {
  it.each([
    ['当事人于2019年5月10日违反《安全生产法》第九十四条第四项', 'version-not-bundled'],
    ['当事人于2022年5月10日违反《安全生产法》第九十四条', 'resolved'],
    ['当事人于2019年5月10日违反《安全生产法》第九百条', 'version-not-bundled'],
  ])('%s → %s', (text, status) => {
    const [r] = engine.scan(text, { asOf: '2024-03-01' }).references;
    expect(r?.status).toBe(status);
    if (status === 'version-not-bundled') {
      expect(r?.law.version).toBeNull();
      expect(r?.coverage?.from).toBe('2021-09-01');
      expect(r?.versionNote).toContain('未收录');
    }
  });
});
