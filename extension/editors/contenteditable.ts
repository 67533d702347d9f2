// Rich-text editors (contenteditable, designMode iframes, editors in open shadow roots):
// painted with the CSS Custom Highlight API, so not one node or attribute of the editor changes.

import { offsetOf, readText, type TextMap } from '../content/text-map.ts';
import type { HighlightBook } from '../highlight/book.ts';
import type { Mark } from '../highlight/marks.ts';
import { MarkRanges } from '../highlight/range-map.ts';
import { adoptHighlightStyles } from '../highlight/styles.ts';
import { insertVerified } from './insert.ts';
import { frameOffset, nextSurfaceId, type Rect, type Surface, toTop } from './surface.ts';

/** Above this many marks, only those near the viewport are handed to the browser. */
const MANY_MARKS = 200;

export class RichTextSurface implements Surface {
  readonly id = nextSurfaceId();
  private map: TextMap | null = null;
  private readonly ranges: MarkRanges;
  private active: Mark | null = null;
  private readonly observer: MutationObserver;
  private saved: Range | null = null;
  private scrollQueued = false;
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
    this.ranges = new MarkRanges(element);
    this.observer = new win.MutationObserver(() => {
      this.map = null;
      // The marks follow the nodes at once, before the next frame paints (highlight/range-map.ts).
      if (this.ranges.follow(() => this.textMap())) {
        this.paintVisible();
        this.setActive(this.active);
      }
      onChange();
    });
    this.observer.observe(element, { childList: true, characterData: true, subtree: true });
    // Remember the caret so a citation chosen elsewhere (card, side panel) lands where it was.
    element.ownerDocument.addEventListener('selectionchange', () => this.remember(), {
      signal: this.abort.signal,
    });
    // In a long document only the marks near the viewport are painted: follow scrolling.
    const follow = () => {
      if (this.ranges.marks.length <= MANY_MARKS || this.scrollQueued) return;
      this.scrollQueued = true;
      win.requestAnimationFrame(() => {
        this.scrollQueued = false;
        this.paintVisible();
      });
    };
    const opts = { capture: true, passive: true, signal: this.abort.signal };
    element.ownerDocument.addEventListener('scroll', follow, opts);
    win.addEventListener('resize', follow, opts);
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

  private textMap(): TextMap {
    if (!this.map) this.map = readText(this.element);
    return this.map;
  }

  text(): string {
    return this.textMap().text;
  }

  paint(marks: Mark[]): void {
    adoptHighlightStyles(this.element.getRootNode() as Document | ShadowRoot);
    this.ranges.map(marks, this.textMap());
    this.paintVisible();
  }

  /**
   * Hands the browser only the marks in and just around the viewport when there are many: it
   * re-validates every highlight range on each edit, which in a long document costs more than
   * the scan. Marks run in document order, so the first visible one is found by bisection.
   */
  private paintVisible(): void {
    let shown = this.ranges.marks;
    if (shown.length > MANY_MARKS) {
      const vh = this.element.ownerDocument.defaultView?.innerHeight ?? 800;
      const box = (m: Mark) => this.liveRange(m)?.getBoundingClientRect() ?? null;
      let lo = 0;
      let hi = shown.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        const r = box(shown[mid] as Mark);
        if (r && r.bottom < -vh / 4) lo = mid + 1;
        else hi = mid;
      }
      let end = lo;
      while (end < shown.length && end - lo < MANY_MARKS) {
        const r = box(shown[end] as Mark);
        if (r && r.top > (vh * 5) / 4) break;
        end++;
      }
      shown = shown.slice(lo, end);
    }
    const byKind = { resolved: [] as StaticRange[], problem: [] as StaticRange[], list: [] as StaticRange[] };
    for (const mark of shown) {
      const range = this.ranges.get(mark);
      if (range) byKind[mark.kind].push(range);
    }
    for (const kind of ['resolved', 'problem', 'list'] as const) this.book.set(this.id, kind, byKind[kind]);
  }

  private liveRange(mark: Mark): Range | null {
    const r = this.ranges.get(mark);
    if (!r) return null;
    try {
      const range = this.element.ownerDocument.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      return range;
    } catch {
      return null; // the text changed under it; the next scan repaints
    }
  }

  setActive(mark: Mark | null): void {
    this.active = mark;
    const range = mark ? this.ranges.get(mark) : undefined;
    this.book.set(this.id, 'active', range ? [range] : []);
  }

  rects(mark: Mark): Rect[] {
    const range = this.liveRange(mark);
    if (!range) return [];
    const offset = frameOffset(this.element.ownerDocument.defaultView as Window);
    return [...range.getClientRects()].map((r) => toTop(r, offset));
  }

  caret(): number | null {
    const sel = this.selection();
    if (!sel || sel.rangeCount === 0) return null;
    const r = sel.getRangeAt(0);
    if (!this.element.contains(r.startContainer)) return null;
    return offsetOf(this.textMap(), r.startContainer, r.startOffset);
  }

  caretRect(): Rect | null {
    const sel = this.selection();
    const r = sel && sel.rangeCount > 0 ? sel.getRangeAt(0) : this.saved;
    if (!r || !this.element.contains(r.startContainer)) return null;
    const box = r.getClientRects()[0] ?? (r.startContainer as Element).getBoundingClientRect?.();
    if (!box) return null;
    return toTop(box, frameOffset(this.element.ownerDocument.defaultView as Window));
  }

  insert(text: string): Promise<boolean> {
    const doc = this.element.ownerDocument;
    const win = doc.defaultView;
    if (!win) return Promise.resolve(false);
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
    // Read fresh each time: the mutation observer that resets the cached map runs later.
    const fresh = () => readText(this.element);
    return insertVerified(
      {
        element: this.element,
        text: () => fresh().text,
        selection: () => {
          const sel = this.selection();
          const r = sel && sel.rangeCount > 0 ? sel.getRangeAt(0) : null;
          if (!r || !this.element.contains(r.startContainer)) return null;
          const map = fresh();
          const start = offsetOf(map, r.startContainer, r.startOffset);
          const end = offsetOf(map, r.endContainer, r.endOffset);
          return start === null || end === null ? null : { start, end };
        },
      },
      text,
    );
  }

  alive(): boolean {
    // A removed frame's document lives on without a window; its body still counts as connected.
    return (
      this.element.isConnected &&
      this.element.ownerDocument.defaultView !== null &&
      this.element.isContentEditable
    );
  }

  destroy(): void {
    this.observer.disconnect();
    this.abort.abort();
    this.book.clear(this.id);
  }
}
