// Rich-text editors (contenteditable, designMode iframes, editors in open shadow roots):
// painted with the CSS Custom Highlight API, so not one node or attribute of the editor changes.

import { offsetOf, positionAt, readText, type TextMap } from '../content/text-map.ts';
import type { HighlightBook } from '../highlight/book.ts';
import type { Mark } from '../highlight/marks.ts';
import { adoptHighlightStyles } from '../highlight/styles.ts';
import { frameOffset, nextSurfaceId, type Rect, type Surface, toTop } from './surface.ts';

export class RichTextSurface implements Surface {
  readonly id = nextSurfaceId();
  private map: TextMap | null = null;
  private ranges = new Map<Mark, Range>();
  private readonly observer: MutationObserver;
  private saved: Range | null = null;
  private readonly abort = new AbortController();

  constructor(
    readonly element: HTMLElement,
    private readonly book: HighlightBook,
    onChange: () => void,
  ) {
    const root = element.getRootNode() as Document | ShadowRoot;
    adoptHighlightStyles(root);
    if (root.nodeType !== 9) adoptHighlightStyles(element.ownerDocument);
    const win = element.ownerDocument.defaultView as Window & typeof globalThis;
    this.observer = new win.MutationObserver(() => {
      this.map = null;
      onChange();
    });
    this.observer.observe(element, { childList: true, characterData: true, subtree: true });
    // Remember the caret so a citation chosen elsewhere (card, side panel) lands where it was.
    element.ownerDocument.addEventListener('selectionchange', () => this.remember(), {
      signal: this.abort.signal,
    });
  }

  private selection(): Selection | null {
    const root = this.element.getRootNode() as ShadowRoot & { getSelection?: () => Selection | null };
    if (root.nodeType !== 9 && typeof root.getSelection === 'function') return root.getSelection();
    return this.element.ownerDocument.getSelection();
  }

  private remember(): void {
    const sel = this.selection();
    if (!sel || sel.rangeCount === 0) return;
    const r = sel.getRangeAt(0);
    if (this.element.contains(r.startContainer)) this.saved = r.cloneRange();
  }

  text(): string {
    if (!this.map) this.map = readText(this.element);
    return this.map.text;
  }

  private rangeFor(mark: Mark): Range | null {
    if (!this.map) this.text();
    const map = this.map as TextMap;
    const a = positionAt(map, mark.start, 'start');
    const b = positionAt(map, mark.end, 'end');
    if (!a || !b) return null;
    const range = this.element.ownerDocument.createRange();
    range.setStart(a[0], a[1]);
    range.setEnd(b[0], b[1]);
    return range;
  }

  paint(marks: Mark[]): void {
    adoptHighlightStyles(this.element.getRootNode() as Document | ShadowRoot);
    this.ranges = new Map();
    const byKind = { resolved: [] as Range[], problem: [] as Range[], list: [] as Range[] };
    for (const mark of marks) {
      const range = this.rangeFor(mark);
      if (!range) continue;
      this.ranges.set(mark, range);
      byKind[mark.kind].push(range);
    }
    for (const kind of ['resolved', 'problem', 'list'] as const) this.book.set(this.id, kind, byKind[kind]);
  }

  setActive(mark: Mark | null): void {
    const range = mark ? this.ranges.get(mark) : undefined;
    this.book.set(this.id, 'active', range ? [range] : []);
  }

  rects(mark: Mark): Rect[] {
    const range = this.ranges.get(mark);
    if (!range) return [];
    const offset = frameOffset(this.element.ownerDocument.defaultView as Window);
    return [...range.getClientRects()].map((r) => toTop(r, offset));
  }

  caret(): number | null {
    const sel = this.selection();
    if (!sel || sel.rangeCount === 0) return null;
    const r = sel.getRangeAt(0);
    if (!this.element.contains(r.startContainer)) return null;
    this.text();
    return offsetOf(this.map as TextMap, r.startContainer, r.startOffset);
  }

  caretRect(): Rect | null {
    const sel = this.selection();
    const r = sel && sel.rangeCount > 0 ? sel.getRangeAt(0) : this.saved;
    if (!r || !this.element.contains(r.startContainer)) return null;
    const box = r.getClientRects()[0] ?? (r.startContainer as Element).getBoundingClientRect?.();
    if (!box) return null;
    return toTop(box, frameOffset(this.element.ownerDocument.defaultView as Window));
  }

  insert(text: string): boolean {
    const doc = this.element.ownerDocument;
    const win = doc.defaultView;
    if (!win) return false;
    const saved = this.saved;
    if (doc.activeElement !== this.element && !this.element.contains(doc.activeElement)) {
      win.focus();
      this.element.focus({ preventScroll: true });
    }
    const sel = this.selection();
    if (saved && sel && (sel.rangeCount === 0 || !this.element.contains(sel.getRangeAt(0).startContainer))) {
      sel.removeAllRanges();
      sel.addRange(saved);
    }
    return doc.execCommand('insertText', false, text);
  }

  alive(): boolean {
    return this.element.isConnected && this.element.isContentEditable;
  }

  destroy(): void {
    this.observer.disconnect();
    this.abort.abort();
    this.book.clear(this.id);
  }
}
