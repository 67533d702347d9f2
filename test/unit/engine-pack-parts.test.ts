// A pack too big for one file travels as parts and comes back whole.
import { describe, expect, it } from 'vitest';
import type { Pack, Tier } from '../../data/engine/model.ts';
import { joinPackParts, splitPack } from '../../data/engine/pack-parts.ts';

const size = (value: unknown) => JSON.stringify(value).length;
const tier = (n: number) =>
  ({ id: `T-${n}`, matterId: 'M-1', level: '一般', conditions: ['x'.repeat(50)] }) as unknown as Tier;
const pack: Pack = {
  id: 'national',
  title: '全国',
  version: '2026-06-01',
  asOf: '2026-06-01',
  matters: [],
  tiers: Array.from({ length: 40 }, (_, i) => tier(i)),
  lists: [],
  renames: { 'M-0': 'M-1' },
  notes: ['n'],
};

describe('pack parts', () => {
  it('leaves a small pack whole', () => {
    expect(splitPack(pack, size, 1e6)).toEqual([pack]);
  });

  it('cuts a large pack into parts under the limit that join back to the same pack', () => {
    const parts = splitPack(pack, size, 1200);
    expect(parts.length).toBeGreaterThan(2);
    for (const p of parts) expect(size(p)).toBeLessThanOrEqual(1200);
    expect(parts.every((p) => p.id === 'national')).toBe(true);
    expect(parts.slice(1).every((p) => p.matters.length === 0 && Object.keys(p.renames).length === 0)).toBe(
      true,
    );
    expect(joinPackParts(parts)).toEqual([pack]);
  });

  it('keeps other packs apart and in order', () => {
    const other = { ...pack, id: 'city', tiers: [tier(99)] };
    const joined = joinPackParts([...splitPack(pack, size, 1200), other]);
    expect(joined.map((p) => p.id)).toEqual(['national', 'city']);
    expect(joined[0]).toEqual(pack);
  });
});
