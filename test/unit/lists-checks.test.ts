// The validation checks for lists, tiers and revisions (scripts/data/checks/): the committed data passes,
// and each kind of bad record is named by record and field.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ListItem, Pack, Tier } from '../../data/engine/model.ts';
import { generatedPacksCheck } from '../../scripts/data/checks/generated-packs.ts';
import { listsCheck } from '../../scripts/data/checks/lists.ts';
import { revisionsCheck } from '../../scripts/data/checks/revisions.ts';
import { tiersCheck } from '../../scripts/data/checks/tiers.ts';
import type { Dataset } from '../../scripts/data/checks/types.ts';
import { loadDataset } from '../../scripts/data/load.ts';

let dataset: Dataset;
beforeAll(() => {
  dataset = loadDataset();
});

/** An official city record, as an import writes it. */
const OFFICIAL = {
  basis: 'official',
  provenance: {
    issuer: '示例市人民政府',
    docNumber: '示政通〔2023〕1号',
    date: '2023-06-01',
    url: 'https://example.org/n',
  },
  validity: { from: '2023-06-01', to: null },
} as const;

const item = (over: Partial<ListItem> = {}): ListItem => ({
  id: 'X-1',
  list: 'no-penalty',
  title: '测试事项',
  matterIds: ['M-市场主体登记管理条例-48-1'],
  conditions: ['在责令改正期限内改正'],
  measures: [],
  legalBasis: [{ lawId: '市场主体登记管理条例', article: 48, paragraph: 1, item: null }],
  legalBasisText: '《中华人民共和国市场主体登记管理条例》第四十八条第一款',
  authority: null,
  ...OFFICIAL,
  ...over,
});

const tier = (over: Partial<Tier> = {}): Tier => ({
  id: 'X-T-1',
  matterId: 'M-市场主体登记管理条例-48-1',
  level: '一般',
  conditions: ['拒不改正'],
  fine: { kind: 'amount', base: null, min: 5000, max: 15000 },
  measures: [],
  ...OFFICIAL,
  ...over,
});

function withPack(lists: ListItem[], tiers: Tier[] = []): Dataset {
  const pack: Pack = {
    id: 'x-city',
    title: 'x',
    version: '1',
    asOf: '2023-06-01',
    matters: [],
    tiers,
    lists,
    renames: {},
    notes: [],
  };
  return { laws: dataset.laws, packs: [...dataset.packs, pack] };
}

const problems = (check: typeof listsCheck, ds: Dataset) =>
  check.run(ds).map((p) => `${p.record} ${p.field}: ${p.message}`);

describe('the committed dataset', () => {
  it.each([listsCheck, tiersCheck, revisionsCheck])('passes $name', (check) => {
    expect(check.run(dataset)).toEqual([]);
  });
});

describe('lists check', () => {
  it('accepts a well-formed official item', () => {
    expect(problems(listsCheck, withPack([item()]))).toEqual([]);
  });

  it.each([
    [
      item({ legalBasis: [{ lawId: '食品安全法', article: 900, paragraph: null, item: null }] }),
      'X-1 legalBasis[0]: 食品安全法 第900条 does not exist in 食品安全法@2021-04-29 or 食品安全法@2025-09-12',
    ],
    [item({ matterIds: ['M-nope'] }), 'X-1 matterIds[0]: no matter "M-nope"'],
    [item({ conditions: [] }), 'X-1 conditions: an item must say when it applies'],
    [
      item({ provenance: { issuer: 'a', docNumber: 'b', date: '2023-06-01' } }),
      'X-1 provenance.url: is required: an official record names its issuer, document number, date and URL',
    ],
    [
      item({ basis: 'illustrative', provenance: { note: 'example', docNumber: '示政通〔2023〕1号' } }),
      'X-1 provenance.docNumber: a illustrative record must not claim an official source',
    ],
    [
      item({
        basis: 'statute',
        provenance: { lawVersion: '市场主体登记管理条例@2021-07-27', issuer: '国务院' },
      }),
      'X-1 provenance.issuer: a statute record must not claim an official source',
    ],
  ])('names %#', (bad, message) => {
    expect(problems(listsCheck, withPack([bad]))).toEqual([message]);
  });
});

describe('tiers check', () => {
  it.each([
    [
      tier({ fine: { kind: 'amount', base: null, min: 20000, max: 50000 } }),
      'X-T-1 fine: fine 20000–50000元 at 一般 is not inside the statutory range ≤30000元 of M-市场主体登记管理条例-48-1',
    ],
    [tier({ level: '不予处罚' }), 'X-T-1 fine: 不予处罚 sets no fine'],
    [
      tier({ fine: { kind: 'multiple', base: '货值金额', min: 1, max: 2 } }),
      'X-T-1 fine: the statutory penalty of M-市场主体登记管理条例-48-1 sets no fine in multiples of 货值金额',
    ],
    [
      tier({ basis: 'derived', provenance: { rule: 'lower-30-percent' } }),
      'X-T-1 provenance.rule: "lower-30-percent" is not a rule documented in data/README.md (thirds-v1, correction-first-v1)',
    ],
    [tier({ matterId: 'M-nope' }), 'X-T-1 matterId: no matter "M-nope"'],
  ])('names %#', (bad, message) => {
    expect(problems(tiersCheck, withPack([], [bad]))).toEqual([message]);
  });
});

describe('revisions check', () => {
  it('accepts a revision that starts where its predecessor ends', () => {
    const old = item({ validity: { from: '2022-12-01', to: '2023-06-01', supersededBy: 'X-2' } });
    const next = item({ id: 'X-2', validity: { from: '2023-06-01', to: null, supersedes: ['X-1'] } });
    expect(problems(revisionsCheck, withPack([old, next]))).toEqual([]);
  });

  it('names a gap, a missing successor and a one-sided link', () => {
    const gap = [
      item({ validity: { from: '2022-12-01', to: '2023-05-01', supersededBy: 'X-2' } }),
      item({ id: 'X-2', validity: { from: '2023-06-01', to: null, supersedes: ['X-1'] } }),
    ];
    expect(problems(revisionsCheck, withPack(gap))).toEqual([
      'X-1 validity.to: ends 2023-05-01 but its successor X-2 starts 2023-06-01',
    ]);
    const missing = [item({ validity: { from: '2022-12-01', to: '2023-06-01', supersededBy: 'X-9' } })];
    expect(problems(revisionsCheck, withPack(missing))).toEqual([
      'X-1 validity.supersededBy: "X-9" is not in pack x-city',
    ]);
    const oneSided = [
      item({ validity: { from: '2022-12-01', to: '2023-06-01' } }),
      item({ id: 'X-2', validity: { from: '2023-06-01', to: null, supersedes: ['X-1'] } }),
    ];
    expect(problems(revisionsCheck, withPack(oneSided))).toEqual([
      'X-1 validity.supersededBy: must name X-2, which supersedes it',
    ]);
  });
});

describe('generated-packs check', () => {
  it('names a generated pack edited by hand', () => {
    const packs = dataset.packs.map((p) =>
      p.id === 'tongliao-illustrative'
        ? { ...p, lists: p.lists.map((l, i) => (i === 0 ? { ...l, title: '改过' } : l)) }
        : p,
    );
    const found = generatedPacksCheck.run({ laws: dataset.laws, packs });
    expect(found.map((p) => p.record)).toContain('pack:tongliao-illustrative');
  });
});
