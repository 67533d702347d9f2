// Chinese numerals as statutes write them: article labels (第一百二十四条), item labels (（二）) and
// amounts in penalty clauses (五万元, 一百万元, 两千元). Pure; no DOM.

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  壹: 1,
  二: 2,
  贰: 2,
  两: 2,
  三: 3,
  叁: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 10_000, 亿: 100_000_000 };
const CHINESE_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** Full-width digits to ASCII (１２４ → 124). */
export function toHalfWidthDigits(text: string): string {
  return text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

/**
 * Parses a non-negative integer written in Chinese numerals (一百二十四, 十五, 一万零五百, 伍万),
 * in Arabic digits (124, １２４) or mixed with a big unit (5万, 1.5万). Returns null when the text is not
 * a number, so callers never mistake a word for an amount.
 */
// biome-ignore lint/complexity/noExcessiveCognitiveComplexity: a numeral parser: one state machine over the characters, each branch a numeral form
export function chineseToInt(text: string): number | null {
  const s = toHalfWidthDigits(text.trim());
  if (s === '') return null;
  const mixed = /^(\d+(?:\.\d+)?)(万|亿)?$/.exec(s);
  if (mixed) {
    const value = Number(mixed[1]) * (mixed[2] ? (BIG_UNITS[mixed[2]] ?? 1) : 1);
    return Number.isInteger(value) ? value : null;
  }
  let result = 0; // completed 亿 groups
  let acc = 0; // completed 万 group inside the current 亿 group
  let section = 0; // current group below 万
  let digit: number | null = null;
  let seen = false;
  for (const ch of s) {
    if (ch in DIGITS) {
      if (digit !== null && digit !== 0 && DIGITS[ch] !== 0) return null; // 二三: not a number
      digit = DIGITS[ch] ?? 0;
      seen = true;
    } else if (ch in SMALL_UNITS) {
      // 十 alone means 一十 (十五 = 15).
      section += (digit === null ? 1 : digit) * (SMALL_UNITS[ch] ?? 1);
      digit = null;
      seen = true;
    } else if (ch === '万' || ch === '亿') {
      if (!seen) return null;
      const group = section + (digit ?? 0);
      if (ch === '万') acc += group * 10_000;
      else {
        result += (acc + group) * 100_000_000;
        acc = 0;
      }
      section = 0;
      digit = null;
    } else {
      return null;
    }
  }
  if (!seen) return null;
  return result + acc + section + (digit ?? 0);
}

function below10k(n: number, inner: boolean): string {
  const parts: string[] = [];
  const units = ['千', '百', '十', ''];
  const values = [1000, 100, 10, 1];
  let zero = false;
  let started = false;
  values.forEach((v, i) => {
    const d = Math.floor(n / v) % 10;
    if (d === 0) {
      if (started || inner) zero = true;
      return;
    }
    if (zero && (started || inner)) parts.push('零');
    zero = false;
    // Leading 十 is written without 一 (十五), but not inside a larger number (一百一十).
    if (!(d === 1 && v === 10 && !started && !inner)) parts.push(CHINESE_DIGITS[d] ?? '');
    parts.push(units[i] ?? '');
    started = true;
  });
  return parts.join('');
}

/** 124 → 一百二十四, 10 → 十, 110 → 一百一十, 10005 → 一万零五. */
export function intToChinese(n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`not a non-negative integer: ${n}`);
  if (n === 0) return '零';
  if (n >= 100_000_000) {
    const rest = n % 100_000_000;
    const head = intToChinese(Math.floor(n / 100_000_000));
    if (rest === 0) return `${head}亿`;
    return `${head}亿${rest < 10_000_000 ? '零' : ''}${intToChinese(rest).replace(/^十/, '一十')}`;
  }
  if (n >= 10_000) {
    const rest = n % 10_000;
    const head = below10k(Math.floor(n / 10_000), false);
    if (rest === 0) return `${head}万`;
    return `${head}万${rest < 1000 ? '零' : ''}${below10k(rest, true).replace(/^零/, '')}`;
  }
  return below10k(n, false);
}

/** 124 → 第一百二十四条. */
export function articleLabel(n: number): string {
  return `第${intToChinese(n)}条`;
}

/** 1 → 第一款. */
export function paragraphLabel(n: number): string {
  return `第${intToChinese(n)}款`;
}

/** 2 → 第（二）项, the form citations use. */
export function itemLabel(n: number): string {
  return `第（${intToChinese(n)}）项`;
}

/** 第一百二十四条 / 第124条 / 124 / 一百二十四 → 124; null when it is not an article number. */
export function parseArticleNumber(text: string): number | null {
  const m = /^第?\s*([0-9０-９]+|[零〇一二两三四五六七八九十百千]+)\s*条?$/.exec(text.trim());
  if (!m?.[1]) return null;
  const n = chineseToInt(m[1]);
  return n !== null && n > 0 ? n : null;
}
