// The date of the act as a decision states it ("违法行为发生于2023年5月10日", "经查，当事人于2023年5月
// 10日销售…"), which decides the law version that applies (行政处罚法 第三十七条).
import type { IsoDate } from './model.ts';
import { chineseToInt } from './numerals.ts';

export interface DateMention {
  start: number;
  end: number;
  date: IsoDate;
  /** 2: the text says this is when the act happened; 1: a date the act or its discovery is told at. */
  weight: 1 | 2;
}

const YEAR_DIGITS: Record<string, string> = {
  〇: '0',
  零: '0',
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
};
const DATE =
  /([0-9]{4}|[〇零一二三四五六七八九]{4})年([0-9]{1,2}|[一二三四五六七八九十]{1,3})月([0-9]{1,2}|[一二三四五六七八九十]{1,3})日/g;
const EXPLICIT = /(违法行为(发生)?(时间|日期)?|案发(时间)?|发生)(为|是|于|在)?[:：]?$/;
const ACT_AFTER =
  /^(起|至今|以来|期间|前后|左右)?[，,]?(当事人|本局|执法人员|我局|经|在|对|销售|生产|经营|运输|储存|使用|发现|检查|抽检|抽样|购进|从事|擅自|未|无)/;
const NOT_ACT =
  /^(作出|印发|发布|公布|施行|起施行|修正|修订|通过|签发|送达|立案|决定|收到|听证|申请|陈述|告知)/;

function toIso(y: string, m: string, d: string): IsoDate | null {
  const year = /^[0-9]+$/.test(y) ? y : [...y].map((c) => YEAR_DIGITS[c] ?? '').join('');
  const month = chineseToInt(m);
  const day = chineseToInt(d);
  if (year.length !== 4 || !month || !day || month > 12 || day > 31) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Dates in normalized text `s` that tell when the act happened. */
export function findActDates(s: string): DateMention[] {
  const out: DateMention[] = [];
  if (s.indexOf('年') < 0) return out;
  for (const m of s.matchAll(DATE)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const date = toIso(m[1] ?? '', m[2] ?? '', m[3] ?? '');
    if (!date) continue;
    const after = s.slice(end, end + 8);
    if (NOT_ACT.test(after)) continue;
    const before = s.slice(Math.max(0, start - 12), start);
    if (EXPLICIT.test(before)) out.push({ start, end, date, weight: 2 });
    else if (ACT_AFTER.test(after) || /(当事人|经查)[^，。]{0,4}于?$/.test(before))
      out.push({ start, end, date, weight: 1 });
  }
  return out;
}

/** The act date of a document: an explicit one first, else the earliest date an act is told at. */
export function pickActDate(dates: DateMention[]): IsoDate | null {
  let best: DateMention | null = null;
  for (const d of dates) {
    if (!best || d.weight > best.weight || (d.weight === best.weight && d.date < best.date)) best = d;
  }
  return best?.date ?? null;
}
