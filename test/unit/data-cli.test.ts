// The data commands as other checks call them: stats --json shape, article, build output.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { DataManifest, LawVersion } from '../../data/engine/model.ts';
import { buildData } from '../../scripts/data/build.ts';
import { REPO_ROOT } from '../../scripts/data/paths.ts';

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/cli.ts', ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('cli stats --json', () => {
  it('prints exactly the agreed shape', () => {
    const { code, out } = cli('stats', '--json');
    expect(code).toBe(0);
    const stats = JSON.parse(out);
    expect(Object.keys(stats)).toEqual([
      'lawVersions',
      'articles',
      'matters',
      'mattersByDomain',
      'asOf',
      'mattersInForceByDomain',
      'lawsByDomain',
      'lawCoverage',
      'lists',
      'basis',
    ]);
    expect(stats.lawVersions).toBe(105);
    expect(stats.matters).toBeGreaterThanOrEqual(400);
    expect(Object.keys(stats.lists).sort()).toEqual([
      'coercion-exempt',
      'lighter',
      'mitigated',
      'no-penalty',
    ]);
    expect(Object.keys(stats.basis).sort()).toEqual(['derived', 'illustrative', 'official', 'statute']);
    for (const d of ['市场监管', '文化旅游', '人社', '税务', '交通运输', '生态环境', '城市管理', '卫健']) {
      expect(stats.mattersByDomain[d], d).toBeGreaterThan(0);
    }
    const sum = Object.values(stats.mattersByDomain as Record<string, number>).reduce((a, b) => a + b, 0);
    expect(sum).toBe(stats.matters);
    expect(Object.keys(stats.lawCoverage)).toHaveLength(new Set(Object.keys(stats.lawCoverage)).size);
    expect(Object.keys(stats.lawCoverage).length).toBeGreaterThanOrEqual(80);
    expect(stats.lawCoverage.食品安全法).toEqual({
      from: '2021-04-29',
      until: null,
      versions: 2,
      versionsChecked: '2026-02-25',
      possibleSupersession: false,
    });
  });

  it('counts matters in force on the --as-of date, never more than all of them', () => {
    const { code, out } = cli('stats', '--json', '--as-of', '2026-05-31');
    expect(code).toBe(0);
    const stats = JSON.parse(out);
    expect(stats.asOf).toBe('2026-05-31');
    for (const [d, n] of Object.entries(stats.mattersInForceByDomain as Record<string, number>)) {
      expect(n, d).toBeLessThanOrEqual(stats.mattersByDomain[d]);
    }
    expect(cli('stats', '--as-of', '2026-02-30').code).not.toBe(0);
  });

  it('matches the per-domain table in README.md for the date the table names', () => {
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
    const date = /\| domain \| in force (\d{4}-\d{2}-\d{2}) \| all \| laws \|/.exec(readme)?.[1];
    expect(date).toBeDefined();
    const stats = JSON.parse(cli('stats', '--json', '--as-of', date ?? '').out);
    const rows = [...readme.matchAll(/^\| (\S+) \| (\d+) \| (\d+) \| (\d+) \|$/gm)];
    expect(rows.map((r) => r[1])).toEqual(Object.keys(stats.mattersByDomain));
    for (const [, d = '', live, all, lawCount] of rows) {
      expect([Number(live), Number(all), Number(lawCount)], d).toEqual([
        stats.mattersInForceByDomain[d],
        stats.mattersByDomain[d],
        stats.lawsByDomain[d].length,
      ]);
    }
  });
});

describe('cli matters --json', () => {
  it('prints each matter of an article with its provisions and sanctions per party and persons', () => {
    const { code, out } = cli(
      'matters',
      '--law',
      '价格法',
      '--article',
      '40',
      '--as-of',
      '2026-01-01',
      '--json',
    );
    expect(code).toBe(0);
    const { matters } = JSON.parse(out);
    // "经营者有本法第十四条所列行为之一": one matter per item of 第十四条.
    expect(matters).toHaveLength(8);
    const first = matters[0];
    expect(Object.keys(first)).toEqual([
      'id',
      'name',
      'domain',
      'authority',
      'violated',
      'penalty',
      'sanctions',
      'basis',
      'lawVersion',
    ]);
    expect(first.violated).toEqual([{ law: '中华人民共和国价格法', article: 14, paragraph: 1, item: 1 }]);
    expect(first.penalty).toEqual({ law: '中华人民共和国价格法', article: 40, paragraph: 1, item: null });
    expect(Object.keys(first.sanctions.entity)).toEqual([
      'fines',
      'warning',
      'confiscation',
      'suspension',
      'revocation',
      'detention',
    ]);
    expect(first.sanctions.entity.warning).toEqual([{ condition: '没有违法所得的', source: '予以警告' }]);
    expect(first.sanctions.persons).toBeNull();
  }, 120_000);
});

describe('cli article', () => {
  it('takes 124 or 第一百二十四条 and resolves the version as of a date', () => {
    const before = cli('article', '食品安全法', '124', '--as-of', '2025-11-30', '--json');
    const after = cli(
      'article',
      '中华人民共和国食品安全法',
      '第一百二十四条',
      '--as-of',
      '2025-12-01',
      '--json',
    );
    expect(before.code).toBe(0);
    expect(after.code).toBe(0);
    const [a, b] = [JSON.parse(before.out), JSON.parse(after.out)];
    expect(a.law).toEqual({ title: '中华人民共和国食品安全法', version: '2021-04-29' });
    expect(b.law).toEqual({ title: '中华人民共和国食品安全法', version: '2025-09-12' });
    expect(a.article).toBe(124);
    const law = JSON.parse(
      readFileSync(join(REPO_ROOT, 'data/laws/食品安全法@2021-04-29.json'), 'utf8'),
    ) as LawVersion;
    const article = law.articles.find((x) => x.n === 124);
    expect(a.text).toBe(article?.paragraphs.flatMap((p) => [p.text, ...p.items]).join('\n'));
    expect(a.text).not.toBe(b.text);
  });

  it('accepts an abbreviation', () => {
    const r = cli('article', '征管法', '60', '--json');
    expect(JSON.parse(r.out).law.title).toBe('中华人民共和国税收征收管理法');
  });

  it('fails with a message for an unknown law, a missing article or a date before any version', () => {
    const unknown = cli('article', '种子法', '1', '--json');
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('unknown law "种子法"');
    const missing = cli('article', '食品安全法', '155', '--json');
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('no 第一百五十五条');
    const early = cli('article', '食品安全法', '1', '--as-of', '2020-01-01');
    expect(early.code).toBe(1);
    expect(early.err).toContain('no version of 食品安全法 in force on 2020-01-01');
    expect(cli('article', '食品安全法', '第一百二十四款').code).toBe(2);
  });
});

describe('cli import-laws', () => {
  it('refuses a folder without statute texts and writes nothing', () => {
    const r = cli('import-laws', '--laws', join(tmpdir(), 'no-such-laws-folder'));
    expect(r.code).toBe(1);
    expect(r.err).toContain('holds no statute texts');
    expect(r.err).toContain('nothing written');
  });
});

describe('buildData', () => {
  const out = mkdtempSync(join(tmpdir(), 'dl-build-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('writes content-hashed files listed with their sha256, and a widget flavour with only cited articles', async () => {
    const { full, widget } = await buildData(out);
    for (const [dir, manifest] of [
      [out, full],
      [join(out, 'widget'), widget],
    ] as [string, DataManifest][]) {
      expect(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'))).toEqual(manifest);
      for (const f of manifest.files) {
        const bytes = readFileSync(join(dir, f.name));
        const sha = createHash('sha256').update(bytes).digest('hex');
        expect(sha).toBe(f.sha256);
        expect(f.name).toContain(`.${sha.slice(0, 8)}.json`);
        expect(bytes.length).toBe(f.bytes);
      }
    }
    const lawsOf = (dir: string, m: DataManifest) =>
      JSON.parse(
        readFileSync(join(dir, m.files.find((f) => f.role === 'laws')?.name ?? ''), 'utf8'),
      ) as LawVersion[];
    const food = (laws: LawVersion[]) => laws.find((l) => l.id === '食品安全法@2021-04-29');
    const fullFood = food(lawsOf(out, full));
    const widgetFood = food(lawsOf(join(out, 'widget'), widget));
    expect(fullFood?.articles.map((a) => a.n)).toContain(1);
    expect(widgetFood?.articles.map((a) => a.n)).not.toContain(1);
    expect(widgetFood?.articles.map((a) => a.n)).toEqual(expect.arrayContaining([34, 124]));
    expect(widget.schemaVersion).toBe(full.schemaVersion);
  });
});
