// The national pack as generated from the statutes, the matters and the hand-written national items:
// honest labels, byte-exact quotations, correction-first items and thirds-v1 tiers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { provisionText, versionsOf } from '../../data/engine/laws.ts';
import type { Matter, Pack } from '../../data/engine/model.ts';
import { loadDataset } from '../../scripts/data/load.ts';
import { buildNationalPack } from '../../scripts/lists/build-packs.ts';
import { type Corpus, corpusOf } from '../../scripts/lists/corpus.ts';
import { correctionFirstGap, correctionFirstItems } from '../../scripts/lists/correction-first.ts';
import { derivedTiers } from '../../scripts/lists/derived-tiers.ts';
import { DOCUMENTED_RULES } from '../../scripts/lists/rules.ts';
import { fineOutsideStatute } from '../../scripts/lists/tier-range.ts';

let corpus: Corpus;
let pack: Pack;
const matter = (id: string): Matter => {
  const m = corpus.matters.find((x) => x.id === id);
  if (!m) throw new Error(`no matter ${id}`);
  return m;
};

beforeAll(() => {
  corpus = corpusOf(loadDataset());
  pack = buildNationalPack(corpus);
});

describe('national list items', () => {
  it('carry the banana case: 食品安全法 第一百三十六条 with its three conditions, in both versions', () => {
    const item = pack.lists.find((l) => l.id === 'N-np-食品安全法-136');
    expect(item).toMatchObject({
      list: 'no-penalty',
      basis: 'statute',
      conditions: [
        '履行了进货查验等义务',
        '有充分证据证明不知道所采购的食品不符合食品安全标准',
        '能如实说明进货来源',
      ],
    });
    const texts = versionsOf(corpus.laws, '食品安全法').map((v) =>
      provisionText(v, { article: 136, paragraph: null, item: null }),
    );
    expect(texts).toHaveLength(2);
    expect(item?.legalBasisText).toBe(`《中华人民共和国食品安全法》第一百三十六条：${texts[0]}`);
    expect(texts[1]).toBe(texts[0]);
    // Every matter of selling food that is not to standard, in both versions, the banana case among them.
    const penalties = new Set(
      item?.matterIds.map((id) => {
        const p = matter(id).penalty;
        return `${p.article}-${p.paragraph}-${p.item ?? ''}`;
      }),
    );
    expect([...penalties].sort()).toEqual(
      ['123-1-2', '124-1-1', '124-1-3', '124-1-4', '124-1-5', '124-2-', '125-1-1', '125-1-2'].sort(),
    );
    expect(item?.matterIds).toContain('M-食品安全法-124-1-1');
  });

  it('quote every statute provision byte-exactly', () => {
    const general = pack.lists.filter(
      (l) => l.id.startsWith('N-') && !l.id.startsWith('N-np-改正-') && l.basis === 'statute',
    );
    for (const item of general) {
      const lines = item.legalBasisText.split('\n');
      expect(lines).toHaveLength(item.legalBasis.length);
      item.legalBasis.forEach((ref, i) => {
        const quoted = lines[i]?.slice((lines[i]?.indexOf('：') ?? 0) + 1);
        const texts = versionsOf(corpus.laws, ref.lawId).map((v) => provisionText(v, ref));
        expect(texts).toContain(quoted);
      });
    }
  });

  it('hold the rules the statutes set: 第三十三条 no-penalty, 第三十二条 on both lighter and mitigated, 第十六条第二款', () => {
    const ids = pack.lists.map((l) => l.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'N-np-行政处罚法-33-1-a',
        'N-np-行政处罚法-33-1-b',
        'N-np-行政处罚法-33-2',
        'N-ce-行政强制法-16-2',
        ...['1', '2', '3', '4'].flatMap((n) => [`N-lt-行政处罚法-32-${n}`, `N-mt-行政处罚法-32-${n}`]),
      ]),
    );
    const coercion = pack.lists.find((l) => l.id === 'N-ce-行政强制法-16-2');
    expect(coercion?.legalBasis).toEqual([{ lawId: '行政强制法', article: 16, paragraph: 2, item: null }]);
  });

  it('hold the 12 tax 首违不罚 items read on an official page as official records, in its words', () => {
    const source = JSON.parse(
      readFileSync(join(process.cwd(), 'data/sources/official/tax-first-violation.json'), 'utf8'),
    ) as {
      lists: {
        docNumber: string;
        issued: string;
        effective: string;
        url: string;
        items: { text: string }[];
      }[];
    };
    const tax = pack.lists.filter((l) => l.id.startsWith('N-np-税务首违-'));
    expect(tax).toHaveLength(12);
    const published = source.lists.flatMap((list) => list.items.map((item) => ({ list, item })));
    tax.forEach((l, i) => {
      const { list, item } = published[i] ?? {};
      expect(l).toMatchObject({
        basis: 'official',
        title: item?.text,
        provenance: {
          issuer: '国家税务总局',
          docNumber: list?.docNumber,
          date: list?.issued,
          url: list?.url,
        },
        validity: { from: list?.effective, to: null },
      });
      // The link to a statute is this project's own, and says so.
      expect(l.provenance.note).toContain('关联');
    });
    expect(tax.find((l) => l.id.endsWith('-01'))?.matterIds).toEqual(['M-税收征收管理法-60-1-4']);
    const linked = tax.filter((l) => l.matterIds.length > 0).map((l) => Number(l.id.slice(-2)));
    expect(linked).toEqual([1, 2, 3, 7, 8, 12]);
  });

  it('claim an official source only for the items read on an official page', () => {
    for (const r of [...pack.lists, ...pack.tiers]) {
      if (r.id.startsWith('N-np-税务首违-')) continue;
      expect(r.basis).not.toBe('official');
      expect(r.provenance.issuer).toBeUndefined();
      expect(r.provenance.docNumber).toBeUndefined();
    }
  });
});

describe('correction-first items (rule correction-first-v1)', () => {
  it('spare the fine when a clause orders correction first and fines only on refusal', () => {
    expect(correctionFirstGap(matter('M-市场主体登记管理条例-48-1'))).toBeNull();
    const item = correctionFirstItems([matter('M-市场主体登记管理条例-48-1')])[0];
    expect(item).toMatchObject({
      id: 'N-np-改正-市场主体登记管理条例-48-1',
      matterIds: ['M-市场主体登记管理条例-48-1'],
      legalBasis: [{ lawId: '市场主体登记管理条例', article: 48, paragraph: 1, item: null }],
      legalBasisText: '由登记机关责令改正；拒不改正的，处3万元以下的罚款',
      basis: 'statute',
    });
  });

  it('leave out a clause whose warning applies even when corrected', () => {
    expect(correctionFirstGap(matter('M-食品安全法-126-1-3'))).toBe(
      '"警告" applies before the refusal branch, even when corrected',
    );
    expect(correctionFirstGap(matter('M-食品安全法-124-1-1'))).toBe(
      'the penalty does not order correction first',
    );
  });

  it('link revisions item to item, never to a matter', () => {
    const base = matter('M-市场主体登记管理条例-48-1');
    const old: Matter = {
      ...base,
      id: 'M-x-1@2020-01-01',
      validity: { from: '2020-01-01', to: '2022-03-01', supersededBy: 'M-x-1' },
    };
    const next: Matter = {
      ...base,
      id: 'M-x-1',
      validity: { from: '2022-03-01', to: null, supersedes: [old.id] },
    };
    expect(correctionFirstItems([old, next]).map((i) => i.validity)).toEqual([
      { from: '2020-01-01', to: '2022-03-01', supersededBy: 'N-np-改正-x-1' },
      { from: '2022-03-01', to: null, supersedes: ['N-np-改正-x-1@2020-01-01'] },
    ]);
    const warned: Matter = {
      ...next,
      statutory: { ...next.statutory, text: `给予警告；${next.statutory.text}` },
    };
    expect(correctionFirstItems([old, warned]).map((i) => i.validity)).toEqual([
      { from: '2020-01-01', to: '2022-03-01' },
    ]);
  });

  it('exist for exactly the eligible matters', () => {
    const items = pack.lists.filter((l) => l.id.startsWith('N-np-改正-'));
    const eligible = corpus.matters.filter((m) => correctionFirstGap(m) === null).map((m) => m.id);
    expect(items.map((l) => l.matterIds[0])).toEqual(eligible);
    expect(eligible.length).toBeGreaterThan(20);
  });
});

describe('derived tiers (rule thirds-v1)', () => {
  it('split 第一百二十四条第一款第（一）项 into thirds of the yuan range and of the multiple', () => {
    const tiers = derivedTiers(matter('M-食品安全法-124-1-1'));
    expect(tiers.map((t) => [t.level, t.conditions[0], t.fine?.min, t.fine?.max])).toEqual([
      ['从轻', '违法生产经营的食品、食品添加剂货值金额不足一万元的', 50000, 66667],
      ['一般', '违法生产经营的食品、食品添加剂货值金额不足一万元的', 66667, 83333],
      ['从重', '违法生产经营的食品、食品添加剂货值金额不足一万元的', 83333, 100000],
      ['从轻', '货值金额一万元以上的', 10, 13.33],
      ['一般', '货值金额一万元以上的', 13.33, 16.67],
      ['从重', '货值金额一万元以上的', 16.67, 20],
    ]);
    expect(tiers[3]?.fine).toMatchObject({ kind: 'multiple', base: '货值金额' });
  });

  it('keep a missing minimum open in the 从轻 tier', () => {
    const tiers = derivedTiers(matter('M-价格法-42-1'));
    expect(tiers.map((t) => [t.fine?.min, t.fine?.max])).toEqual([
      [null, 1667],
      [1667, 3333],
      [3333, 5000],
    ]);
  });

  it('stay inside the statutory range and name their rule', () => {
    const byId = new Map(corpus.matters.map((m) => [m.id, m]));
    for (const t of pack.tiers) {
      expect(t.basis).toBe('derived');
      expect(t.provenance.rule).toBe('thirds-v1');
      const m = byId.get(t.matterId);
      expect(m && t.fine ? fineOutsideStatute(t.fine, t.level, m) : 'missing').toBeNull();
    }
  });

  it('every rule a record names is documented in data/README.md', () => {
    const readme = readFileSync(join(import.meta.dirname, '../../data/README.md'), 'utf8');
    for (const rule of DOCUMENTED_RULES) expect(readme).toContain(`### Rule \`${rule}\``);
  });
});
