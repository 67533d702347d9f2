// The text of a contenteditable region as one string, with a map from string offsets back to
// DOM positions. Block boundaries and <br> become "\n" so the engine sees lines as the officer
// does; those virtual characters map to the nearest real position.

const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

export interface TextMap {
  text: string;
  /** Text nodes in document order and the offset in `text` where each starts. */
  nodes: Text[];
  starts: number[];
}

export function readText(root: Node): TextMap {
  const parts: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  let length = 0;
  let lastNewline = true;
  const push = (s: string) => {
    parts.push(s);
    length += s.length;
    lastNewline = s.endsWith('\n');
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const data = (child as Text).data;
        if (data.length === 0) continue;
        nodes.push(child as Text);
        starts.push(length);
        push(data);
      } else if (child.nodeType === 1) {
        const name = (child as Element).nodeName.toUpperCase();
        if (SKIP.has(name)) continue;
        if (name === 'BR') {
          push('\n');
          continue;
        }
        const block = BLOCKS.has(name);
        if (block && !lastNewline) push('\n');
        walk(child);
        if (block && !lastNewline) push('\n');
      }
    }
  };
  walk(root);
  return { text: parts.join(''), nodes, starts };
}

/** The DOM position of string offset `offset`; `bias` picks the side for virtual characters. */
export function positionAt(map: TextMap, offset: number, bias: 'start' | 'end'): [Text, number] | null {
  const { nodes, starts } = map;
  if (nodes.length === 0) return null;
  let lo = 0;
  let hi = nodes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  const node = nodes[lo] as Text;
  const start = starts[lo] as number;
  const inside = offset - start;
  if (inside <= node.data.length) {
    // An end exactly at a node's end stays there; a start there moves to the next node.
    if (bias === 'start' && inside === node.data.length && lo + 1 < nodes.length) {
      return [nodes[lo + 1] as Text, 0];
    }
    return [node, inside];
  }
  // The offset falls on a virtual newline after this node.
  if (bias === 'end' || lo + 1 >= nodes.length) return [node, node.data.length];
  return [nodes[lo + 1] as Text, 0];
}

/** The string offset of a DOM position inside the mapped root, or null when it is outside. */
export function offsetOf(map: TextMap, node: Node, offset: number): number | null {
  if (node.nodeType === 3) {
    const i = map.nodes.indexOf(node as Text);
    return i < 0 ? null : (map.starts[i] as number) + offset;
  }
  // An element position: the first text node at or after it.
  const child = node.childNodes[offset] ?? null;
  const doc = node.ownerDocument;
  if (!doc) return null;
  for (let i = 0; i < map.nodes.length; i++) {
    const text = map.nodes[i] as Text;
    const rel = child ? child.compareDocumentPosition(text) : node.compareDocumentPosition(text);
    const after = child
      ? child === text || rel & Node.DOCUMENT_POSITION_FOLLOWING || rel & Node.DOCUMENT_POSITION_CONTAINED_BY
      : rel & Node.DOCUMENT_POSITION_FOLLOWING && !(rel & Node.DOCUMENT_POSITION_CONTAINED_BY);
    if (after) return map.starts[i] as number;
  }
  return map.text.length;
}
