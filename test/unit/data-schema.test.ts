import { describe, expect, it } from 'vitest';
import type { Matter } from '../../data/engine/model.ts';
import { parseMatter, parsePack } from '../../data/schema/index.ts';

const matter: Matter = {
  id: 'M-食品安全法-124-1-1',
  name: '生产经营农药残留超过食品安全标准限量的食品',
  domain: '市场监管',
  authority: '县级以上人民政府食品安全监督管理部门',
  violated: [{ lawId: '食品安全法', article: 34, paragraph: null, item: 2 }],
  violatedReason: null,
  penalty: { lawId: '食品安全法', article: 124, paragraph: 1, item: 1 },
  lawVersion: '食品安全法@2021-04-29',
  statutory: {
    fines: [
      {
        kind: 'amount',
        base: null,
        min: 50000,
        max: 100000,
        condition: '货值金额不足一万元的',
        perUnit: null,
        source: 'x',
      },
    ],
    warning: false,
    confiscation: ['违法所得'],
    suspension: false,
    revocation: true,
    detention: false,
    correctionFirst: false,
    text: 'x',
    measures: {
      entity: {
        warning: [],
        confiscation: [{ condition: null, source: '没收违法所得' }],
        suspension: [],
        revocation: [{ condition: '情节严重的', source: '吊销许可证' }],
        detention: [],
        ban: [],
      },
      persons: null,
    },
  },
  aliases: [],
  basis: 'statute',
  provenance: { lawVersion: '食品安全法@2021-04-29' },
  validity: { from: '2021-04-29', to: '2025-12-01' },
};

describe('schemas', () => {
  it('accept a well-formed matter', () => {
    expect(parseMatter(matter)).toEqual({ ok: true, value: matter });
  });

  it('name the record and the field of each problem', () => {
    const bad = structuredClone(matter);
    (bad.statutory.fines[0] as { min: unknown }).min = 'five';
    bad.validity.from = '2021-13-01';
    const result = parsePack({
      id: 'national',
      title: 't',
      version: '1',
      asOf: '2026-01-01',
      matters: [matter, bad],
      tiers: [],
      lists: [],
      renames: {},
      notes: [],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => `${i.record} ${i.field}`).sort()).toEqual([
      'M-食品安全法-124-1-1 statutory.fines[0].min',
      'M-食品安全法-124-1-1 validity.from',
    ]);
  });

  it('require the provenance the basis calls for', () => {
    const result = parseMatter({ ...matter, provenance: {} });
    expect(result.ok ? [] : result.issues).toEqual([
      {
        record: 'M-食品安全法-124-1-1',
        field: 'provenance.lawVersion',
        message: 'is required: a statute record names the law version it was read from',
      },
    ]);
  });

  it('reject an official-looking illustrative record and a range upside down', () => {
    const bad = {
      ...structuredClone(matter),
      basis: 'illustrative',
      provenance: { note: 'n', docNumber: '国市监法〔2025〕10号' },
    };
    expect(parseMatter(bad)).toMatchObject({ ok: false, issues: [{ field: 'provenance.docNumber' }] });
    const upsideDown = structuredClone(matter);
    const [fine] = upsideDown.statutory.fines;
    if (fine) Object.assign(fine, { min: 10, max: 5 });
    expect(parseMatter(upsideDown)).toMatchObject({
      ok: false,
      issues: [{ field: 'statutory.fines[0].min' }],
    });
  });
});
