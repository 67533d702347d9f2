// Derives penalty matters (处罚事项) from the law text: one per item （一）（二）… listed under a penalty,
// one per paragraph that sets its own penalty (or applies "前款" / "第X款"'s). Every version is read;
// consecutive versions with identical text give one matter whose validity spans them. Ids come from
// law + article + paragraph + item, never from order: the newest version's matter has the plain id,
// older texts keep theirs with "@<issued>" (M-食品安全法-124-1-1@2021-04-29).
import { versionsOf } from '../../data/engine/laws.ts';
import type {
  FineRule,
  LawArticle,
  LawVersion,
  Matter,
  ProvisionRef,
  StatutoryPenalty,
} from '../../data/engine/model.ts';
import { articleLabel, chineseToInt, itemLabel, paragraphLabel } from '../../data/engine/numerals.ts';
import { type ParsedPenalty, parsePenalty } from '../../data/engine/penalty-parser.ts';
import { joinMeasures } from '../../data/engine/sanctions.ts';
import { readCoverageTable } from './coverage-table.ts';
import { domainOf } from './domains.ts';
import { type LawNames, violatedRefs } from './violated-refs.ts';

/** A paragraph that looked like a penalty but was not turned into matters, and why. */
export interface Skipped {
  at: string;
  reason: string;
}

/**
 * Violated provisions the text does not name but the law's structure makes certain: the penalty item
 * repeats the prohibition word for word. Each entry says so; validate checks both provisions exist.
 */
export const VIOLATED_LINKS: {
  penalty: Omit<ProvisionRef, 'lawId'>;
  lawId: string;
  violated: ProvisionRef;
  why: string;
}[] = (
  [
    // 食品安全法 第三十四条 lists the foods that may not be produced or sold; 第一百二十三条至第一百二十五条
    // punish each of them, item by item, in the same words (unchanged in the 2025 version).
    [1, 123, 1, 1],
    [2, 124, 1, 1],
    [3, 124, 1, 2],
    [4, 124, 1, 3],
    [5, 123, 1, 2],
    [6, 124, 1, 4],
    [7, 123, 1, 3],
    [8, 123, 1, 4],
    [9, 125, 1, 1],
    [10, 124, 1, 5],
    [11, 125, 1, 2],
    [12, 123, 1, 5],
    [13, 124, 2, null],
  ] as const
).map(([item, article, paragraph, penaltyItem]) => ({
  lawId: '食品安全法',
  penalty: { article, paragraph, item: penaltyItem },
  violated: { lawId: '食品安全法', article: 34, paragraph: null, item },
  why: `${articleLabel(article)}${paragraphLabel(paragraph)}${penaltyItem ? itemLabel(penaltyItem) : ''}处罚的即第三十四条${itemLabel(item)}禁止的行为，用语相同`,
}));

/**
 * Fines recorded by hand where the wording defeats the parser, keyed "lawId-article-paragraph". Applied
 * only while the parser still reports exactly `unread` for that paragraph; `fines` is then the paragraph's
 * complete list. Each says why; none sets a bound the text does not state.
 */
export const HAND_FINES: Record<string, { unread: string[]; fines: FineRule[]; reason: string }> = {
  '劳动法-96-1': {
    unread: ['处以十五日以下拘留、罚款'],
    fines: [
      {
        kind: 'amount',
        base: null,
        min: null,
        max: null,
        condition: '对责任人员',
        perUnit: null,
        source: '处以十五日以下拘留、罚款',
      },
    ],
    reason:
      '“处以十五日以下拘留、罚款”规定了拘留和罚款，但未载明罚款数额（由治安管理处罚法规定），故按无上下限记录',
  },
  '侵害消费者权益行为处罚办法-15-1': {
    unread: ['违法所得三倍以下、但最高不超过三万元的罚款'],
    fines: [
      {
        kind: 'multiple',
        base: '违法所得',
        min: null,
        max: 3,
        condition: null,
        perUnit: null,
        source: '违法所得三倍以下、但最高不超过三万元的罚款',
      },
      {
        kind: 'amount',
        base: null,
        min: null,
        max: 30000,
        condition: '但最高不超过三万元',
        perUnit: null,
        source: '违法所得三倍以下、但最高不超过三万元的罚款',
      },
      {
        kind: 'amount',
        base: null,
        min: null,
        max: 10000,
        condition: '没有违法所得的',
        perUnit: null,
        source: '处以一万元以下的罚款',
      },
    ],
    reason:
      '“违法所得三倍以下、但最高不超过三万元的罚款”是违法所得的倍数，并以三万元为上限：按倍数和上限分别记录，二者同时适用',
  },
};

/**
 * Paragraphs whose wording looks like a penalty but is not one on a party, keyed "lawId-article-paragraph"
 * (every version), from the reviewed table; `import-laws` lists them with the other paragraphs it leaves out.
 */
export const NOT_MATTERS: Record<string, string> = Object.fromEntries(
  Object.entries(readCoverageTable())
    .filter(([, e]) => e.kind === 'not-a-penalty')
    .map(([key, e]) => [key, e.reason]),
);

/**
 * Laws whose penalty articles name no authority and that have no "本法规定的行政处罚，由…决定" article, but
 * whose text gives the power to punish in another form; keyed by version id or law id. The authority is
 * quoted from that article (checked when matters are derived).
 */
export const GENERAL_AUTHORITY: Record<string, { article: number; authority: string; why: string }> = {
  特种设备安全法: {
    article: 61,
    authority: '负责特种设备安全监督管理的部门',
    why: '第六十一条第（五）项：该部门“对违反本法规定的行为作出行政处罚决定”',
  },
  价格违法行为行政处罚规定: {
    article: 2,
    authority: '县级以上各级人民政府价格主管部门',
    why: '第二条：该部门“决定对价格违法行为的行政处罚”',
  },
  建筑法: {
    article: 76,
    authority: '建设行政主管部门',
    why: '第七十六条第一款：责令停业整顿、降低资质等级和吊销资质证书由颁发资质证书的机关决定，其他行政处罚由建设行政主管部门或者有关部门依照法律和国务院规定的职权范围决定',
  },
  价格法: {
    article: 33,
    authority: '县级以上各级人民政府价格主管部门',
    why: '第三十三条：该部门“依照本法的规定对价格违法行为实施行政处罚”',
  },
  道路交通安全法: {
    article: 87,
    authority: '公安机关交通管理部门',
    why: '第八十七条第二款：“公安机关交通管理部门及其交通警察…对道路交通安全违法行为予以处罚”',
  },
  道路交通安全法实施条例: {
    article: 109,
    authority: '公安机关交通管理部门',
    why: '第一百零九条：由该条所列的违法行为发生地或者相应级别的公安机关交通管理部门“作出决定”',
  },
  '标准化法实施条例@1990-04-06': {
    article: 33,
    authority: '标准化行政主管部门和工商行政管理部门',
    why: '第三十三条第四款：“其他行政处罚由…依据职权决定”',
  },
  '标准化法实施条例@2024-03-10': {
    article: 33,
    authority: '市场监督管理部门',
    why: '第三十三条第四款：“其他行政处罚由市场监督管理部门决定”',
  },
};

function generalAuthority(version: LawVersion): string | null {
  const general = GENERAL_AUTHORITY[version.id] ?? GENERAL_AUTHORITY[version.lawId];
  if (!general) return null;
  const article = version.articles.find((a) => a.n === general.article);
  const text = article?.paragraphs.flatMap((p) => [p.text, ...p.items]).join('\n') ?? '';
  if (!text.includes(general.authority)) {
    throw new Error(
      `GENERAL_AUTHORITY: ${version.id} 第${general.article}条 does not name "${general.authority}"`,
    );
  }
  return general.authority;
}

const CN = '[零〇一二两三四五六七八九十百千]+';
const APPLY_OTHER_PARAGRAPH = new RegExp(
  `依照(?:本条)?(前款|第(${CN})款)(?:的)?规定(?:给予)?(?:处罚|处以罚款|承担责任)`,
);
const ITEM_LABEL = /^[（(][一二三四五六七八九十]+[）)]/;

/**
 * "经营者有本法第十四条所列行为之一", "娱乐场所实施本条例第十四条禁止行为", "违反本法第三十五条规定" where
 * that article lists the prohibited acts item by item: the act is one of those items, so each becomes its own
 * matter named in the item's words with the item as its violated provision. Null for any other wording.
 */
const BY_REFERENCE = new RegExp(
  `^[^，；。]{0,20}?(?:有|实施|违反)本(?:法|条例|实施细则|细则|办法|规定)第(${CN})条(?:第(${CN})款)?(?:的)?(所列(?:行为|情形)之一|(?:规定的)?禁止(?:行为|情形)|规定)$`,
);

function referencedItems(
  version: LawVersion,
  violation: string,
): { ref: ProvisionRef; name: string; suffix: string }[] | null {
  const m = BY_REFERENCE.exec(violation.replace(/的$/, ''));
  if (!m?.[1]) return null;
  const n = chineseToInt(m[1]);
  const article = version.articles.find((a) => a.n === n);
  if (!article || n === null) return null;
  const wanted = m[2] ? chineseToInt(m[2]) : null;
  const lists = article.paragraphs
    .map((p, i) => ({ p, i: i + 1 }))
    .filter(({ p, i }) => (wanted === null || wanted === i) && p.items.length > 0 && /[：:]$/.test(p.text));
  const list = lists.length === 1 ? lists[0] : undefined;
  // "违反本法第X条规定" splits only where that paragraph forbids the acts it lists.
  if (!list || (m[3] === '规定' && !/不得|禁止/.test(list.p.text))) return null;
  return list.p.items.map((text, ii) => ({
    ref: { lawId: version.lawId, article: n, paragraph: list.i, item: ii + 1 },
    name: cleanName(text),
    suffix: `-r${n}${list.i > 1 ? `.${list.i}` : ''}-${ii + 1}`,
  }));
}

/** Why a matter has no violated provision, in words an officer can put into a decision. */
function noViolatedReason(act: string): string {
  return /违反(?:本|有关)?(?:法律|法|条例|实施细则|细则|办法|规定)(?:的)?规定/.test(act)
    ? '本条仅称“违反本法规定”，未指明所违反的条款；违法行为由本条直接描述'
    : '本条直接描述违法行为，未指明所违反的条款';
}

function cleanName(text: string): string {
  let name = text
    .replace(ITEM_LABEL, '')
    .replace(/[；;。，：:]+$/, '')
    // "其他法律、法规有规定的，依照其规定；法律、法规未作规定的" defers to other laws, it names nothing.
    .replace(/，(?:其他(?:有关)?)?法律、(?:行政)?法规[^；]*；.*$/, '')
    .replace(/，[^，]*除[^，]*外$/, '')
    // Discipline (处分) for officials comes before the penalty in some articles; it is not the act.
    .replace(/的，(?:依法)?给予[^，]*处分$/, '');
  // "…的，是偷税。对纳税人偷税": the act is what precedes its legal name.
  const defined = /^(.*?)的，是[^。]+。/.exec(name);
  if (defined?.[1]) name = defined[1];
  else if (name.includes('。')) name = name.slice(name.lastIndexOf('。') + 1);
  // Criminal or civil liability stated first ("触犯刑律的，依法追究刑事责任；尚不够刑事处罚的") is not
  // the act: keep the act.
  name = (name.split('；')[0] ?? name)
    .replace(/的，(?:依照刑法|依法追究|应当承担|对因|与产品).*$/, '')
    .replace(/，(?:触犯刑律|构成犯罪)$/, '');
  return name
    .replace(/^违反本(?:法|条例|办法|规定|细则)(?:第[^，]*?条[^，]*?)?(?:的)?规定，/, '')
    .replace(/^(?:违反本(?:法|条例|办法|规定|细则)规定，)?(?:有下列(?:情形|行为)之一(?:的)?，?)/, '')
    .replace(/，?尚不构成犯罪的?$/, '')
    .replace(/的$/, '');
}

/** The fines with an amount: a bare "处以罚款" gives way to the rule that states one. */
function statedFines(p: StatutoryPenalty): FineRule[] {
  return p.fines.filter((f) => f.min !== null || f.max !== null);
}

/** A paragraph that applies another's penalty: that one's fines and measures, then its own; its own words. */
function mergePenalties(applied: StatutoryPenalty, own: StatutoryPenalty): StatutoryPenalty {
  return {
    fines: [...applied.fines, ...(applied.fines.length > 0 ? statedFines(own) : own.fines)],
    warning: applied.warning || own.warning,
    confiscation: [...applied.confiscation, ...own.confiscation],
    suspension: applied.suspension || own.suspension,
    revocation: applied.revocation || own.revocation,
    detention: applied.detention || own.detention,
    correctionFirst: applied.correctionFirst && own.fines.length === 0,
    text: own.text,
    measures: joinMeasures(applied.measures, own.measures),
  };
}

function sets(s: StatutoryPenalty): boolean {
  return s.fines.length > 0 || s.warning || s.confiscation.length > 0 || s.suspension || s.revocation;
}

function hasMeasure(p: ParsedPenalty): boolean {
  return sets(p.penalty);
}

const ITEM_OF_THIS_ARTICLE = new RegExp(`第[（(]?(${CN})[）)]?项`, 'g');

/** The items of this article a fine's condition names ("对有第(一)项、第(二)项…的行为的"), or null for none. */
function itemsNamed(condition: string | null): Set<number> | null {
  // An item of another article ("违反本法第十六条第一款第四项") is not one of the list's.
  if (!condition || /第[^，；。]*条/.test(condition.replace(/本条/g, ''))) return null;
  const items = [...condition.matchAll(ITEM_OF_THIS_ARTICLE)].map((m) => chineseToInt(m[1] ?? ''));
  return items.length > 0 ? new Set(items.filter((n): n is number => n !== null)) : null;
}

interface Draft {
  baseId: string;
  version: LawVersion;
  /** Everything that makes two versions' matters the same. */
  fingerprint: string;
  matter: Omit<Matter, 'id' | 'lawVersion' | 'provenance' | 'validity'>;
  /** Why part of it was recorded by hand, if it was. */
  note: string | null;
}

const ITEMS_OF_PREVIOUS = /^(?:单位|个人)?有前款(第[^，；。]*项)[^，；。]*?，/;
const ITEM_NUMBER = new RegExp(`第[（(]?(${CN})[）)]?项`, 'g');

/**
 * "有前款第一项、第八项行为之一，处五万元以上二十万元以下的罚款；有前款第二项…": fines the paragraph after a
 * list sets per item. Returns item number → fines, or null when the paragraph is not of that form.
 */
function finesPerItem(text: string): Map<number, ParsedPenalty[]> | null {
  // A sentence without its own "有前款第…项" continues the one before ("…；情节严重的，…责令停业、关闭").
  const sentences: string[] = [];
  for (const piece of text.replace(/。$/, '').split(/[；。]/)) {
    if (ITEMS_OF_PREVIOUS.test(piece) || sentences.length === 0) sentences.push(piece);
    else sentences[sentences.length - 1] += `；${piece}`;
  }
  if (!ITEMS_OF_PREVIOUS.test(sentences[0] ?? '')) return null;
  const byItem = new Map<number, ParsedPenalty[]>();
  for (const sentence of sentences) {
    const head = ITEMS_OF_PREVIOUS.exec(sentence);
    if (!head?.[1]) continue;
    const parsed = parsePenalty(sentence);
    // "单位有前款…" / "个人有前款…": the fine is for that kind of offender; say so in its branch.
    if (/^(?:单位|个人)/.test(sentence)) {
      const who = head[0].replace(/，$/, '');
      for (const f of parsed.penalty.fines) f.condition = [who, f.condition].filter(Boolean).join('，');
    }
    for (const m of head[1].matchAll(ITEM_NUMBER)) {
      const n = chineseToInt(m[1] ?? '');
      if (n !== null) byItem.set(n, [...(byItem.get(n) ?? []), parsed]);
    }
  }
  return byItem;
}

function draftsForArticle(
  version: LawVersion,
  article: LawArticle,
  skipped: Skipped[],
  names: LawNames,
): Draft[] {
  const drafts: Draft[] = [];
  const deciding =
    decidingAuthorities(version).find((d) => d.from <= article.n && article.n <= d.to)?.authority ?? null;
  const general = deciding === null ? generalAuthority(version) : null;
  const decides = deciding ?? general;
  const parsed = article.paragraphs.map((p) => parsePenalty(p.text));
  const perItem = article.paragraphs.map((p) => finesPerItem(p.text));
  // "依照本条第二款的规定处以罚款" in paragraph 1: paragraph 2 is how the fine is computed, not a matter.
  const computes = new Set<number>();
  parsed.forEach((p, pi) => {
    const applies = APPLY_OTHER_PARAGRAPH.exec(p.penalty.text);
    const target = applies?.[2] ? (chineseToInt(applies[2]) ?? 0) - 1 : -1;
    if (target > pi) computes.add(target);
  });
  article.paragraphs.forEach((paragraph, pi) => {
    const at = `${version.id} 第${article.n}条第${pi + 1}款`;
    if (computes.has(pi)) return;
    const excluded =
      NOT_MATTERS[`${version.lawId}-${article.n}-${pi + 1}`] ??
      (DECIDES.test(paragraph.text) ? 'says which authority decides the penalties' : undefined);
    if (excluded) {
      skipped.push({ at, reason: excluded });
      return;
    }
    // Consumed by the list it sets fines for (see below).
    if (perItem[pi] && article.paragraphs[pi - 1]?.items.length) return;
    let own = parsed[pi] as ParsedPenalty;
    // "依照前款规定处罚；情节严重的，吊销…": the fines of the paragraph it names, plus its own measures.
    const applies = APPLY_OTHER_PARAGRAPH.exec(own.penalty.text);
    if (applies) {
      const target = applies[1] === '前款' ? pi - 1 : (chineseToInt(applies[2] ?? '') ?? 0) - 1;
      const other = parsed[target];
      if (!other || !hasMeasure(other) || target === pi) {
        skipped.push({ at, reason: `applies ${applies[1]} but that paragraph sets no penalty` });
        return;
      }
      own = {
        ...own,
        authority: own.authority ?? other.authority,
        penalty: mergePenalties(other.penalty, own.penalty),
        unread: [...other.unread, ...own.unread],
      };
    }
    const violation = own.violation;
    if (!hasMeasure(own)) return;
    const authorityNote =
      own.authority === null && general !== null
        ? `处罚机关系依本法条文人工确定：${(GENERAL_AUTHORITY[version.id] ?? GENERAL_AUTHORITY[version.lawId])?.why}`
        : null;
    if (own.authority === null && decides !== null) own = { ...own, authority: decides };
    const hand = HAND_FINES[`${version.lawId}-${article.n}-${pi + 1}`];
    if (own.unread.length > 0 && hand && own.unread.join('\n') === hand.unread.join('\n')) {
      own = { ...own, penalty: { ...own.penalty, fines: hand.fines }, unread: [] };
    } else if (own.unread.length > 0) {
      skipped.push({ at, reason: `fine wording not read: ${own.unread.join(' / ')}` });
      return;
    }
    const penaltyRef = (item: number | null): ProvisionRef => ({
      lawId: version.lawId,
      article: article.n,
      paragraph: pi + 1,
      item,
    });
    const listsItems = paragraph.items.length > 0 && /[：:]$/.test(paragraph.text);
    const byReference = listsItems ? null : referencedItems(version, violation);
    const targets: {
      name: string;
      text: string;
      item: number | null;
      ref?: ProvisionRef;
      suffix?: string;
    }[] = listsItems
      ? paragraph.items.map((text, ii) => ({ name: cleanName(text), text, item: ii + 1 }))
      : (byReference?.map((r) => ({ ...r, text: '', item: null })) ?? [
          { name: cleanName(violation), text: '', item: null },
        ]);
    for (const t of targets) {
      if (t.name === '') {
        skipped.push({ at, reason: 'the text names no violation here' });
        continue;
      }
      const penalty = penaltyRef(t.item);
      const links = VIOLATED_LINKS.filter(
        (l) =>
          l.lawId === version.lawId &&
          l.penalty.article === penalty.article &&
          l.penalty.paragraph === penalty.paragraph &&
          l.penalty.item === penalty.item,
      );
      const violated = [
        // "违反本条例第二十七条规定，或者有下列行为之一的": the items are alternatives to 第二十七条, not
        // violations of it.
        ...(t.ref
          ? [t.ref]
          : violatedRefs(
              `${t.text && /或者有下列/.test(violation) ? '' : violation}${t.text}`,
              version.lawId,
              names,
            )),
        ...links.map((l) => l.violated),
      ].filter((r, i, all) => all.findIndex((o) => JSON.stringify(o) === JSON.stringify(r)) === i);
      // "…依照下列规定处以罚款：（三）发生重大事故的，处…罚款": the item sets the fine itself.
      const inItem = t.text ? parsePenalty(t.text) : null;
      // The next paragraph sets this item's fine ("有前款第一项、第八项行为之一，处…罚款"); the list's own
      // "处以罚款" without an amount gives way to it.
      const later = (t.item === null ? undefined : perItem[pi + 1]?.get(t.item)) ?? [];
      let statutory = own.penalty;
      if (inItem && inItem.penalty.fines.length > 0 && inItem.unread.length === 0) {
        statutory = { ...mergePenalties(own.penalty, inItem.penalty), fines: inItem.penalty.fines };
        statutory.correctionFirst = inItem.penalty.correctionFirst;
      } else if (
        later.length > 0 &&
        later.every((l) => l.penalty.fines.length > 0 && l.unread.length === 0)
      ) {
        // Its measures too ("…处十万元以上一百万元以下的罚款；情节严重的，…责令停业、关闭").
        statutory = later.reduce(
          (p, l) => ({ ...mergePenalties(p, l.penalty), text: p.text, correctionFirst: p.correctionFirst }),
          {
            ...own.penalty,
            fines: statedFines(own.penalty),
          },
        );
      }
      // "对有第(一)项、第(二)项或者第(三)项规定的行为的，处…罚款": a fine the list limits to some of its items.
      if (t.item !== null) {
        const item = t.item;
        const fines = statutory.fines.filter((f) => itemsNamed(f.condition)?.has(item) ?? true);
        if (fines.length !== statutory.fines.length) statutory = { ...statutory, fines };
      }
      if (!sets(statutory)) {
        skipped.push({ at, reason: `item ${t.item}: the paragraph's penalty is for its other items only` });
        continue;
      }
      const matter = {
        name: inItem && statutory.fines === inItem.penalty.fines ? cleanName(inItem.violation) : t.name,
        domain: domainOf(version.lawId, own.authority),
        authority: own.authority,
        violated,
        violatedReason: violated.length === 0 ? noViolatedReason(`${violation}${t.text}`) : null,
        penalty,
        statutory,
        aliases: [],
        basis: 'statute' as const,
      };
      const baseId = `M-${version.lawId}-${article.n}-${pi + 1}${t.item === null ? '' : `-${t.item}`}${t.suffix ?? ''}`;
      const notes = [
        ...(authorityNote ? [authorityNote] : []),
        ...(hand && own.penalty.fines === hand.fines ? [`罚款系人工录入：${hand.reason}`] : []),
        ...links.map((l) => `违反条款系人工关联：${l.why}`),
        ...(t.ref
          ? [
              `本条以“${violation.replace(/的$/, '')}”引用${articleLabel(t.ref.article)}，该条逐项列举行为，故每项为一个事项`,
            ]
          : []),
      ];
      const note = notes.length ? notes.join('；') : null;
      drafts.push({
        baseId,
        version,
        fingerprint: JSON.stringify([matter, paragraph.text, t.text]),
        matter,
        note,
      });
    }
  });
  return drafts;
}

export interface DerivedMatters {
  matters: Matter[];
  skipped: Skipped[];
}

/** Derives the matters of every law in `laws`, grouped per law, ids unique. */
const DECIDES = new RegExp(
  `^本(?:法|条例|细则|办法|规定)((?:第${CN}条至第${CN}条、?)*)规定的行政处罚，?由([^，；。]+?)(?:按照职责分工)?决定`,
);
const RANGE_OF_ARTICLES = new RegExp(`第(${CN})条至第(${CN})条`, 'g');

/**
 * "本法规定的行政处罚，由县级以上地方人民政府计量行政部门决定" / "本法第一百一十五条至第一百三十八条规定的
 * 行政处罚，由…决定": the authority for penalty articles that name none themselves.
 */
function decidingAuthorities(version: LawVersion): { from: number; to: number; authority: string }[] {
  const found: { from: number; to: number; authority: string }[] = [];
  for (const article of version.articles) {
    const m = DECIDES.exec(article.paragraphs[0]?.text ?? '');
    if (!m?.[2]) continue;
    const ranges = [...(m[1] ?? '').matchAll(RANGE_OF_ARTICLES)].map((r) => [
      chineseToInt(r[1] ?? '') ?? 0,
      chineseToInt(r[2] ?? '') ?? 0,
    ]);
    for (const [from, to] of ranges.length ? ranges : [[1, article.n]]) {
      found.push({ from: from ?? 0, to: to ?? 0, authority: m[2] });
    }
  }
  return found;
}

/** Chapters that set penalties. Where a law has one, matters come only from it (other chapters set duties). */
const LIABILITY_CHAPTER = /法律责任|罚则/;

function penaltyArticles(version: LawVersion): LawArticle[] {
  const inChapter = version.articles.filter((a) => a.chapter !== null && LIABILITY_CHAPTER.test(a.chapter));
  return inChapter.length > 0 ? inChapter : version.articles;
}

export function deriveMatters(laws: LawVersion[]): DerivedMatters {
  const names: LawNames = new Map(
    laws.flatMap((l) => [l.title, l.lawId, ...l.shortNames].map((n) => [n, l.lawId] as const)),
  );
  const skipped: Skipped[] = [];
  const matters: Matter[] = [];
  const lawIds = [...new Set(laws.map((l) => l.lawId))].sort();
  for (const lawId of lawIds) {
    const versions = versionsOf(laws, lawId);
    const newest = versions[versions.length - 1];
    const byBase = new Map<string, Draft[]>();
    for (const version of versions) {
      for (const article of penaltyArticles(version)) {
        for (const d of draftsForArticle(version, article, skipped, names)) {
          byBase.set(d.baseId, [...(byBase.get(d.baseId) ?? []), d]);
        }
      }
    }
    for (const [baseId, drafts] of byBase) {
      // Runs of consecutive versions with the same text become one matter.
      const runs: Draft[][] = [];
      drafts.forEach((d, i) => {
        const prev = drafts[i - 1];
        const adjacent = prev && versions.indexOf(d.version) === versions.indexOf(prev.version) + 1;
        const run = runs[runs.length - 1];
        if (run && adjacent && prev.fingerprint === d.fingerprint) run.push(d);
        else runs.push([d]);
      });
      const ids = runs.map((run) => {
        const last = run[run.length - 1] as Draft;
        return last.version === newest ? baseId : `${baseId}@${(run[0] as Draft).version.issued}`;
      });
      runs.forEach((run, r) => {
        const first = run[0] as Draft;
        const last = run[run.length - 1] as Draft;
        const before = ids[r - 1];
        const after = ids[r + 1];
        const prevRun = runs[r - 1];
        const nextRun = runs[r + 1];
        // Only a run that directly follows / precedes another in version order supersedes it.
        const follows =
          prevRun &&
          versions.indexOf(first.version) === versions.indexOf((prevRun.at(-1) as Draft).version) + 1;
        const precedes =
          nextRun && versions.indexOf((nextRun[0] as Draft).version) === versions.indexOf(last.version) + 1;
        matters.push({
          id: ids[r] as string,
          ...last.matter,
          lawVersion: last.version.id,
          provenance: {
            lawVersion: last.version.id,
            ...(last.note ? { note: last.note } : {}),
          },
          validity: {
            from: first.version.inForce,
            to: last.version.until,
            ...(follows && before ? { supersedes: [before] } : {}),
            ...(precedes && after ? { supersededBy: after } : {}),
          },
        });
      });
    }
  }
  return { matters, skipped };
}
