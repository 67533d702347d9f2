// Document numbers as decisions cite them: 国市监法〔2025〕10号 (any of 〔〕[]［］()（） around the year),
// 国家税务总局公告2021年第6号, 国家市场监督管理总局令第2号; and which list records each document issued.
// A number links to a record only when the record names the same number and the same issuer: many
// bodies publish a 公告2021年第6号, so a bare number is never matched to one of them.
import type { ListItem } from './model.ts';

export interface DocNumber {
  start: number;
  end: number;
  /** Who issued it as written before the number (国家税务总局, 国市监法 …); '' when not written. */
  issuer: string;
  /** The number without its issuer, brackets folded: 〔2025〕10号 → [2025]10号, 公告2021年第6号, 令第2号. */
  key: string;
}

const BRACKETED = /[〔[［(（]((?:19|20)\d{2})[〕\]］)）]第?(\d{1,5})号/g;
const ANNOUNCEMENT = /公告((?:19|20)\d{2})年第(\d{1,5})号/g;
const ORDER = /令第(\d{1,5})号/g;
const MAX_ISSUER = 16;
/** Words that begin a phrase, not an issuer's name: cut from the front of what precedes a number. */
const LEAD = /^.*?(?:依据|根据|按照|依照|参照|详见|以及|和|及|与|或|见|的)/;
const isIssuerChar = (c: number) => c >= 0x4e00 && c <= 0x9fff;

/** The issuer's name written right before `end` (a run of CJK characters, without a leading 依据 …). */
function issuerBefore(s: string, end: number): [string, number] {
  let start = end;
  while (start > 0 && end - start < MAX_ISSUER && isIssuerChar(s.charCodeAt(start - 1))) start--;
  const run = s.slice(start, end);
  const lead = LEAD.exec(run)?.[0].length ?? 0;
  return [run.slice(lead), start + lead];
}

/** Every document number in normalized text `s`, in order. */
export function findDocNumbers(s: string): DocNumber[] {
  const out: DocNumber[] = [];
  for (const m of s.matchAll(BRACKETED)) {
    const [issuer, start] = issuerBefore(s, m.index);
    // A year in brackets with no issuer's abbreviation before it is a date note, not a number.
    if (issuer === '') continue;
    out.push({ start, end: m.index + m[0].length, issuer, key: `[${m[1]}]${m[2]}号` });
  }
  for (const m of s.matchAll(ANNOUNCEMENT)) {
    const [issuer, start] = issuerBefore(s, m.index);
    out.push({ start, end: m.index + m[0].length, issuer, key: `公告${m[1]}年第${m[2]}号` });
  }
  for (const m of s.matchAll(ORDER)) {
    const [issuer, start] = issuerBefore(s, m.index);
    if (issuer === '') continue;
    out.push({ start, end: m.index + m[0].length, issuer, key: `令第${m[1]}号` });
  }
  return out.sort((a, b) => a.start - b.start);
}

export interface DocumentIndex {
  /** Ids of the list records issued by this document, empty when the dataset holds none. */
  itemsOf(doc: DocNumber): string[];
}

/** Indexes list records by the document numbers their title, basis and provenance name. */
export function buildDocumentIndex(items: Iterable<ListItem>): DocumentIndex {
  const byKey = new Map<string, { text: string; id: string }[]>();
  for (const item of items) {
    const p = item.provenance;
    const text = [item.title, item.legalBasisText, p.issuer, p.docNumber, p.note].filter(Boolean).join('\n');
    for (const d of findDocNumbers(text)) {
      const list = byKey.get(d.key) ?? [];
      if (!list.some((x) => x.id === item.id)) list.push({ text, id: item.id });
      byKey.set(d.key, list);
    }
  }
  return {
    itemsOf(doc) {
      if (!doc.issuer) return [];
      return (byKey.get(doc.key) ?? []).filter((x) => x.text.includes(doc.issuer)).map((x) => x.id);
    },
  };
}
