// validate passes on the bundled data and names the record and field of each problem in corrupted copies.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { LawVersion, Matter } from '../../data/engine/model.ts';
import { DATA_DIR, sourceLawsDir } from '../../scripts/data/paths.ts';
import { validateData } from '../../scripts/data/validate.ts';

const copies: string[] = [];
afterEach(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function copyData(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dl-data-'));
  copies.push(dir);
  for (const sub of ['laws', 'matters', 'packs'])
    cpSync(join(DATA_DIR, sub), join(dir, sub), { recursive: true });
  return dir;
}

function edit<T>(
  path: string,
  change: (value: T) => void,
  format = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`,
) {
  const value = JSON.parse(readFileSync(path, 'utf8')) as T;
  change(value);
  writeFileSync(path, format(value));
}

// Problems about matters and law versions (the lists' own checks also react to a changed matter).
const where = (problems: { record: string; field: string }[]) =>
  problems.filter((p) => !p.record.startsWith('pack:')).map((p) => `${p.record} ${p.field}`);
const FOOD = (dir: string) => join(dir, 'matters', '食品安全法.json');
const find = (list: Matter[], id: string) => list.find((m) => m.id === id) as Matter;

describe('validate', () => {
  it('passes on the bundled data, compared with the statute texts', () => {
    const result = validateData({ lawsSource: sourceLawsDir() });
    expect(result.problems).toEqual([]);
    expect(result.ran).toEqual(
      expect.arrayContaining(['schema', 'formatting', 'provisions', 'quotes', 'derivation', 'ids']),
    );
  });

  it('re-derives each range from its clause: an edited maximum is caught', () => {
    const dir = copyData();
    edit<Matter[]>(FOOD(dir), (list) => {
      const fine = find(list, 'M-食品安全法-124-1-1').statutory.fines[0];
      if (fine) fine.max = 200000;
    });
    const { problems } = validateData({ dataDir: dir, lawsSource: null });
    expect(where(problems)).toEqual(['M-食品安全法-124-1-1 statutory']);
  });

  it('catches a provision that does not exist and a quotation that is not in the law', () => {
    const dir = copyData();
    edit<Matter[]>(FOOD(dir), (list) => {
      find(list, 'M-食品安全法-124-1-1').violated = [
        { lawId: '食品安全法', article: 34, paragraph: null, item: 20 },
      ];
      find(list, 'M-食品安全法-126-1-4').statutory.text = '处五千元以上五万元以下罚款（改）';
    });
    const found = where(validateData({ dataDir: dir, lawsSource: null }).problems);
    expect(found).toContain('M-食品安全法-124-1-1 violated[0]');
    expect(found).toContain('M-食品安全法-126-1-4 statutory.text');
  });

  it('names the record and field of schema errors', () => {
    const dir = copyData();
    edit<LawVersion>(join(dir, 'laws', '行政强制法@2011-06-30.json'), (law) => {
      law.inForce = '2012-13-01';
    });
    edit<Matter[]>(FOOD(dir), (list) => {
      (find(list, 'M-食品安全法-122-1') as { domain: string }).domain = '食品';
    });
    const found = where(validateData({ dataDir: dir, lawsSource: null }).problems);
    expect(found).toContain('行政强制法@2011-06-30 inForce');
    expect(found).toContain('M-食品安全法-122-1 domain');
  });

  it('catches a duplicate id and a dangling supersededBy', () => {
    const dir = copyData();
    edit<Matter[]>(FOOD(dir), (list) => {
      list.push({ ...find(list, 'M-食品安全法-122-1') });
      find(list, 'M-食品安全法-124-1-6@2021-04-29').validity.supersededBy = 'M-食品安全法-999-1';
    });
    const found = where(validateData({ dataDir: dir, lawsSource: null }).problems);
    expect(found).toContain('M-食品安全法-122-1 id');
    expect(found).toContain('M-食品安全法-124-1-6@2021-04-29 validity.supersededBy');
  });

  it('reports non-canonical formatting, and --fix rewrites it', () => {
    const dir = copyData();
    edit<Matter[]>(
      FOOD(dir),
      () => {},
      (v) => JSON.stringify(v),
    );
    const clean = where(validateData({ dataDir: copyData(), lawsSource: null }).problems);
    const before = validateData({ dataDir: dir, lawsSource: null });
    expect(where(before.problems)).toEqual([...clean, `${FOOD(dir)} (formatting)`]);
    const fixed = validateData({ dataDir: dir, lawsSource: null, fix: true });
    expect(fixed.fixed).toEqual([FOOD(dir)]);
    expect(where(validateData({ dataDir: dir, lawsSource: null }).problems)).toEqual(clean);
  });

  it('validates an imported pack directory against the bundled laws and matters', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dl-pack-'));
    copies.push(dir);
    const pack = {
      id: 'test-city',
      title: '测试市',
      version: '1',
      asOf: '2026-01-01',
      matters: [],
      tiers: [],
      lists: [],
      renames: {},
      notes: [],
    };
    writeFileSync(join(dir, 'pack.json'), `${JSON.stringify(pack, null, 2)}\n`);
    expect(validateData({ packDirs: [dir], lawsSource: null }).problems).toEqual([]);
    const food = JSON.parse(readFileSync(join(DATA_DIR, 'matters', '食品安全法.json'), 'utf8')) as Matter[];
    const copy = {
      ...find(food, 'M-食品安全法-122-1'),
      id: 'M-测试-1',
      penalty: { lawId: '食品安全法', article: 999, paragraph: 1, item: null },
    };
    writeFileSync(join(dir, 'pack.json'), `${JSON.stringify({ ...pack, matters: [copy] }, null, 2)}\n`);
    const found = where(validateData({ packDirs: [dir], lawsSource: null }).problems);
    expect(found).toContain('M-测试-1 penalty');
    expect(found).toContain('M-测试-1 id');
  });

  it('compares the bundled law text with its source file', () => {
    const dir = copyData();
    const path = join(dir, 'laws', '食品安全法@2021-04-29.json');
    edit<LawVersion>(path, (law) => {
      const p = law.articles.find((a) => a.n === 1)?.paragraphs[0];
      if (p) p.text = p.text.replace('制定本法', '制定本法律');
    });
    const found = where(validateData({ dataDir: dir, lawsSource: sourceLawsDir() }).problems);
    expect(found).toEqual(['食品安全法@2021-04-29 articles']);
  });
});
