// The lens: keeps one surface per editor found, scans each with the engine when its text
// changes (coalesced per task), paints the marks, and drives the card and the shortcuts.
import { browser } from 'wxt/browser';
import type { Engine, ScanResult } from '../../data/engine/api.ts';
import { todayInChina } from '../../data/engine/dates.ts';
import type { Lookup } from '../../data/engine/lookup.ts';
import { citationFor } from '../card/citation.ts';
import { CardHost } from '../card/host.ts';
import { RichTextSurface } from '../editors/contenteditable.ts';
import { frameOffset, type Rect, type Surface } from '../editors/surface.ts';
import { TextFieldSurface } from '../editors/textfield.ts';
import { HighlightBook } from '../highlight/book.ts';
import { listsApplyFor, type Mark, marksOf } from '../highlight/marks.ts';
import { LOOKS } from '../highlight/styles.ts';
import { applicableDate, describeMark } from '../lib/describe-mark.ts';
import type { EditorState, FoundItem, ToBackground } from '../lib/messages.ts';
import { TEMPLATE_KEY } from '../lib/settings.ts';
import { Discovery, type Found } from './discover.ts';
import { forgetEngine, loadEngine, loadLookup } from './engine-client.ts';
import { IncrementalScan } from './incremental.ts';
import { isShortcut } from './keys.ts';

interface Entry {
  surface: Surface;
  text: string | null;
  result: ScanResult | null;
  marks: Mark[];
  dirty: boolean;
  /** How long the last scan and paint took, in ms. */
  cost: number;
  /** The engine's incremental scanner for this editor's text. */
  scans: IncrementalScan;
}

/** Above this scan cost a document is re-scanned when typing pauses, not on every keystroke. */
const SLOW_SCAN_MS = 8;
const PAUSE_MS = 150;

const inside = (r: Rect, x: number, y: number) =>
  x >= r.left && x <= r.right && y >= r.top - 1 && y <= r.bottom + 1;

export class Lens {
  private readonly entries = new Map<HTMLElement, Entry>();
  private readonly books = new WeakMap<Window, HighlightBook>();
  private readonly docs = new WeakSet<Document>();
  private readonly discovery = new Discovery(
    (f) => this.found(f),
    () => this.sweep(),
  );
  private readonly card = new CardHost();
  private readonly abort = new AbortController();
  private engine: Engine | null = null;
  private warmQueued = false;
  /** What the card shows (the whole dataset), loaded after the first highlights. */
  private lookup: Lookup | null = null;
  private timer: number | null = null;
  private override: string | null = null;
  private template: string | undefined;
  private focused: Entry | null = null;
  /** The mark the card shows and whether it was opened on purpose (click, keyboard) or by hovering. */
  private shown: { entry: Entry; mark: Mark; pinned: boolean } | null = null;
  private hoverTimer: number | null = null;
  /** A mark whose card was dismissed: hovering it again does not reopen it until the pointer leaves. */
  private dismissed: Mark | null = null;

  start(): void {
    void browser.storage.local.get(TEMPLATE_KEY).then((v) => {
      this.template = (v[TEMPLATE_KEY] as string | undefined) || undefined;
    });
    const onStorage = (changes: Record<string, { newValue?: unknown }>) => {
      if (changes[TEMPLATE_KEY])
        this.template = (changes[TEMPLATE_KEY].newValue as string | undefined) || undefined;
    };
    browser.storage.onChanged.addListener(onStorage);
    this.abort.signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onStorage));
    this.discovery.watch(document);
  }

  // ───────────── editors ─────────────

  private found({ element, kind }: Found): void {
    if (this.entries.has(element)) return;
    const onChange = () => this.markDirty(element);
    let surface: Surface;
    if (kind === 'field') {
      surface = new TextFieldSurface(element as HTMLTextAreaElement, onChange);
    } else {
      const win = element.ownerDocument.defaultView as Window & typeof globalThis;
      let book = this.books.get(win);
      if (!book) {
        book = new HighlightBook(win);
        this.books.set(win, book);
      }
      surface = new RichTextSurface(element, book, onChange);
    }
    const entry: Entry = {
      surface,
      text: null,
      result: null,
      marks: [],
      dirty: true,
      cost: 0,
      scans: new IncrementalScan(),
    };
    this.entries.set(element, entry);
    this.listen(element.ownerDocument);
    element.addEventListener(
      'focusin',
      () => {
        this.focused = entry;
        // The officer is about to type: have the engine ready by the first words.
        this.warmUp();
        const msg: ToBackground = { type: 'editor-focused' };
        void browser.runtime.sendMessage(msg).catch(() => {});
      },
      { signal: this.abort.signal },
    );
    this.schedule();
    // A page with an editor will be typed in: load the engine once the page is idle, so the first
    // words are marked without waiting for the dataset.
    if (!this.warmQueued) {
      this.warmQueued = true;
      window.requestIdleCallback(() => this.warmUp(), { timeout: 3000 });
    }
  }

  /** Drops surfaces whose editor left the page (SPA navigation, removed dialogs). */
  private sweep(): void {
    for (const [el, entry] of this.entries) {
      if (entry.surface.alive()) continue;
      if (this.shown?.entry === entry) this.closeCard();
      if (this.focused === entry) this.focused = null;
      entry.surface.destroy();
      this.entries.delete(el);
    }
  }

  private markDirty(element: HTMLElement): void {
    const entry = this.entries.get(element);
    if (!entry) return;
    entry.dirty = true;
    this.schedule(entry.cost > SLOW_SCAN_MS);
  }

  /** Re-scans in the next task, or, for a long document being typed in, once typing pauses. */
  private schedule(wait = false): void {
    if (this.timer !== null) {
      if (!wait) return;
      window.clearTimeout(this.timer);
    }
    this.timer = window.setTimeout(
      () => {
        this.timer = null;
        this.flush();
      },
      wait ? PAUSE_MS : 0,
    );
  }

  private flush(): void {
    this.sweep();
    const dirty = [...this.entries.values()].filter((e) => e.dirty);
    if (dirty.length === 0) return;
    if (!this.engine) {
      // Nothing to recognize in empty editors yet: the engine comes when the page is idle.
      if (dirty.every((e) => e.surface.text().trim() === '')) return;
      this.warmUp();
      return;
    }
    for (const entry of dirty) this.scan(entry, this.engine);
  }

  /** Loads the engine, then scans what is waiting. */
  private warmUp(): void {
    if (this.engine) return;
    loadEngine().then(
      (engine) => {
        this.engine = engine;
        this.flush();
        // The card's data next, while the officer reads: the first card then opens at once.
        window.requestIdleCallback(() => this.loadLookup(), { timeout: 5000 });
      },
      (err: Error) => console.warn(err.message),
    );
  }

  private scan(entry: Entry, engine: Engine): void {
    entry.dirty = false;
    const started = performance.now();
    const text = entry.surface.text();
    if (text === entry.text && entry.result) return;
    const oldText = entry.text;
    let result: ScanResult | null;
    try {
      // A large change is recognized in slices: scanned again in the next task, with the newest text.
      result = entry.scans.scan(engine, text, this.override, () => {
        entry.dirty = true;
        this.schedule();
      });
    } catch (err) {
      // A text the engine cannot read leaves the editor unmarked; the page is not disturbed.
      console.warn(`discretion-lens: scan failed (${(err as Error).message})`);
      entry.scans = new IncrementalScan();
      entry.text = text;
      entry.marks = [];
      entry.surface.paint([]);
      return;
    }
    if (!result) return;
    entry.text = text;
    entry.result = result;
    entry.marks = marksOf(result, listsApplyFor(engine, applicableDate(result)));
    entry.surface.paint(entry.marks);
    entry.cost = performance.now() - started;
    // The marks were rebuilt: an open card follows its mark (same words, nearest place) or closes.
    const shown = this.shown;
    if (shown?.entry === entry) {
      const words = oldText?.slice(shown.mark.start, shown.mark.end);
      const same = entry.marks
        .filter((m) => m.item.type === shown.mark.item.type && text.slice(m.start, m.end) === words)
        .sort((a, b) => Math.abs(a.start - shown.mark.start) - Math.abs(b.start - shown.mark.start))[0];
      if (same) this.openCard(entry, same, shown.pinned);
      else this.closeCard();
    }
  }

  private rescanAll(): void {
    for (const entry of this.entries.values()) {
      entry.dirty = true;
      entry.result = null;
    }
    this.schedule();
  }

  // ───────────── card ─────────────

  private loadLookup(): Promise<Lookup | null> {
    const engine = this.engine;
    return loadLookup().then(
      (lookup) => {
        // A dataset replaced meanwhile forgot the engine: this lookup belongs to the old one.
        if (this.engine === engine && engine) this.lookup = lookup;
        return this.lookup;
      },
      (err: Error) => {
        console.warn(err.message);
        return null;
      },
    );
  }

  /** `notInserted`: the citation an insertion failed to put in the editor (the card says so). */
  private openCard(entry: Entry, mark: Mark, pinned: boolean, notInserted?: string): void {
    if (!this.engine || !entry.result) return;
    this.shown?.entry.surface.setActive(null);
    entry.surface.setActive(mark);
    const shown = { entry, mark, pinned };
    this.shown = shown;
    const engine = this.lookup;
    if (!engine) {
      // Opens once the card's data is here, unless the card was closed or moved on meanwhile.
      void this.loadLookup().then((l) => {
        if (l && this.shown === shown) this.openCard(entry, mark, pinned, notInserted);
      });
      return;
    }
    const asOf = applicableDate(entry.result);
    this.card.open(
      {
        mark,
        engine,
        asOf,
        template: this.template,
        fines: entry.result.fines,
        notInserted,
        onInsert: (citation) => void this.insert(entry, citation),
        onClose: () => this.closeCard(),
      },
      entry.surface.rects(mark),
      entry.surface.caretRect(),
    );
  }

  private cancelHover(): void {
    if (this.hoverTimer !== null) window.clearTimeout(this.hoverTimer);
    this.hoverTimer = null;
  }

  private closeCard(): void {
    this.cancelHover();
    this.dismissed = this.shown?.mark ?? null;
    this.shown?.entry.surface.setActive(null);
    this.shown = null;
    this.card.close();
  }

  /** Inserts and checks; when the editor did not take it, the card comes back to say so. */
  private async insert(entry: Entry, citation: string): Promise<boolean> {
    const shown = this.shown;
    this.closeCard();
    const ok = await entry.surface.insert(citation);
    if (!ok && shown && this.entries.get(shown.entry.surface.element) === shown.entry)
      this.openCard(shown.entry, shown.mark, true, citation);
    return ok;
  }

  private markAt(doc: Document, x: number, y: number): { entry: Entry; mark: Mark } | null {
    for (const entry of this.entries.values()) {
      if (entry.surface.element.ownerDocument !== doc) continue;
      for (const mark of entry.marks) {
        if (entry.surface.rects(mark).some((r) => inside(r, x, y))) return { entry, mark };
      }
    }
    return null;
  }

  /** Pointer and keyboard handling, once per document that holds an editor. */
  private listen(doc: Document): void {
    if (this.docs.has(doc)) return;
    this.docs.add(doc);
    const signal = this.abort.signal;
    const win = doc.defaultView as Window;
    const top = (e: MouseEvent) => {
      const o = frameOffset(win);
      return { x: e.clientX + o.x, y: e.clientY + o.y };
    };
    doc.addEventListener(
      'mousemove',
      (e) => {
        // Only the officer's own pointer: a page cannot open cards by dispatching events.
        if (!e.isTrusted) return;
        if (this.hoverTimer !== null) window.clearTimeout(this.hoverTimer);
        const { x, y } = top(e);
        // The pointer on its way to (or over) the card keeps it open.
        if (this.card.contains(x, y)) return;
        this.hoverTimer = window.setTimeout(() => {
          this.hoverTimer = null;
          const hit = this.markAt(doc, x, y);
          if (hit?.mark !== this.dismissed) this.dismissed = null;
          if (hit && hit.mark !== this.dismissed && (hit.mark !== this.shown?.mark || !this.card.isOpen)) {
            if (!this.shown?.pinned) this.openCard(hit.entry, hit.mark, false);
          } else if (!hit && this.shown && !this.shown.pinned) {
            this.closeCard();
          }
        }, 250);
      },
      { capture: true, passive: true, signal },
    );
    doc.addEventListener(
      'click',
      (e) => {
        if (!e.isTrusted) return;
        // Clicks on our own card (retargeted to its host) are the card's business.
        if ((e.target as Element | null)?.nodeName === 'DISCRETION-LENS-CARD') return;
        this.cancelHover();
        const { x, y } = top(e);
        const hit = this.markAt(doc, x, y);
        if (hit) this.openCard(hit.entry, hit.mark, true);
        else if (this.shown) this.closeCard();
      },
      { capture: true, signal },
    );
    doc.addEventListener('keydown', (e) => this.onKey(e), { capture: true, signal });
  }

  private onKey(e: KeyboardEvent): void {
    const action = isShortcut(e, this.card.isOpen);
    if (!action) return;
    // The editor the key went to (focus may have come before the lens started).
    const target = (e.composedPath()[0] ?? e.target) as Node | null;
    const entry =
      [...this.entries.values()].find((x) => target !== null && x.surface.element.contains(target)) ??
      this.focused;
    if (entry) this.focused = entry;
    if (action === 'close') {
      this.closeCard();
    } else if (action === 'insert') {
      const shown = this.shown;
      if (!shown || !this.engine || !shown.entry.result) return;
      const citation = citationFor(
        shown.mark,
        this.engine,
        applicableDate(shown.entry.result),
        this.template,
      );
      if (!citation) return;
      void this.insert(shown.entry, citation);
    } else {
      if (!entry || entry.marks.length === 0) return;
      const marks = entry.marks;
      const current = this.shown?.entry === entry ? marks.indexOf(this.shown.mark) : -1;
      let next: number;
      if (current >= 0) next = (current + (action === 'next' ? 1 : -1) + marks.length) % marks.length;
      else {
        const caret = entry.surface.caret() ?? 0;
        const after = marks.findIndex((m) => m.end > caret);
        next = action === 'next' ? Math.max(0, after) : (after <= 0 ? marks.length : after) - 1;
      }
      this.openCard(entry, marks[next] as Mark, true);
    }
    // Our shortcut is ours: the page's own shortcuts must not also act on it.
    e.preventDefault();
    e.stopPropagation();
  }

  // ───────────── side panel ─────────────

  private current(): Entry | null {
    if (this.focused && this.entries.has(this.focused.surface.element)) return this.focused;
    return [...this.entries.values()].find((e) => e.marks.length > 0) ?? null;
  }

  state(): EditorState {
    const entry = this.current();
    const engine = this.engine;
    const result = entry?.result;
    const items: FoundItem[] =
      engine && result
        ? (entry?.marks ?? []).map((m, index) => ({
            index,
            kind: m.kind,
            type: m.item.type,
            text: describeMark(m, engine, applicableDate(result)),
            label: LOOKS[m.kind].label,
          }))
        : [];
    return {
      items,
      asOf: entry?.result?.asOf ?? this.override ?? todayInChina(),
      actDate: entry?.result?.actDate ?? null,
      override: this.override,
    };
  }

  setAsOf(date: string | null): void {
    this.override = date;
    this.rescanAll();
  }

  showItem(index: number): boolean {
    const entry = this.current();
    const mark = entry?.marks[index];
    if (!entry || !mark) return false;
    this.openCard(entry, mark, true);
    return true;
  }

  insertFromPanel(text: string): Promise<boolean> {
    const entry = this.current();
    return entry ? entry.surface.insert(text) : Promise.resolve(false);
  }

  /** Removes every listener, overlay, highlight and the card. */
  stop(): void {
    this.abort.abort();
    this.discovery.stop();
    this.cancelHover();
    if (this.timer !== null) window.clearTimeout(this.timer);
    for (const entry of this.entries.values()) entry.surface.destroy();
    this.entries.clear();
    this.card.destroy();
  }

  datasetChanged(): void {
    forgetEngine();
    this.engine = null;
    this.lookup = null;
    this.closeCard();
    this.rescanAll();
  }
}
