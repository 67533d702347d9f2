// Finds editable regions in a document, its open shadow roots and its same-origin iframes
// (including src-less frames whose editor is written by script after load), and keeps finding
// them as the page changes: editors that appear later, SPA navigation, designMode switched on.

export type EditorKind = 'field' | 'rich';
export interface Found {
  element: HTMLElement;
  kind: EditorKind;
}

const FIELD_TYPES = new Set(['text', 'search', '']);

export function editorKind(el: Element): EditorKind | null {
  const name = el.nodeName;
  if (name === 'TEXTAREA') return (el as HTMLTextAreaElement).readOnly ? null : 'field';
  if (name === 'INPUT') {
    const input = el as HTMLInputElement;
    return FIELD_TYPES.has(input.getAttribute('type')?.toLowerCase() ?? '') && !input.readOnly
      ? 'field'
      : null;
  }
  const html = el as HTMLElement;
  // Under designMode the whole document is editable; the editor root is its body, never <html>.
  if (!html.isContentEditable || name === 'HTML') return null;
  if (name === 'BODY') return 'rich';
  // Only the outermost editable element is an editor root.
  return html.parentElement?.isContentEditable ? null : 'rich';
}

const SELECTOR = 'textarea, input, [contenteditable]';

export class Discovery {
  private readonly watched = new WeakSet<Node>();
  private readonly observers: MutationObserver[] = [];
  private readonly abort = new AbortController();
  private readonly listeners = new WeakMap<Node, AbortController>();

  constructor(
    private readonly found: (f: Found) => void,
    private readonly changed: () => void,
  ) {}

  /** Starts watching a document or shadow root and everything reachable from it. */
  watch(root: Document | ShadowRoot): void {
    const doc = root.nodeType === 9 ? (root as Document) : (root as ShadowRoot).ownerDocument;
    const win = doc.defaultView as (Window & typeof globalThis) | null;
    if (!win) return;
    if (!this.watched.has(root)) {
      this.watched.add(root);
      const observer = new win.MutationObserver((records) => {
        let removed = false;
        for (const r of records) {
          // document.open() (editors written into src-less frames) drops the document's listeners.
          if (r.target === doc && r.addedNodes.length > 0) this.listen(root);
          if (r.type === 'attributes') this.scanNode(r.target);
          for (const n of r.addedNodes) this.scanNode(n);
          if (r.removedNodes.length > 0) removed = true;
        }
        if (removed) this.changed();
      });
      observer.observe(root, {
        childList: true,
        subtree: true,
        attributes: true,
        attributeFilter: ['contenteditable'],
      });
      this.observers.push(observer);
      this.listen(root);
    }
    this.checkDesignMode(doc);
    this.scanNode(root);
  }

  private checkDesignMode(doc: Document): void {
    if (doc.designMode === 'on' && doc.body) this.report(doc.body, 'rich');
  }

  private listen(root: Document | ShadowRoot): void {
    this.listeners.get(root)?.abort();
    const ctl = new AbortController();
    this.listeners.set(root, ctl);
    const signal = AbortSignal.any([ctl.signal, this.abort.signal]);
    // Focus is the catch-all: designMode switched on, shadow roots attached to existing hosts.
    root.addEventListener(
      'focusin',
      (e) => {
        this.scanNode((e.composedPath()[0] ?? e.target) as Node);
        if (root.nodeType === 9) this.checkDesignMode(root as Document);
      },
      { capture: true, signal },
    );
  }

  private report(element: HTMLElement, kind: EditorKind): void {
    this.found({ element, kind });
  }

  /** Looks at a node and its subtree (and the shadow roots and frames inside it) for editors. */
  scanNode(node: Node): void {
    if (node.nodeType === 3) {
      // Text holds no editors; only its parent may have become one (cheap, no subtree walk).
      const parent = node.parentElement;
      if (parent) this.visit(parent);
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const el = node.nodeType === 1 ? (node as Element) : null;
    if (el) this.visit(el);
    const tree = node as ParentNode;
    for (const match of tree.querySelectorAll(SELECTOR)) this.visit(match);
    for (const frame of tree.querySelectorAll('iframe, frame')) this.frame(frame as HTMLIFrameElement);
    // Open shadow roots are not reached by querySelectorAll.
    const doc =
      el?.ownerDocument ?? (node.nodeType === 9 ? (node as Document) : (node as ShadowRoot).ownerDocument);
    const walker = doc.createTreeWalker(node, NodeFilter.SHOW_ELEMENT);
    for (let n: Node | null = walker.currentNode; n; n = walker.nextNode()) {
      const shadow = (n as Element).shadowRoot;
      if (shadow) this.watch(shadow);
    }
  }

  private visit(el: Element): void {
    if (el.nodeName === 'IFRAME' || el.nodeName === 'FRAME') {
      this.frame(el as HTMLIFrameElement);
      return;
    }
    // An editable descendant may sit under an editable ancestor: climb to the root.
    let target = el as HTMLElement;
    while (target.nodeName !== 'BODY' && target.parentElement?.isContentEditable)
      target = target.parentElement;
    const kind = editorKind(target);
    if (kind) this.report(target, kind);
  }

  /** Same-origin frames are read from here; their own documents may be replaced or written later. */
  private frame(frame: HTMLIFrameElement): void {
    if (!this.watched.has(frame)) {
      this.watched.add(frame);
      frame.addEventListener('load', () => this.enterFrame(frame), { signal: this.abort.signal });
    }
    this.enterFrame(frame);
  }

  private enterFrame(frame: HTMLIFrameElement): void {
    let doc: Document | null = null;
    try {
      doc = frame.contentDocument;
    } catch {
      doc = null;
    }
    if (doc) this.watch(doc);
  }

  stop(): void {
    for (const o of this.observers) o.disconnect();
    this.abort.abort();
  }
}
