// The search documents: one per matter (its tiers and list items folded in), one per list item that
// names no matter. Pure; the build adds pinyin (search-index.ts) so the runtime needs no pinyin library.
import type { EngineData } from './api.ts';
import { buildMatterIndex } from './matter-index.ts';
import type { Basis, Domain, IsoDate, LawVersion, ListKind, ProvisionRef, Validity } from './model.ts';
import { articleLabel } from './numerals.ts';

export interface SearchDoc {
  id: string;
  kind: 'matter' | 'list-item';
  title: string;
  lists: ListKind[];
  basis: Basis;
  provisions: ProvisionRef[];
  domain: Domain | null;
  /** Short texts ranked with the title: aliases, list item titles. */
  aliases: string[];
  /** How people cite it: 食品安全法第一百二十四条. */
  citations: string[];
  /** Longer text used only to find candidates: tier and list conditions, the violated items. */
  body: string;
  /** Full pinyin (no tones, no spaces) of the title and aliases, "|"-separated; empty without the build. */
  pinyin: string;
  /** Pinyin initials of the same, "|"-separated. */
  initials: string;
  validity: Pick<Validity, 'from' | 'to'>;
}

/** One entry of the search vocabulary (data/vocabulary.json): how people say it, how statutes do. */
export interface VocabularyEntry {
  /** Everyday or shortened wordings (喝酒开车, 社保, 道交法). */
  say: string[];
  /** The statutory wordings they stand for (饮酒后驾驶机动车); the first also ranks. */
  means: string[];
  /** Provisions the entry is meant to find (law:article[:paragraph[:item]]), checked by a test. */
  for: string[];
}

export interface Vocabulary {
  /** Question words that say nothing about the matter (罚多少钱, 怎么办): dropped from queries. */
  ignore: string[];
  entries: VocabularyEntry[];
}

/** A vocabulary entry with the pinyin and the pinyin initials of each `say`, computed by the build. */
export interface SpelledEntry extends VocabularyEntry {
  spelled: string[];
}

export interface SearchIndex {
  version: 1;
  docs: SearchDoc[];
  /** The vocabulary, spelled; absent in an index built before it existed. */
  vocabulary?: { ignore: string[]; entries: SpelledEntry[] };
}

const MAX_BODY = 200;

export function buildSearchDocs(data: EngineData): SearchDoc[] {
  const index = buildMatterIndex(data.packs);
  const itemText = (v: LawVersion | undefined, p: ProvisionRef): string => {
    const a = v?.articles.find((x) => x.n === p.article);
    const para = a?.paragraphs[(p.paragraph ?? 1) - 1];
    return (p.item !== null ? para?.items[p.item - 1] : para?.text) ?? '';
  };
  const byVersion = new Map(data.laws.map((v) => [v.id, v]));
  const docs: SearchDoc[] = [];
  for (const m of index.matters.values()) {
    const lists = index.listsOf(m.id);
    const tiers = index.tiersOf(m.id);
    const version = byVersion.get(m.lawVersion);
    // lawId is the law's short title, the way people cite it.
    const cites = new Set<string>();
    for (const p of [...m.violated, m.penalty]) cites.add(`${p.lawId}${articleLabel(p.article)}`);
    // The violated item's own words, where the name does not already carry them.
    const body = [
      ...m.violated.map((p) => itemText(version, p)).filter((t) => t && !t.includes(m.name)),
      ...lists.flatMap((l) => l.conditions),
      ...tiers.flatMap((t) => t.conditions),
    ]
      .join('；')
      .slice(0, MAX_BODY);
    docs.push({
      id: m.id,
      kind: 'matter',
      title: m.name,
      lists: [...new Set(lists.map((l) => l.list))],
      basis: m.basis,
      provisions: dedupe([...m.violated, m.penalty]),
      domain: m.domain,
      aliases: [...new Set([...m.aliases, ...lists.map((l) => l.title)])].filter((a) => a !== m.name),
      citations: [...cites],
      body,
      pinyin: '',
      initials: '',
      validity: { from: m.validity.from, to: m.validity.to },
    });
  }
  for (const item of index.looseListItems) {
    docs.push({
      id: item.id,
      kind: 'list-item',
      title: item.title,
      lists: [item.list],
      basis: item.basis,
      provisions: item.legalBasis,
      domain: null,
      aliases: [],
      citations: item.legalBasis.map((p) => `${p.lawId}${articleLabel(p.article)}`),
      body: [...item.conditions, ...item.measures, item.legalBasisText].join('；').slice(0, MAX_BODY),
      pinyin: '',
      initials: '',
      validity: { from: item.validity.from, to: item.validity.to },
    });
  }
  return docs;
}

function dedupe(refs: ProvisionRef[]): ProvisionRef[] {
  const seen = new Set<string>();
  return refs.filter((r) => {
    const key = `${r.lawId}|${r.article}|${r.paragraph}|${r.item}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function validOn(doc: SearchDoc, date: IsoDate): boolean {
  return doc.validity.from <= date && (doc.validity.to === null || date < doc.validity.to);
}
