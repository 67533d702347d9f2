import { beforeAll, describe, expect, it } from 'vitest';
import { provisionText } from '../../data/engine/laws.ts';
import type { LawVersion, Matter } from '../../data/engine/model.ts';
import { domainOf } from '../../scripts/data/domains.ts';
import { loadDataset, NATIONAL_PACK } from '../../scripts/data/load.ts';

let laws: LawVersion[];
let matters: Matter[];

beforeAll(() => {
  const dataset = loadDataset();
  laws = dataset.laws;
  matters = dataset.packs.find((p) => p.id === NATIONAL_PACK)?.matters ?? [];
});

describe('domainOf', () => {
  it('takes the authority named first, whatever the law', () => {
    expect(domainOf('保障农民工工资支付条例', '人力资源社会保障行政部门、相关行业工程建设主管部门')).toBe(
      '人社',
    );
    expect(domainOf('消防法', '住房和城乡建设主管部门、消防救援机构')).toBe('城市管理');
    expect(domainOf('消防法', '消防救援机构')).toBe('应急管理');
    expect(domainOf('医疗器械监督管理条例', '负责药品监督管理的部门和卫生主管部门')).toBe('药品监管');
  });

  it('groups 住房城乡建设, water, drainage, roads and greening under 城市管理', () => {
    for (const authority of [
      '县级以上地方人民政府住房和城乡建设主管部门',
      '城镇排水主管部门',
      '供水主管部门',
      '市政工程行政主管部门',
      '城市人民政府城市绿化行政主管部门',
      '县级以上地方人民政府房地产行政主管部门',
    ]) {
      expect(domainOf('环境保护法', authority), authority).toBe('城市管理');
    }
  });

  it('keeps a department outside the domains out of the law’s domain, but not a named domain', () => {
    expect(domainOf('疫苗管理法', '县级以上地方人民政府教育行政部门')).toBe('其他');
    expect(domainOf('危险化学品安全法', '公安机关')).toBe('其他');
    expect(domainOf('野生动物保护法', '县级以上人民政府野生动物保护主管部门或者市场监督管理部门')).toBe(
      '市场监管',
    );
    // "人民政府" is no 民政 department.
    expect(domainOf('大气污染防治法', '县级以上地方人民政府确定的监督管理部门')).toBe('生态环境');
  });

  it('falls back to the law when the text names no authority or only a generic one', () => {
    expect(domainOf('建设工程质量管理条例', null)).toBe('城市管理');
    expect(domainOf('危险化学品安全法', '负有危险化学品安全监督管理职责的部门')).toBe('应急管理');
    expect(domainOf('发票管理办法', null)).toBe('税务');
    expect(domainOf('农产品质量安全法', null)).toBe('其他');
  });
});

describe('domains of matters from the second batch of laws', () => {
  // Each sample: the matter, its domain, and words of the penalty text that name the authority.
  const samples: [string, string, string][] = [
    ['M-城镇排水与污水处理条例-50-1', '城市管理', '由城镇排水主管部门'],
    ['M-供水条例-42-1', '城市管理', '由供水主管部门'],
    ['M-城市道路管理条例-39-1-2', '城市管理', '由市政工程行政主管部门'],
    ['M-文物保护法-66-1-3@2017-11-04', '文化旅游', '由县级以上人民政府文物主管部门'],
    ['M-出版管理条例-61-1', '文化旅游', '由出版行政主管部门、工商行政管理部门'],
    ['M-公路法-74-1', '交通运输', '由交通主管部门'],
    ['M-发票管理办法-33-1-1', '税务', '由税务机关'],
    ['M-保障农民工工资支付条例-55-1-1', '人社', '由人力资源社会保障行政部门、相关行业工程建设主管部门'],
    ['M-消防法-58-1-1', '城市管理', '由住房和城乡建设主管部门、消防救援机构'],
    ['M-危险化学品安全法-98-1', '应急管理', '由应急管理部门'],
    ['M-噪声污染防治法-73-1', '城市管理', '由县级以上地方人民政府住房和城乡建设主管部门'],
  ];

  it.each(samples)('%s is %s, as the law text names its authority', (id, domain, words) => {
    const m = matters.find((x) => x.id === id);
    expect(m, id).toBeDefined();
    if (!m) return;
    expect(m.domain).toBe(domain);
    const version = laws.find((l) => l.id === m.lawVersion);
    expect(version, m.lawVersion).toBeDefined();
    if (!version) return;
    // The authority is in the paragraph (an item names only the act).
    expect(provisionText(version, { ...m.penalty, item: null })).toContain(words);
  });

  it('leave 其他 only to departments outside the domains (公安, 农业农村, 林草, 水利 …) or laws of theirs', () => {
    const other = matters.filter((m) => m.domain === '其他');
    for (const m of other) {
      const lawId = m.penalty.lawId;
      const ownLaw = lawId === '农产品质量安全法' || lawId === '野生动物保护法';
      expect(
        ownLaw ||
          /公安|农业农村|野生动物保护主管|水行政|教育行政|金融|经济综合主管|出入境检验检疫/.test(
            m.authority ?? '',
          ),
        `${m.id} (${m.authority})`,
      ).toBe(true);
    }
  });
});
