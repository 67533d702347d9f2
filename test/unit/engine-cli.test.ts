// The refs and search commands print exactly the JSON shapes other checks depend on, and
// reject bad input with a usage error.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
function cli(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/cli.ts', ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const DECISION =
  '经查，当事人于2024年2月28日销售的香蕉农药残留超标，货值金额为人民币1200元。违反了《中华人民共和国食品安全法》第三十四条第（二）项，' +
  '依据《食品安全法》第124条第1款第1项，罚款人民币伍万元整。《某某市管理办法》第三条。《食品安全法》第九百条。';

const READ =
  '经查，当事人于2019年5月10日未如实记录安全生产教育和培训情况，违反了《中华人民共和国安全生产法》第九十四条第四项的规定。' +
  '依据《中华人民共和国城乡规划法》第六十四条，该违法建设工程造价为人民币200,000元，决定处建设工程造价百分之八的罚款，计人民币16,000元。' +
  '依据国家税务总局公告2021年第6号和京税函〔2023〕5号办理。';

describe('cli refs', () => {
  it('reports a version not bundled, a fine in two steps and document numbers', () => {
    const { code, out, err } = cli(['refs', '-', '--as-of', '2020-06-01', '--json'], READ);
    expect(err).toBe('');
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.references[0]).toMatchObject({
      status: 'version-not-bundled',
      law: { title: '中华人民共和国安全生产法', version: null },
      article: 94,
      item: 4,
      matters: [],
    });
    // The coverage is the earliest bundled version's in-force date, read from the law files.
    const first = readdirSync(join(ROOT, 'data/laws'))
      .filter((f) => f.startsWith('安全生产法@'))
      .map((f) => JSON.parse(readFileSync(join(ROOT, 'data/laws', f), 'utf8')).inForce as string)
      .sort()[0];
    expect(json.references[0].coverage.from).toBe(first);
    expect(json.fines[0]).toMatchObject({ text: '人民币16,000元', yuan: 16000, verdict: 'within' });
    expect(json.fines[0].multiple).toEqual({
      start: READ.indexOf('建设工程造价百分之八'),
      end: READ.indexOf('建设工程造价百分之八') + 10,
      text: '建设工程造价百分之八',
      base: '建设工程造价',
      factor: 0.08,
      verdict: 'within',
      baseYuan: 200000,
      consistent: true,
    });
    const [known, unknown] = json.documents;
    expect(known).toMatchObject({ text: '国家税务总局公告2021年第6号', known: true });
    expect(unknown).toMatchObject({ text: '京税函〔2023〕5号', known: false, listItems: [] });
    // Every linked record names the number and its issuer.
    const pack = JSON.parse(readFileSync(join(ROOT, 'data/packs/national/pack.json'), 'utf8'));
    expect(known.listItems.length).toBeGreaterThan(0);
    for (const id of known.listItems) {
      const item = pack.lists.find((l: { id: string }) => l.id === id);
      const words = JSON.stringify(item);
      expect(words).toContain('公告2021年第6号');
      expect(words).toContain('国家税务总局');
    }
  });

  it('prints the references and fines in the agreed shape', () => {
    const { code, out, err } = cli(['refs', '-', '--as-of', '2024-07-01', '--json'], DECISION);
    expect(err).toBe('');
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(Object.keys(json)).toEqual(['references', 'fines', 'documents']);
    for (const r of json.references) {
      expect(Object.keys(r)).toEqual([
        'start',
        'end',
        'text',
        'law',
        'article',
        'paragraph',
        'item',
        'status',
        'matters',
      ]);
      expect(Object.keys(r.law)).toEqual(['title', 'version']);
      expect(DECISION.slice(r.start, r.end)).toBe(r.text);
    }
    expect(json.references.map((r: { status: string }) => r.status)).toEqual([
      'resolved',
      'resolved',
      'unknown-law',
      'no-such-article',
    ]);
    expect(json.references[1]).toMatchObject({
      text: '《食品安全法》第124条第1款第1项',
      law: { title: '中华人民共和国食品安全法', version: '2021-04-29' },
      article: 124,
      paragraph: 1,
      item: 1,
      matters: ['M-食品安全法-124-1-1'],
    });
    expect(json.references[2].law).toEqual({ title: '某某市管理办法', version: null });
    expect(json.fines).toEqual([
      {
        start: DECISION.indexOf('人民币伍万元整'),
        end: DECISION.indexOf('人民币伍万元整') + 7,
        text: '人民币伍万元整',
        yuan: 50000,
        provision: { law: '中华人民共和国食品安全法', article: 124, paragraph: 1, item: 1 },
        verdict: 'within',
      },
    ]);
  });

  it('reads a file, and reports a missing one as a usage error', () => {
    const ok = cli(['refs', 'test/fixtures/corpus/decision-sample.txt', '--json']);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.out).references.length).toBeGreaterThan(3);
    const missing = cli(['refs', 'no/such/file.txt', '--json']);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('cannot read no/such/file.txt');
    const badDate = cli(['refs', '-', '--as-of', '2024-13-45'], '');
    expect(badDate.code).toBe(2);
    expect(badDate.err).toContain('--as-of');
    // Three CLI runs: a loaded machine takes well over the default half minute for them.
  }, 180_000);
});

describe('cli search', () => {
  it('prints results in the agreed shape, best first', () => {
    const { code, out } = cli(['search', '香蕉 农残', '--limit', '3', '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(Object.keys(json)).toEqual(['results']);
    // Only results that hold most of the query are listed: at least one, at most the limit.
    expect(json.results.length).toBeGreaterThan(0);
    expect(json.results.length).toBeLessThanOrEqual(3);
    for (const r of json.results) {
      expect(Object.keys(r)).toEqual(['id', 'kind', 'title', 'lists', 'basis', 'provisions']);
      for (const p of r.provisions) expect(Object.keys(p)).toEqual(['law', 'article', 'paragraph', 'item']);
    }
    expect(json.results[0]).toMatchObject({ id: 'M-食品安全法-124-1-1', kind: 'matter', basis: 'statute' });
    expect(json.results[0].provisions).toContainEqual({
      law: '中华人民共和国食品安全法',
      article: 124,
      paragraph: 1,
      item: 1,
    });
  });

  it('rejects a missing query and a bad limit', () => {
    expect(cli(['search', '--json']).code).toBe(2);
    const bad = cli(['search', '农残', '--limit', '0']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--limit');
  });
});
