// The one form search compares texts in, applied alike to the records and to the query, so that how
// a question is written does not decide what it finds: widths and case folded, numbers written one way
// (十六 = 16, 两千 = 二千 = 2千 = 2000), and particles (的 了 吗 呢) and measure words after a number
// (3个 → 3) dropped. Only particles that end no common word are dropped: 吧 stays (网吧, 酒吧).
import { normalizeKey } from './normalize.ts';
import { chineseToInt } from './numerals.ts';

const NUMBER_RUN = /[0-9零〇一二两三四五六七八九十百千万亿]+/g;
const PARTICLES = /[的了吗呢]/g;
const MEASURE_AFTER_NUMBER = /([0-9])[个只家名位件台辆次]/g;
/** 124条 is written 第124条, as citations write it. */
const ARTICLE_WITHOUT_DI = /(^|[^第0-9])([0-9]+)条/g;
const DIGIT_NAMES = '零一二三四五六七八九';

/** A run of numerals as Arabic digits; runs that are not one number stay as written. */
function numberOf(run: string): string {
  if (/^[0-9]+$/.test(run)) return run;
  // 2千 reads as 二千: digits before a unit are spelled out, then the whole run parsed.
  const value = chineseToInt(run.replace(/[0-9]/g, (d) => DIGIT_NAMES[Number(d)] ?? d));
  return value === null ? run : String(value);
}

/** The comparable form of a text (records and queries alike). */
export function searchForm(text: string): string {
  return normalizeKey(text)
    .toLowerCase()
    .replace(NUMBER_RUN, numberOf)
    .replace(PARTICLES, '')
    .replace(MEASURE_AFTER_NUMBER, '$1')
    .replace(ARTICLE_WITHOUT_DI, '$1第$2条');
}
