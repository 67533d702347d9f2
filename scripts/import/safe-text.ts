// Characters that must not reach a terminal or a stored record as they are: control characters (they start
// escape sequences that clear the screen or retitle the window) and bidirectional overrides (they make
// text read differently from what it is). And cells that a spreadsheet would run as formulas.
const NAMES: Record<number, string> = {
  27: 'ESC, which starts terminal escape sequences',
  8234: 'left-to-right embedding',
  8235: 'right-to-left embedding',
  8236: 'pop directional formatting',
  8237: 'left-to-right override',
  8238: 'right-to-left override',
  8294: 'left-to-right isolate',
  8295: 'right-to-left isolate',
  8296: 'first strong isolate',
  8297: 'pop directional isolate',
};

// Tab, line feed and carriage return are ordinary in cells; the records' own cleaning removes them.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
// For the terminal every control character is shown as its code, including line breaks, and so are the
// directional marks.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const UNSHOWN = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g;

const code = (c: number) => `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;

/** Why the text may not be stored, or null: the first unsafe character, named. */
export function unsafeCharacter(text: string): string | null {
  const m = UNSAFE.exec(text);
  if (!m) return null;
  const c = m[0].charCodeAt(0);
  return `contains ${code(c)} (${NAMES[c] ?? 'a control character'}) at character ${m.index + 1}; remove it and import again`;
}

/** The text with every control and directional character written as \u{…}, safe to print. */
export function forTerminal(text: string): string {
  return text.replace(UNSHOWN, (ch) => `\\u{${ch.charCodeAt(0).toString(16)}}`);
}

/** A cell a spreadsheet program would run as a formula when the data is opened in one again. */
export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@]/.test(text);
}
