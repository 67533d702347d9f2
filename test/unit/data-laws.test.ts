import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { findLaw, getArticle, provisionText, versionInForce, versionsOf } from '../../data/engine/laws.ts';
import type { LawVersion } from '../../data/engine/model.ts';
import { importLaws } from '../../scripts/data/import-laws.ts';
import {
  articleContent,
  INFO_END,
  parseLawMarkdown,
  renderMarkdownBody,
} from '../../scripts/data/law-text.ts';
import { loadDataset } from '../../scripts/data/load.ts';
import { canonicalJson, LAWS_DIR, sourceLawsDir } from '../../scripts/data/paths.ts';

const SOURCE = sourceLawsDir();
let laws: LawVersion[];
beforeAll(() => {
  laws = loadDataset().laws;
});

describe('bundled law versions', () => {
  it('keep every version: 91 markdown and 14 newer', () => {
    expect(laws).toHaveLength(105);
    expect(laws.filter((l) => l.source.file.startsWith('laws/newer/'))).toHaveLength(14);
    expect(versionsOf(laws, '食品安全法').map((v) => v.id)).toEqual([
      '食品安全法@2021-04-29',
      '食品安全法@2025-09-12',
    ]);
    expect(versionsOf(laws, '药品管理法实施条例').map((v) => [v.issued, v.inForce, v.until])).toEqual([
      ['2019-03-02', '2019-03-02', '2025-01-20'],
      ['2024-12-06', '2025-01-20', '2026-05-15'],
      ['2026-01-16', '2026-05-15', null],
    ]);
  });

  it('resolve as of a date: 食品安全法 2021 until 2025-11-30, 2025 from 2025-12-01', () => {
    expect(versionInForce(laws, '食品安全法', '2025-11-30')?.id).toBe('食品安全法@2021-04-29');
    expect(versionInForce(laws, '食品安全法', '2025-12-01')?.id).toBe('食品安全法@2025-09-12');
    expect(versionInForce(laws, '食品安全法', '2021-04-28')).toBeNull();
    expect(versionInForce(laws, '药品管理法实施条例', '2026-05-14')?.issued).toBe('2024-12-06');
    expect(versionInForce(laws, '药品管理法实施条例', '2026-05-15')?.issued).toBe('2026-01-16');
    expect(versionInForce(laws, '个体工商户条例', '2022-10-31')?.issued).toBe('2016-02-06');
    expect(versionInForce(laws, '个体工商户条例', '2022-11-01')).toBeNull();
    expect(versionInForce(laws, '没有这部法', '2025-01-01')).toBeNull();
  });

  it('find a law by full title, short title or abbreviation', () => {
    expect(findLaw(laws, '中华人民共和国食品安全法')).toBe('食品安全法');
    expect(findLaw(laws, '《食品安全法》')).toBe('食品安全法');
    expect(findLaw(laws, '《中华人民共和国食品安全法（2021年修正）》')).toBe('食品安全法');
    expect(findLaw(laws, '征管法')).toBe('税收征收管理法');
    expect(findLaw(laws, '消法')).toBe('消费者权益保护法');
    expect(findLaw(laws, '劳动保障监察条例')).toBe('劳动保障监察条例');
    expect(findLaw(laws, '农产品质量安全法')).toBe('农产品质量安全法');
    expect(findLaw(laws, '种子法')).toBeNull();
  });

  it('give article, paragraph and item text', () => {
    const v2021 = versionInForce(laws, '食品安全法', '2024-06-01') as LawVersion;
    expect(getArticle(v2021, 124)?.paragraphs).toHaveLength(3);
    expect(provisionText(v2021, { article: 124, paragraph: 1, item: 1 })).toBe(
      '（一）生产经营致病性微生物，农药残留、兽药残留、生物毒素、重金属等污染物质以及其他危害人体健康的物质含量超过食品安全标准限量的食品、食品添加剂；',
    );
    expect(provisionText(v2021, { article: 34, paragraph: null, item: 2 })).toMatch(
      /^（二）致病性微生物，农药残留/,
    );
    expect(provisionText(v2021, { article: 124, paragraph: 4, item: null })).toBeNull();
    expect(provisionText(v2021, { article: 155, paragraph: null, item: null })).toBeNull();
    expect(provisionText(v2021, { article: 136, paragraph: null, item: null })?.split('\n')).toHaveLength(1);
  });
});

describe.skipIf(!existsSync(SOURCE))('law import from the statute texts', () => {
  let imported: LawVersion[];
  beforeAll(() => {
    imported = importLaws(SOURCE);
  });

  it('matches the committed data/laws byte for byte (run `cli import-laws` after changing the import)', () => {
    for (const law of imported) {
      expect(readFileSync(join(LAWS_DIR, `${law.id}.json`), 'utf8'), law.id).toBe(canonicalJson(law));
    }
  });

  it('keeps every markdown body recoverable byte-exact', () => {
    for (const law of imported.filter((l) => l.source.file.endsWith('.md'))) {
      const source = readFileSync(join(SOURCE, law.source.file.replace(/^laws\//, '')), 'utf8');
      const body = source.slice(source.indexOf(INFO_END) + INFO_END.length).replace(/^\n+/, '');
      expect(renderMarkdownBody(law.articles), law.id).toBe(body);
    }
  });

  it('keeps every flk JSON provision byte-exact', () => {
    for (const law of imported.filter((l) => l.source.file.endsWith('.json'))) {
      const source = JSON.parse(
        readFileSync(join(SOURCE, law.source.file.replace(/^laws\//, '')), 'utf8'),
      ) as {
        provisions: { provision_ref: string; content: string }[];
      };
      expect(
        law.articles.map((a) => [String(a.n), articleContent(a)]),
        law.id,
      ).toEqual(source.provisions.map((p) => [p.provision_ref, p.content]));
    }
  });

  it('refuses an inserted article (第十条之一) rather than joining it to the article before', () => {
    const md = `# 某法\n${INFO_END}\n第一条 甲。\n第一条之一 乙。\n`;
    expect(() => parseLawMarkdown(md)).toThrow(/inserted article "第一条之一/);
    // The bundled texts hold none: a 第X条之一 citation has no text to resolve to.
    for (const law of imported)
      for (const a of law.articles)
        for (const p of a.paragraphs)
          expect(p.text, law.id).not.toMatch(/^第[一二三四五六七八九十百千]+条之[一二三四五六七八九十]+ /);
  });

  it('rejects a source file that differs from its manifest, naming it', () => {
    const copy = mkdtempSync(join(tmpdir(), 'dl-laws-'));
    try {
      cpSync(SOURCE, copy, { recursive: true });
      const file = join(copy, '食品安全法(2021-04-29).md');
      writeFileSync(
        file,
        readFileSync(file, 'utf8').replace('第一条 为了保证食品安全', '第一条 为了保障食品安全'),
      );
      expect(() => importLaws(copy)).toThrow(
        /食品安全法\(2021-04-29\)\.md: sha256 .* does not match MANIFEST\.json/,
      );
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it('says where each date not in the national census came from', () => {
    const byId = new Map(imported.map((l) => [l.id, l]));
    expect(byId.get('明码标价和禁止价格欺诈规定@2022-04-14')?.inForce).toBe('2022-07-01');
    expect(byId.get('明码标价和禁止价格欺诈规定@2022-04-14')?.source.normalizations.join()).toMatch(
      /history line/,
    );
    expect(byId.get('个体工商户条例@2016-02-06')).toMatchObject({
      until: '2022-11-01',
      repealed: '2022-11-01',
    });
    expect(byId.get('反不正当竞争法@2019-04-23')?.until).toBe('2025-10-15');
  });
});
