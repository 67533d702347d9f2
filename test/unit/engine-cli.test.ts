// The refs and search commands print exactly the JSON shapes other checks depend on, and
// reject bad input with a usage error.
import { spawnSync } from 'node:child_process';
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

describe('cli refs', () => {
  it('prints the references and fines in the agreed shape', () => {
    const { code, out, err } = cli(['refs', '-', '--as-of', '2024-07-01', '--json'], DECISION);
    expect(err).toBe('');
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(Object.keys(json)).toEqual(['references', 'fines']);
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
  });
});

describe('cli search', () => {
  it('prints results in the agreed shape, best first', () => {
    const { code, out } = cli(['search', '香蕉 农残', '--limit', '3', '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(Object.keys(json)).toEqual(['results']);
    expect(json.results).toHaveLength(3);
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
