// A surface is one editable region we read and paint: a text field (mirror overlay) or a
// rich-text root (Highlight API). The lens talks to every kind through this interface.
import type { Mark } from '../highlight/marks.ts';

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Surface {
  readonly id: string;
  /** The editor element: textarea, input, or the contenteditable root (an iframe's body). */
  readonly element: HTMLElement;
  text(): string;
  paint(marks: Mark[]): void;
  setActive(mark: Mark | null): void;
  /** Boxes of a painted mark, in the top window's viewport coordinates. */
  rects(mark: Mark): Rect[];
  /** The caret as a text offset, or null when the selection is elsewhere. */
  caret(): number | null;
  /** The caret line's box in top-window coordinates. */
  caretRect(): Rect | null;
  /**
   * Inserts text at the caret the way typing does (the editor's model gets it, one undo removes
   * it); resolves to whether it verifiably landed there, once.
   */
  insert(text: string): Promise<boolean>;
  /** Still in a document and editable. */
  alive(): boolean;
  destroy(): void;
}

/** Offset of a frame's viewport inside the top window's viewport. */
export function frameOffset(win: Window): { x: number; y: number } {
  let x = 0;
  let y = 0;
  let w: Window = win;
  while (w !== w.parent) {
    const frame = w.frameElement as HTMLElement | null;
    if (!frame) break;
    const r = frame.getBoundingClientRect();
    const style = frame.ownerDocument.defaultView?.getComputedStyle(frame);
    x += r.left + frame.clientLeft + Number.parseFloat(style?.paddingLeft ?? '0');
    y += r.top + frame.clientTop + Number.parseFloat(style?.paddingTop ?? '0');
    w = w.parent;
  }
  return { x, y };
}

export function toTop(rect: DOMRect | DOMRectReadOnly, offset: { x: number; y: number }): Rect {
  return {
    left: rect.left + offset.x,
    top: rect.top + offset.y,
    right: rect.right + offset.x,
    bottom: rect.bottom + offset.y,
  };
}

let counter = 0;
export const nextSurfaceId = () => `s${++counter}`;
