// `cli diff`: a two-version fixture (test/fixtures/packs/example-2022 → example-2023) and the illustrative
// 通辽 pack's two revisions give exactly the counts they were written for.
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Pack } from '../../data/engine/model.ts';
import diffCommand from '../../scripts/commands/diff.ts';
import { packAsOf } from '../../scripts/lists/as-of.ts';
import { diffPacks, type PackDiff, SECTIONS } from '../../scripts/lists/diff.ts';
import { readPackArg } from '../../scripts/lists/pack-file.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/packs');
const TONGLIAO = join(import.meta.dirname, '../../data/packs/tongliao-illustrative');

afterEach(() => vi.restoreAllMocks());

function counts(diff: PackDiff) {
  return Object.fromEntries(
    SECTIONS.map((s) => {
      const d = diff.sections[s];
      return [s, [d.added.length, d.removed.length, d.changed.length]];
    }),
  );
}

describe('diff of the two-version fixture', () => {
  const old = readPackArg(join(FIXTURES, 'example-2022')).pack;
  const next = readPackArg(join(FIXTURES, 'example-2023')).pack;
  const diff = diffPacks(old, next);

  it('counts added, removed and changed per list and for the benchmark', () => {
    expect(counts(diff)).toEqual({
      'no-penalty': [2, 1, 0],
      lighter: [1, 0, 1],
      mitigated: [0, 0, 0],
      'coercion-exempt': [1, 0, 1],
      benchmark: [2, 0, 2],
      matters: [0, 0, 0],
    });
  });

  it('pairs records across packs by id without the pack prefix and names the fields that changed', () => {
    expect(diff.sections['no-penalty'].removed).toEqual(['example-2022-np-b']);
    expect(diff.sections.lighter.changed).toEqual([
      { id: 'example-2023-lt-d', was: 'example-2022-lt-d', fields: ['conditions'] },
    ]);
    expect(diff.sections.benchmark.changed.map((c) => c.fields)).toEqual([['fine'], ['fine']]);
  });

  it('ignores provenance and validity: a record re-issued unchanged is not a change', () => {
    const a = old.lists.find((l) => l.id === 'example-2022-np-a');
    const b = next.lists.find((l) => l.id === 'example-2023-np-a');
    expect(a?.provenance.docNumber).not.toBe(b?.provenance.docNumber);
    expect(diff.sections['no-penalty'].changed).toEqual([]);
  });
});

describe('diff of one pack between two dates', () => {
  it('reads 通辽’s Jun 2023 adjustment pattern from the illustrative pack', () => {
    const { pack } = readPackArg(TONGLIAO);
    const diff = diffPacks(pack, pack, { old: '2023-01-01', new: '2023-07-01' });
    expect(counts(diff)).toEqual({
      'no-penalty': [3, 1, 0],
      lighter: [1, 0, 0],
      mitigated: [1, 0, 0],
      'coercion-exempt': [1, 0, 1],
      benchmark: [2, 0, 0],
      matters: [0, 0, 0],
    });
    expect(diff.sections['coercion-exempt'].changed).toEqual([
      { id: 'TL-ce-02-r2', was: 'TL-ce-02', fields: ['conditions'] },
    ]);
  });

  it('as of a date keeps what was in force then', () => {
    const { pack } = readPackArg(TONGLIAO);
    const before = packAsOf(pack, '2023-05-31');
    const after = packAsOf(pack, '2023-06-01');
    expect(before.lists.some((l) => l.id === 'TL-ce-02')).toBe(true);
    expect(before.lists.some((l) => l.id === 'TL-ce-02-r2')).toBe(false);
    expect(after.lists.some((l) => l.id === 'TL-ce-02')).toBe(false);
    expect(after.lists.some((l) => l.id === 'TL-ce-02-r2')).toBe(true);
    expect(packAsOf(pack, '2022-11-30').lists).toEqual([]);
  });

  it('pairs a revision with the record it supersedes even under another id', () => {
    const base: Pack = readPackArg(TONGLIAO).pack;
    const one = base.lists.find((l) => l.id === 'TL-np-01');
    if (!one) throw new Error('fixture changed');
    const revised = {
      ...one,
      id: 'TL-np-01-b',
      conditions: [...one.conditions, '未造成危害后果'],
      validity: { from: '2023-06-01', to: null, supersedes: ['TL-np-01'] },
    };
    const diff = diffPacks({ ...base, lists: [one] }, { ...base, lists: [revised] });
    expect(diff.sections['no-penalty']).toMatchObject({
      added: [],
      removed: [],
      changed: [{ id: 'TL-np-01-b', was: 'TL-np-01', fields: ['conditions'] }],
    });
  });
});

describe('cli diff', () => {
  it('prints counts per list, and --json the same diff', async () => {
    const lines: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((s: string) => void lines.push(s));
    const args = [join(FIXTURES, 'example-2022'), join(FIXTURES, 'example-2023')];
    expect(await diffCommand.run(args)).toBe(0);
    expect(lines[0]).toContain('不予处罚 no-penalty: +2 −1 ~0 (3 → 4)');
    expect(lines[0]).toContain('裁量基准 benchmark (tiers): +2 −0 ~2 (4 → 6)');
    lines.length = 0;
    expect(await diffCommand.run([...args, '--json'])).toBe(0);
    const json = JSON.parse(lines[0] ?? '');
    expect(json.sections['coercion-exempt'].added).toEqual(['example-2023-ce-k']);
  });

  it('fails cleanly on a missing pack or a bad date', async () => {
    const errors: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((s: string) => void errors.push(s));
    expect(await diffCommand.run([join(FIXTURES, 'nope'), join(FIXTURES, 'example-2023')])).toBe(1);
    expect(errors[0]).toContain('no pack at');
    await expect(diffCommand.run([`${TONGLIAO}@2023-13-45`, TONGLIAO])).rejects.toThrow('must be a date');
  });
});
