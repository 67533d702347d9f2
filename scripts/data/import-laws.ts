// Reads the statute texts (data/sources/laws: markdown versions plus newer/*.json) into LawVersion records
// with their dates from the MANIFEST files. Every date that is not in the national database's census
// says where it came from in `source.normalizations`.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LawArticle, LawVersion } from '../../data/engine/model.ts';
import { intToChinese } from '../../data/engine/numerals.ts';
import { lawIdOf, levelOf, shortNamesOf } from './law-names.ts';
import { type JsonProvision, parseJsonProvisions, parseLawMarkdown } from './law-text.ts';

interface FlkVersion {
  issued: string;
  in_force: string | null;
  status: string;
}

interface MarkdownManifestEntry {
  title: string;
  file: string;
  sha256: string;
  article_count: number;
  flk_versions_per_ansvar_census_2026?: FlkVersion[];
  possibleSupersession?: string;
  note?: string;
  local_fix?: string;
}

/** The day the national database's version lists in the manifests were taken (data/sources/laws/README.md). */
const CENSUS_DATE = '2026-02-25';

interface NewerManifestEntry {
  title: string;
  file: string;
  sha256: string;
  issued_date: string;
  in_force_date: string;
  status_at_capture: string;
  article_count: number;
}

/**
 * Laws repealed outright (not replaced by a newer version of themselves), by the article of their
 * successor that says so ("…自X起施行。《title》同时废止。"); the import checks that article's words.
 */
const REPEALED: Record<string, { date: string; by: string; article: number }> = {
  个体工商户条例: { date: '2022-11-01', by: '促进个体工商户发展条例', article: 39 },
  环境噪声污染防治法: { date: '2022-06-05', by: '噪声污染防治法', article: 90 },
  城市供水条例: { date: '2026-06-01', by: '供水条例', article: 50 },
};

function checkRepeal(drafts: Draft[], lawId: string, repeal: { date: string; by: string; article: number }) {
  const title = drafts.find((d) => d.lawId === lawId)?.title;
  const by = drafts.find((d) => d.lawId === repeal.by && d.inForce === repeal.date);
  const text = by?.articles
    .find((a) => a.n === repeal.article)
    ?.paragraphs.map((p) => p.text)
    .join('');
  if (!title || !text?.includes(`《${title}》同时废止`)) {
    throw new Error(
      `${lawId}: no ${repeal.by} in force ${repeal.date} whose article ${repeal.article} repeals 《${title}》`,
    );
  }
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function cnDate(y: string, m: string, d: string): string {
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

interface Draft {
  lawId: string;
  title: string;
  issuer: string | null;
  issued: string;
  inForce: string;
  file: string;
  sha256: string;
  normalizations: string[];
  articles: LawArticle[];
  /** In-force dates of later versions the census lists, whether or not we hold their text. */
  laterInForce: string[];
  /** Whether the national census lists this law's versions. */
  censused: boolean;
  possibleSupersession: string | null;
}

function issuerFromHistory(history: string[]): string | null {
  const last = history.filter((l) => !/^\d+年\d+月\d+日 施行$/.test(l)).at(-1) ?? '';
  if (last.includes('全国人民代表大会常务委员会')) return '全国人民代表大会常务委员会';
  if (last.includes('全国人民代表大会')) return '全国人民代表大会';
  if (last.includes('国务院')) return '国务院';
  const ministry = /(国家[^\s令]+?(?:总局|局))令/.exec(last);
  return ministry?.[1] ?? null;
}

function fromMarkdown(dir: string, entry: MarkdownManifestEntry): Draft {
  const bytes = readFileSync(join(dir, entry.file));
  const digest = sha256(bytes);
  if (digest !== entry.sha256)
    throw new Error(`${entry.file}: sha256 ${digest} does not match MANIFEST.json`);
  const parsed = parseLawMarkdown(bytes.toString('utf8'));
  if (parsed.title !== entry.title)
    throw new Error(`${entry.file}: title "${parsed.title}" ≠ MANIFEST "${entry.title}"`);
  if (parsed.articles.length !== entry.article_count) {
    throw new Error(
      `${entry.file}: ${parsed.articles.length} articles, MANIFEST says ${entry.article_count}`,
    );
  }
  const issued = /\((\d{4}-\d{2}-\d{2})\)\.md$/.exec(entry.file)?.[1];
  if (!issued) throw new Error(`${entry.file}: no version date in the file name`);
  const normalizations: string[] = [
    'markdown: the "第X条 " label is not part of paragraph 1; headings are kept in `chapter` ("章 > 节"); blank lines dropped (scripts/data/law-text.ts renders the body back byte-exact)',
  ];
  if (entry.local_fix) normalizations.push(`source file already carries a local fix: ${entry.local_fix}`);
  const census = entry.flk_versions_per_ansvar_census_2026 ?? [];
  const own = census.find((v) => v.issued === issued);
  let inForce = own?.in_force ?? null;
  if (!inForce) {
    // The file's own history line "YYYY年M月D日 施行" is the next best source.
    const line = parsed.history.map((l) => /^(\d{4})年(\d{1,2})月(\d{1,2})日 施行$/.exec(l)).find(Boolean);
    if (line?.[1] && line[2] && line[3]) {
      inForce = cnDate(line[1], line[2], line[3]);
      normalizations.push(`inForce ${inForce} from the file's history line (not in the flk census)`);
    } else {
      inForce = issued;
      normalizations.push(
        `inForce: neither the flk census nor the file's history gives an in-force date; the version date ${issued} is used`,
      );
    }
  }
  return {
    lawId: lawIdOf(entry.title),
    title: entry.title,
    // A 条例 at State Council level has no other issuer; say so when the file's header is empty.
    issuer:
      issuerFromHistory(parsed.history) ??
      (levelOf(lawIdOf(entry.title)) === 'administrative-regulation' ? '国务院' : null),
    issued,
    inForce,
    file: `laws/${entry.file}`,
    sha256: digest,
    normalizations,
    articles: parsed.articles,
    laterInForce: census.filter((v) => v.issued > issued && v.in_force).map((v) => v.in_force as string),
    censused: census.length > 0,
    possibleSupersession: entry.possibleSupersession ?? null,
  };
}

function fromJson(dir: string, entry: NewerManifestEntry): Draft {
  const bytes = readFileSync(join(dir, 'newer', entry.file));
  const digest = sha256(bytes);
  if (digest !== entry.sha256)
    throw new Error(`newer/${entry.file}: sha256 does not match newer/MANIFEST.json`);
  const json = JSON.parse(bytes.toString('utf8')) as {
    title: string;
    issuing_body?: string;
    issued_date: string;
    in_force_date: string;
    provisions: JsonProvision[];
  };
  if (json.title !== entry.title || json.issued_date !== entry.issued_date) {
    throw new Error(`newer/${entry.file}: title or issued date differs from newer/MANIFEST.json`);
  }
  const articles = parseJsonProvisions(json.provisions);
  if (articles.length !== entry.article_count) {
    throw new Error(`newer/${entry.file}: ${articles.length} articles, MANIFEST says ${entry.article_count}`);
  }
  return {
    lawId: lawIdOf(entry.title),
    title: entry.title,
    issuer: json.issuing_body || null,
    issued: entry.issued_date,
    inForce: entry.in_force_date,
    file: `laws/newer/${entry.file}`,
    sha256: digest,
    normalizations: [
      'flk JSON: each provision\'s `content` split on "\\n" into paragraphs and items; `chapter` kept as given ("" → null)',
    ],
    articles,
    laterInForce: [],
    // newer/ files come from the same capture as the census and carry its status.
    censused: true,
    possibleSupersession: null,
  };
}

/** Imports every law version under `dir`, sorted by lawId then issued date. */
export function importLaws(dir: string): LawVersion[] {
  const manifest = JSON.parse(readFileSync(join(dir, 'MANIFEST.json'), 'utf8')) as MarkdownManifestEntry[];
  const newer = JSON.parse(readFileSync(join(dir, 'newer', 'MANIFEST.json'), 'utf8')) as NewerManifestEntry[];
  const drafts = [...manifest.map((e) => fromMarkdown(dir, e)), ...newer.map((e) => fromJson(dir, e))];
  drafts.sort((a, b) =>
    a.lawId === b.lawId ? a.issued.localeCompare(b.issued) : a.lawId.localeCompare(b.lawId),
  );
  for (const [lawId, repeal] of Object.entries(REPEALED)) checkRepeal(drafts, lawId, repeal);
  return drafts.map((d) => {
    const law = drafts.filter((o) => o.lawId === d.lawId);
    const siblings = law.filter((o) => o.issued > d.issued).map((o) => o.inForce);
    const repeal = REPEALED[d.lawId];
    const normalizations = [...d.normalizations];
    if (repeal) {
      normalizations.push(`repealed ${repeal.date} by ${repeal.by} 第${intToChinese(repeal.article)}条`);
    }
    const ends = [...siblings, ...d.laterInForce, ...(repeal ? [repeal.date] : [])].sort();
    return {
      id: `${d.lawId}@${d.issued}`,
      lawId: d.lawId,
      title: d.title,
      shortNames: shortNamesOf(d.lawId),
      issuer: d.issuer,
      level: levelOf(d.lawId),
      issued: d.issued,
      inForce: d.inForce,
      until: ends[0] ?? null,
      repealed: repeal?.date ?? null,
      versionsChecked: law.some((o) => o.censused) ? CENSUS_DATE : null,
      possibleSupersession: law.find((o) => o.possibleSupersession)?.possibleSupersession ?? null,
      source: { file: d.file, sha256: d.sha256, normalizations },
      articles: d.articles,
    };
  });
}
