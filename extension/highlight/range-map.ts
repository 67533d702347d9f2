// Marks (text offsets) as DOM ranges in one rich-text root, kept in step with the root's nodes.
// Editors rebuild their text nodes on formatting, undo or any re-render without changing the text:
// the scan then sees the same text and has nothing to redo, but ranges into the replaced nodes
// would paint nothing and hit-test nothing. So whenever the nodes change, the ranges are mapped
// again from the same offsets if the text is unchanged, and otherwise those pointing into nodes
// that left the root are dropped until the next scan paints the new marks.
import { positionAt, type TextMap } from '../content/text-map.ts';
import type { Mark } from './marks.ts';

const ids = new WeakMap<Node, number>();
let lastId = 0;
function nodeId(node: Node): number {
  let id = ids.get(node);
  if (id === undefined) {
    id = ++lastId;
    ids.set(node, id);
  }
  return id;
}

export class MarkRanges {
  /** Static ranges: live ones would all be updated by the browser on every keystroke. */
  private ranges = new Map<Mark, StaticRange>();
  /** The ranges mapped last, by position, so an unchanged mark keeps its range object. */
  private byKey = new Map<string, StaticRange>();
  /** The marks and the text they were mapped for. */
  marks: Mark[] = [];
  private text: string | null = null;

  constructor(private readonly root: HTMLElement) {}

  get(mark: Mark): StaticRange | undefined {
    return this.ranges.get(mark);
  }

  /** Maps `marks`, found in `map.text`, onto the nodes `map` was read from. */
  map(marks: Mark[], map: TextMap): void {
    const win = this.root.ownerDocument.defaultView as Window & typeof globalThis;
    const ranges = new Map<Mark, StaticRange>();
    const next = new Map<string, StaticRange>();
    for (const mark of marks) {
      const a = positionAt(map, mark.start, 'start');
      const b = positionAt(map, mark.end, 'end');
      if (!a || !b) continue;
      const key = `${mark.kind}|${nodeId(a[0])}:${a[1]}|${nodeId(b[0])}:${b[1]}`;
      const range =
        this.byKey.get(key) ??
        new win.StaticRange({ startContainer: a[0], startOffset: a[1], endContainer: b[0], endOffset: b[1] });
      next.set(key, range);
      ranges.set(mark, range);
    }
    this.ranges = ranges;
    this.byKey = next;
    this.marks = marks;
    this.text = map.text;
  }

  /**
   * After the root's nodes changed: true when the ranges changed (re-mapped onto the new nodes of
   * an equal text, or stale ones dropped), so the caller repaints.
   */
  follow(map: () => TextMap): boolean {
    if (this.marks.length === 0) return false;
    const now = map();
    if (now.text === this.text) {
      this.map(this.marks, now);
      return true;
    }
    let dropped = false;
    for (const [mark, range] of this.ranges) {
      if (this.holds(range)) continue;
      this.ranges.delete(mark);
      dropped = true;
    }
    return dropped;
  }

  private holds(range: StaticRange): boolean {
    const inside = (node: Node, offset: number) =>
      this.root.contains(node) &&
      offset <= (node.nodeType === 3 ? (node as Text).length : node.childNodes.length);
    return inside(range.startContainer, range.startOffset) && inside(range.endContainer, range.endOffset);
  }
}
