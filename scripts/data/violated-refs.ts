// Reads the provisions an act is said to violate from the words that describe it: "违反本法第三十四条
// 第（二）项规定", "不符合本法第二十七条规定", "未履行本法第五十五条规定的报告义务", "有本法第十四条所列行为
// 之一", "违反价格法第十四条的规定", "违反《中华人民共和国计量法》第十四条规定". Only the act's words are
// read (never the penalty's "依照本法第八十一条第一款的规定处罚"), and a reference the act does not break
// ("税务机关依照税收征管法第五十四条…", "依照文物保护法第六十六条…的规定") is passed over.
import type { ProvisionRef } from '../../data/engine/model.ts';
import { chineseToInt } from '../../data/engine/numerals.ts';

const CN = '[零〇一二两三四五六七八九十百千]+';
const POSITION = `第[（(]?${CN}[）)]?[条款项]`;
/** A run of positions joined by 、 和 及 或者 至 ("第十条至第十四条、第十六条", "第一款第一项至第五项"). */
const RUN = `(?:${POSITION})(?:(?:[、和及至]|或者)?${POSITION})*`;
const THIS_LAW = '本(?:法|条例|实施细则|细则|办法|规定)';
/** The law a run belongs to: this one, one in 《》, or a name written before it. */
const REFERENCE = new RegExp(`(${THIS_LAW}|《[^》]{2,40}》|[\\u4e00-\\u9fa5]{2,30}?)(${RUN})`, 'g');
const TOKEN = new RegExp(`第[（(]?(${CN})[）)]?([条款项])|(至)|([、和及]|或者)`, 'g');

/** Maps a law's title or short name to its lawId (中华人民共和国计量法 / 计量法 → 计量法). */
export type LawNames = ReadonlyMap<string, string>;

/**
 * The law a reference's prefix ends with, and how many characters its name takes: this law for 本法…, else
 * the longest known name. Null when the prefix names no law held.
 */
function lawOf(prefix: string, lawId: string, names: LawNames): { lawId: string; length: number } | null {
  const own = new RegExp(`${THIS_LAW}$`).exec(prefix);
  if (own) return { lawId, length: own[0].length };
  if (prefix.startsWith('《')) {
    const title = prefix.slice(1, -1);
    const found = names.get(title) ?? names.get(title.replace(/^中华人民共和国/, ''));
    return found ? { lawId: found, length: prefix.length } : null;
  }
  for (let i = 0; i < prefix.length - 1; i++) {
    const found = names.get(prefix.slice(i));
    if (found) return { lawId: found, length: prefix.length - i };
  }
  return null;
}

/** The refs of one run: each 条 / 款 / 项 position with the ones above it; "至" fills the range between. */
function refsOfRun(run: string, lawId: string): ProvisionRef[] {
  const refs: ProvisionRef[] = [];
  let article: number | null = null;
  let paragraph: number | null = null;
  let pending: ProvisionRef | null = null;
  let range = false;
  const flush = () => {
    if (!pending) return;
    const previous = refs[refs.length - 1];
    if (range && previous) {
      const p = previous;
      const n = pending;
      if (p.paragraph === null && p.item === null && n.paragraph === null && n.item === null) {
        for (let a = p.article + 1; a < n.article; a++)
          refs.push({ lawId, article: a, paragraph: null, item: null });
      } else if (
        p.article === n.article &&
        p.paragraph === n.paragraph &&
        p.item !== null &&
        n.item !== null
      ) {
        for (let i = p.item + 1; i < n.item; i++) refs.push({ ...n, item: i });
      }
    }
    refs.push(pending);
    pending = null;
    range = false;
  };
  for (const m of run.matchAll(TOKEN)) {
    if (m[3]) {
      flush();
      range = true;
      continue;
    }
    if (m[4]) {
      flush();
      continue;
    }
    const n = chineseToInt(m[1] ?? '');
    if (n === null) continue;
    if (m[2] === '条') {
      flush();
      article = n;
      paragraph = null;
      pending = { lawId, article, paragraph: null, item: null };
    } else if (m[2] === '款' && article !== null) {
      if (pending?.item !== null) flush();
      paragraph = n;
      pending = { lawId, article, paragraph, item: null };
    } else if (m[2] === '项' && article !== null) {
      if (pending?.item !== null) flush();
      pending = { lawId, article, paragraph, item: n };
    }
  }
  flush();
  return refs;
}

/**
 * The provisions `act` (the words before the penalty, plus an item's own words) says are broken, in the
 * order they stand, without repeats. `lawId` is the law the act is written in.
 */
export function violatedRefs(act: string, lawId: string, names: LawNames): ProvisionRef[] {
  const refs: ProvisionRef[] = [];
  for (const m of act.matchAll(REFERENCE)) {
    const prefix = m[1] ?? '';
    const target = lawOf(prefix, lawId, names);
    if (target === null) continue;
    const before = act.slice(0, m.index) + prefix.slice(0, prefix.length - target.length);
    // "依照…规定" names a power or a penalty, not a duty; "未依照" / "不依照" names the duty broken.
    if (/(?:(?<![未不])(?:依照|按照|根据)|除(?:依照)?)$/.test(before)) continue;
    // "除前款和本法第一百二十三条、第一百二十五条规定的情形外": the provisions an exception names.
    const clauseStart = before.lastIndexOf('，') + 1;
    const clauseEnd = act.indexOf('，', m.index);
    if (
      /^除/.test(before.slice(clauseStart)) &&
      /外$/.test(act.slice(m.index, clauseEnd < 0 ? undefined : clauseEnd))
    )
      continue;
    for (const r of refsOfRun(m[2] ?? '', target.lawId)) {
      if (
        !refs.some(
          (o) =>
            o.lawId === r.lawId &&
            o.article === r.article &&
            o.paragraph === r.paragraph &&
            o.item === r.item,
        )
      )
        refs.push(r);
    }
  }
  return refs;
}
