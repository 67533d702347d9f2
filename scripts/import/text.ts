// Cell text as records keep it: digits half width, line breaks removed from names, condition cells
// split into a checklist.
import { toHalfWidthDigits } from '../../data/engine/numerals.ts';

/** One line: half-width digits, line breaks and the spaces around them removed (Chinese needs no spaces). */
export function oneLine(text: string): string {
  return toHalfWidthDigits(text)
    .replace(/\s*[\r\n]+\s*/g, '')
    .replace(/[ \t\u3000]+/g, ' ')
    .trim();
}

// "1．", "1、", "1.", "(1)", "（1）", "①", "一、" at the start of a checklist entry.
const MARKER =
  /^(?:[0-9]+[.．、)）]|[（(][0-9一二三四五六七八九十]+[)）]|[①-⑳]|[一二三四五六七八九十]+、)\s*/;
const SPLIT = /[；;]|(?=[①-⑳])|(?<=[。])|\s(?=[0-9]+[.．、](?![0-9]))/;
// A line break separates entries when a marker follows it or punctuation ends the line before it;
// otherwise it only wrapped a long phrase ("主动供述行政机关\n尚未掌握的违法行为的").
const BREAK = /\s*[\r\n]+\s*/g;
const ENTRY_START =
  /^(?:[0-9]+[.．、)）]|[（(][0-9一二三四五六七八九十]+[)）]|[①-⑳]|[一二三四五六七八九十]+、)/;

function joinWrappedLines(text: string): string {
  // The character before the break and the text after it, looked at in place: slicing off everything before
  // each break would make a cell of many short lines cost its length squared.
  return text.replace(BREAK, (brk, offset: number, all: string) => {
    const after = all.slice(offset + brk.length, offset + brk.length + 8);
    return '。；;，,：:'.includes(all[offset - 1] ?? '\n') || ENTRY_START.test(after) ? '\n' : '';
  });
}

/** "1.首次违法；\n2.危害后果轻微；3.及时改正。" → ["首次违法", "危害后果轻微", "及时改正"]. */
export function checklist(text: string): string[] {
  const parts = joinWrappedLines(toHalfWidthDigits(text))
    .split(/\n/)
    .flatMap((line) => line.split(SPLIT))
    .flatMap((p) => splitInlineNumbering(p))
    .map((p) =>
      p
        .trim()
        .replace(MARKER, '')
        .replace(/[。；;，,、\s]+$/, '')
        .trim(),
    )
    .filter((p) => p !== '');
  return [...new Set(parts)];
}

/** "1.首次违法2.危害后果轻微" written on one line: split before each following number marker. */
function splitInlineNumbering(part: string): string[] {
  const starts = [...part.matchAll(/[0-9]+[.．、](?![0-9])/g)];
  if (starts.length < 2 || starts[0]?.index !== 0) return [part];
  // Only when the markers count 1, 2, 3 …: "2.5万元" must stay whole.
  const numbers = starts.map((m) => Number.parseInt(m[0], 10));
  if (!numbers.every((n, i) => n === i + 1)) return [part];
  return starts.map((m, i) => part.slice(m.index, starts[i + 1]?.index ?? part.length));
}
