// One set of named highlights per window (the registry is per document), shared by every
// surface in that window; each surface replaces only its own ranges.
import type { MarkKind } from './marks.ts';
import { highlightName } from './styles.ts';

type Name = MarkKind | 'active';
const NAMES: Name[] = ['resolved', 'problem', 'list', 'active'];

export class HighlightBook {
  private readonly highlights = new Map<Name, Highlight>();
  private readonly owned = new Map<string, Map<Name, AbstractRange[]>>();

  constructor(private readonly win: Window & typeof globalThis) {}

  private highlight(name: Name): Highlight {
    let h = this.highlights.get(name);
    const registry = this.win.CSS.highlights;
    if (!h) {
      h = new this.win.Highlight();
      // The active reference paints over the three looks.
      if (name === 'active') h.priority = 1;
      this.highlights.set(name, h);
    }
    // Re-register if the page cleared the registry.
    if (registry.get(highlightName(name)) !== h) registry.set(highlightName(name), h);
    return h;
  }

  /** Replaces the ranges `owner` contributes under `name`; ranges kept from the last call stay put. */
  set(owner: string, name: Name, ranges: AbstractRange[]): void {
    let mine = this.owned.get(owner);
    if (!mine) {
      mine = new Map();
      this.owned.set(owner, mine);
    }
    const h = this.highlight(name);
    const before = mine.get(name) ?? [];
    const after = new Set(ranges);
    const kept = new Set<AbstractRange>();
    for (const r of before) {
      if (after.has(r)) kept.add(r);
      else h.delete(r);
    }
    for (const r of ranges) if (!kept.has(r)) h.add(r);
    mine.set(name, ranges);
  }

  clear(owner: string): void {
    for (const name of NAMES) if (this.owned.get(owner)?.has(name)) this.set(owner, name, []);
    this.owned.delete(owner);
  }
}
