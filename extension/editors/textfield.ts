// Textareas and text inputs cannot hold highlights, so a mirror of the field (same box, same
// text styles, transparent text) sits over it in a closed shadow root and carries underlined
// spans. The mirror follows the field's scrolling, resizing and reflow; the field is never touched.

import { positionAt, readText, type TextMap } from '../content/text-map.ts';
import type { Mark, MarkKind } from '../highlight/marks.ts';
import { decoration, LOOKS } from '../highlight/styles.ts';
import { frameOffset, nextSurfaceId, type Rect, type Surface, toTop } from './surface.ts';

type Field = HTMLTextAreaElement | HTMLInputElement;

const COPIED = [
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'font-variant',
  'font-stretch',
  'font-kerning',
  'font-feature-settings',
  'line-height',
  'letter-spacing',
  'word-spacing',
  'text-indent',
  'text-transform',
  'text-align',
  'tab-size',
  'direction',
  'writing-mode',
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
  'border-top-width',
  'border-right-width',
  'border-bottom-width',
  'border-left-width',
  'box-sizing',
];

const MIRROR_CSS = `
:host { all: initial; }
.mirror { position: fixed; overflow: hidden; color: transparent; border-style: solid;
  border-color: transparent; margin: 0; pointer-events: none; background: transparent; }
.mirror.area { white-space: pre-wrap; overflow-wrap: break-word; }
.mirror.line { white-space: pre; }
${(Object.keys(LOOKS) as MarkKind[]).map((k) => `.k-${k} { ${decoration(k)} }`).join('\n')}
.active { background-color: rgba(250, 204, 21, 0.45); }
`;

export class TextFieldSurface implements Surface {
  readonly id = nextSurfaceId();
  private readonly host: HTMLElement;
  private readonly mirror: HTMLDivElement;
  private readonly abort = new AbortController();
  private readonly resize: ResizeObserver;
  private spans = new Map<Mark, HTMLSpanElement>();
  private map: TextMap | null = null;
  private painted = '';
  private syncQueued = false;

  constructor(
    readonly element: Field,
    onChange: () => void,
  ) {
    const doc = element.ownerDocument;
    const win = doc.defaultView as Window & typeof globalThis;
    this.host = doc.createElement('discretion-lens-overlay');
    // !important throughout: a page's own !important rules must not move or hide the overlay.
    this.host.style.cssText = [
      'all: initial',
      'display: block',
      'position: fixed',
      'inset: 0 auto auto 0',
      'width: 0',
      'height: 0',
      'z-index: 2147483646',
      'pointer-events: none',
    ]
      .map((d) => `${d} !important;`)
      .join(' ');
    const shadow = this.host.attachShadow({ mode: 'closed' });
    const sheet = new win.CSSStyleSheet();
    sheet.replaceSync(MIRROR_CSS);
    shadow.adoptedStyleSheets = [sheet];
    this.mirror = doc.createElement('div');
    this.mirror.className = `mirror ${element.tagName === 'TEXTAREA' ? 'area' : 'line'}`;
    shadow.append(this.mirror);
    doc.documentElement.append(this.host);

    const signal = this.abort.signal;
    element.addEventListener('input', onChange, { signal });
    element.addEventListener('scroll', () => this.sync(), { signal, passive: true });
    doc.addEventListener('scroll', () => this.queueSync(), { signal, passive: true, capture: true });
    win.addEventListener('resize', () => this.queueSync(), { signal, passive: true });
    // Reflow elsewhere on the page moves the field without resizing it: follow layout changes.
    this.resize = new win.ResizeObserver(() => this.queueSync());
    this.resize.observe(element);
    this.resize.observe(doc.documentElement);
    // Frameworks set .value without an input event (React state, form resets).
    const poll = win.setInterval(() => {
      if (this.element.value !== this.painted) onChange();
      this.sync();
    }, 500);
    signal.addEventListener('abort', () => {
      this.resize.disconnect();
      win.clearInterval(poll);
    });
  }

  text(): string {
    return this.element.value;
  }

  paint(marks: Mark[]): void {
    const value = this.element.value;
    const doc = this.element.ownerDocument;
    const parts: Node[] = [];
    this.spans = new Map();
    let at = 0;
    for (const mark of marks) {
      if (mark.start < at || mark.end > value.length) continue;
      if (mark.start > at) parts.push(doc.createTextNode(value.slice(at, mark.start)));
      const span = doc.createElement('span');
      span.className = `k-${mark.kind}`;
      span.textContent = value.slice(mark.start, mark.end);
      this.spans.set(mark, span);
      parts.push(span);
      at = mark.end;
    }
    // A trailing space keeps a final empty line, as the textarea shows it.
    parts.push(doc.createTextNode(`${value.slice(at)} `));
    this.mirror.replaceChildren(...parts);
    this.map = null;
    this.painted = value;
    this.sync();
  }

  setActive(mark: Mark | null): void {
    for (const [m, span] of this.spans) span.classList.toggle('active', m === mark);
  }

  private queueSync(): void {
    if (this.syncQueued) return;
    this.syncQueued = true;
    (this.element.ownerDocument.defaultView ?? window).requestAnimationFrame(() => {
      this.syncQueued = false;
      this.sync();
    });
  }

  /** Puts the mirror exactly over the field with the field's text styles and scroll position. */
  private sync(): void {
    const el = this.element;
    // A field with nothing marked needs no mirror (and costs no layout reads).
    if (this.spans.size === 0) {
      this.mirror.style.display = 'none';
      return;
    }
    const r = el.getBoundingClientRect();
    const style = el.ownerDocument.defaultView?.getComputedStyle(el);
    const m = this.mirror.style;
    if (!style || r.width === 0 || r.height === 0 || style.visibility === 'hidden') {
      m.display = 'none';
      return;
    }
    m.display = 'block';
    for (const p of COPIED) m.setProperty(p, style.getPropertyValue(p));
    m.left = `${r.left}px`;
    m.top = `${r.top}px`;
    m.width = `${r.width}px`;
    m.height = `${r.height}px`;
    // The field's scrollbar narrows its text box; the mirror has none, so pad for it.
    const scrollbar = el.offsetWidth - el.clientWidth - el.clientLeft * 2;
    if (scrollbar > 0) {
      m.paddingRight = `${Number.parseFloat(style.paddingRight) + scrollbar}px`;
    }
    if (el.tagName === 'INPUT') {
      // An input centres its single line vertically in its content box.
      const inner =
        el.clientHeight - Number.parseFloat(style.paddingTop) - Number.parseFloat(style.paddingBottom);
      m.lineHeight = `${inner}px`;
    }
    this.mirror.scrollTop = el.scrollTop;
    this.mirror.scrollLeft = el.scrollLeft;
  }

  rects(mark: Mark): Rect[] {
    const span = this.spans.get(mark);
    if (!span) return [];
    this.sync();
    const offset = frameOffset(this.element.ownerDocument.defaultView as Window);
    const box = this.element.getBoundingClientRect();
    // Parts scrolled out of the field are not visible.
    return [...span.getClientRects()]
      .filter((r) => r.bottom > box.top && r.top < box.bottom && r.right > box.left && r.left < box.right)
      .map((r) => toTop(r, offset));
  }

  caret(): number | null {
    const el = this.element;
    return el.ownerDocument.activeElement === el ? el.selectionStart : null;
  }

  caretRect(): Rect | null {
    const at = this.element.selectionStart;
    if (at === null || this.painted !== this.element.value) return null;
    this.sync();
    if (!this.map) this.map = readText(this.mirror);
    const pos = positionAt(this.map, at, 'start');
    if (!pos) return null;
    const range = this.element.ownerDocument.createRange();
    range.setStart(pos[0], pos[1]);
    range.collapse(true);
    const box = range.getClientRects()[0] ?? range.getBoundingClientRect();
    return toTop(box, frameOffset(this.element.ownerDocument.defaultView as Window));
  }

  async insert(text: string): Promise<boolean> {
    const el = this.element;
    if (el.ownerDocument.activeElement !== el) el.focus({ preventScroll: true });
    const before = el.value;
    const start = el.selectionStart ?? before.length;
    const end = el.selectionEnd ?? start;
    if (!el.ownerDocument.execCommand('insertText', false, text)) return false;
    // A framework-controlled field may take the value back on its next render: read it after.
    await new Promise((resolve) => window.setTimeout(resolve, 0));
    return el.value === before.slice(0, start) + text + before.slice(end);
  }

  alive(): boolean {
    return (
      this.element.isConnected && this.element.ownerDocument.defaultView !== null && !this.element.disabled
    );
  }

  destroy(): void {
    this.abort.abort();
    this.host.remove();
  }
}
