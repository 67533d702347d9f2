import { beforeAll, describe, expect, it } from 'vitest';
import { versionInForce } from '../../data/engine/laws.ts';
import type { LawVersion, Matter, Pack } from '../../data/engine/model.ts';
import { loadDataset, NATIONAL_PACK } from '../../scripts/data/load.ts';
import { computeStats } from '../../scripts/data/stats.ts';

let laws: LawVersion[];
let matters: Matter[];
let packs: Pack[];
const at = (lawId: string, date: string) => versionInForce(laws, lawId, date)?.id ?? null;
const inForce = (m: Matter, date: string) =>
  m.validity.from <= date && (m.validity.to === null || date < m.validity.to);

beforeAll(() => {
  const dataset = loadDataset();
  laws = dataset.laws;
  packs = dataset.packs;
  matters = dataset.packs.find((p) => p.id === NATIONAL_PACK)?.matters ?? [];
});

describe('versions around a repeal or a first entry into force', () => {
  it('城市供水条例 until 2026-05-31, 供水条例 from 2026-06-01 (供水条例 第五十条)', () => {
    expect(at('城市供水条例', '2026-05-31')).toBe('城市供水条例@2020-03-27');
    expect(at('供水条例', '2026-05-31')).toBeNull();
    expect(at('城市供水条例', '2026-06-01')).toBeNull();
    expect(at('供水条例', '2026-06-01')).toBe('供水条例@2026-02-11');
    const of = (lawId: string) => matters.filter((m) => m.penalty.lawId === lawId);
    expect(of('城市供水条例').every((m) => inForce(m, '2026-05-31') && !inForce(m, '2026-06-01'))).toBe(true);
    expect(of('供水条例').every((m) => !inForce(m, '2026-05-31') && inForce(m, '2026-06-01'))).toBe(true);
  });

  it('环境噪声污染防治法 until 2022-06-04, 噪声污染防治法 from 2022-06-05 (its 第九十条)', () => {
    expect(at('环境噪声污染防治法', '2022-06-04')).toBe('环境噪声污染防治法@2018-12-29');
    expect(at('噪声污染防治法', '2022-06-04')).toBeNull();
    expect(at('环境噪声污染防治法', '2022-06-05')).toBeNull();
    expect(at('噪声污染防治法', '2022-06-05')).toBe('噪声污染防治法@2021-12-24');
    const old = laws.find((l) => l.lawId === '环境噪声污染防治法');
    expect(old).toMatchObject({ until: '2022-06-05', repealed: '2022-06-05' });
  });

  it('危险化学品安全法 only from 2026-05-01, beside the 条例 it does not repeal', () => {
    expect(at('危险化学品安全法', '2026-04-30')).toBeNull();
    expect(at('危险化学品安全法', '2026-05-01')).toBe('危险化学品安全法@2025-12-27');
    expect(at('危险化学品安全管理条例', '2026-05-01')).toBe('危险化学品安全管理条例@2013-12-07');
    const law = matters.filter((m) => m.penalty.lawId === '危险化学品安全法');
    expect(law.length).toBeGreaterThan(0);
    expect(law.some((m) => inForce(m, '2026-04-30'))).toBe(false);
  });

  it('药品管理法实施条例 2026 only from 2026-05-15', () => {
    expect(at('药品管理法实施条例', '2026-05-14')).toBe('药品管理法实施条例@2024-12-06');
    expect(at('药品管理法实施条例', '2026-05-15')).toBe('药品管理法实施条例@2026-01-16');
  });
});

describe('currency of each law', () => {
  it('carries the census day on every version of a censused law, null for rules it does not list', () => {
    for (const id of ['噪声污染防治法@2021-12-24', '供水条例@2026-02-11', '食品安全法@2021-04-29']) {
      expect(laws.find((l) => l.id === id)?.versionsChecked, id).toBe('2026-02-25');
    }
    expect(laws.find((l) => l.id === '明码标价和禁止价格欺诈规定@2022-04-14')?.versionsChecked).toBeNull();
    for (const lawId of new Set(laws.map((l) => l.lawId))) {
      const values = new Set(laws.filter((l) => l.lawId === lawId).map((l) => l.versionsChecked));
      expect(values.size, lawId).toBe(1);
    }
  });

  it('marks exactly the laws the manifest doubts: 环境影响评价法, 噪声污染防治法, 土壤污染防治法', () => {
    const doubted = [...new Set(laws.filter((l) => l.possibleSupersession).map((l) => l.lawId))].sort();
    expect(doubted).toEqual(['噪声污染防治法', '土壤污染防治法', '环境影响评价法']);
    expect(laws.find((l) => l.lawId === '噪声污染防治法')?.possibleSupersession).toContain('生态环境法典');
  });

  it('stats give each law its coverage from the earliest in-force date of its versions', () => {
    const stats = computeStats({ laws, packs }, '2026-12-08');
    expect(stats.lawCoverage.发票管理办法).toMatchObject({ from: '2019-03-02', until: null, versions: 2 });
    expect(stats.lawCoverage.城市供水条例).toMatchObject({ from: '2020-03-27', until: '2026-06-01' });
    expect(stats.lawCoverage.噪声污染防治法).toMatchObject({
      from: '2022-06-05',
      versionsChecked: '2026-02-25',
      possibleSupersession: true,
    });
    for (const [lawId, c] of Object.entries(stats.lawCoverage)) {
      const earliest = laws
        .filter((l) => l.lawId === lawId)
        .map((l) => l.inForce)
        .sort()[0];
      expect(c.from, lawId).toBe(earliest);
    }
    expect(stats.lawsByDomain.城市管理).toEqual(
      expect.arrayContaining(['供水条例', '建筑法', '城市道路管理条例']),
    );
  });
});
