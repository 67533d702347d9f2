// The looks of our marks. A highlight with no ::highlight() rule paints nothing, and rules do
// not cross shadow boundaries, so the sheet is adopted into every document and shadow root
// that holds an editor. Names are prefixed: the highlight registry is shared with the page.
import type { MarkKind } from './marks.ts';

export const PREFIX = 'discretion-lens';
export const highlightName = (kind: MarkKind | 'active') => `${PREFIX}-${kind}`;

export const LOOKS: Record<MarkKind, { color: string; style: 'solid' | 'wavy' | 'dotted'; label: string }> = {
  resolved: { color: '#1d4ed8', style: 'solid', label: '已识别' },
  problem: { color: '#c81e1e', style: 'wavy', label: '有问题' },
  list: { color: '#047857', style: 'dotted', label: '可能适用清单' },
};

export const decoration = (kind: MarkKind) =>
  `text-decoration: underline ${LOOKS[kind].style} ${LOOKS[kind].color} 2px; text-underline-offset: 3px;`;

const HIGHLIGHT_CSS = [
  ...(Object.keys(LOOKS) as MarkKind[]).map((k) => `::highlight(${highlightName(k)}) { ${decoration(k)} }`),
  `::highlight(${highlightName('active')}) { background-color: rgba(250, 204, 21, 0.45); }`,
].join('\n');

const adopted = new WeakMap<Document | ShadowRoot, CSSStyleSheet>();

/** Adds our highlight rules to a document or shadow root (again if the page reset its sheets). */
export function adoptHighlightStyles(root: Document | ShadowRoot): void {
  // nodeType, not instanceof: an iframe's document belongs to another realm.
  const win = (root.nodeType === 9 ? (root as Document) : (root as ShadowRoot).ownerDocument).defaultView;
  if (!win) return;
  let sheet = adopted.get(root);
  if (!sheet) {
    // A constructed sheet can only be adopted by the document it was made for.
    sheet = new win.CSSStyleSheet();
    sheet.replaceSync(HIGHLIGHT_CSS);
    adopted.set(root, sheet);
  }
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
