// Reading what the extension shows without giving the page any way in: the Highlight registry
// (shared with the page by design) and, through the DevTools protocol, our closed shadow roots.
import type { CDPSession, Frame, Page } from '@playwright/test';

export interface Painted {
  kind: string;
  text: string;
}

/** The ranges under our highlight names in a frame's registry, in document order. */
export function paintedRanges(frame: Frame | Page): Promise<Painted[]> {
  return frame.evaluate(() => {
    const out: { kind: string; text: string; range: Range }[] = [];
    for (const kind of ['resolved', 'problem', 'list']) {
      const h = CSS.highlights.get(`discretion-lens-${kind}`);
      // Our ranges are static (they do not follow edits); read them through live copies.
      for (const r of (h ?? []) as Iterable<AbstractRange>) {
        const live = new Range();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        out.push({ kind, text: live.toString(), range: live });
      }
    }
    out.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
    return out.map(({ kind, text }) => ({ kind, text }));
  });
}

interface CdpNode {
  nodeId: number;
  backendNodeId: number;
  nodeName: string;
  nodeValue?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
}

async function documentTree(cdp: CDPSession): Promise<CdpNode> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
  return root;
}

function* walk(node: CdpNode): Generator<CdpNode> {
  yield node;
  for (const c of node.shadowRoots ?? []) yield* walk(c);
  for (const c of node.children ?? []) yield* walk(c);
  if (node.contentDocument) yield* walk(node.contentDocument);
}

const textOf = (node: CdpNode): string =>
  [...walk(node)]
    .filter((n) => n.nodeName === '#text')
    .map((n) => n.nodeValue ?? '')
    .join('');

const attr = (node: CdpNode, name: string) => {
  const a = node.attributes ?? [];
  const i = a.indexOf(name);
  return i >= 0 ? (a[i + 1] ?? null) : null;
};

export interface OverlayMark {
  kind: string;
  text: string;
  box: { x: number; y: number; width: number; height: number };
}

/** The marks of the textarea mirror overlays (closed shadow roots), with their boxes. */
export async function overlayMarks(page: Page): Promise<OverlayMark[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const root = await documentTree(cdp);
    const out: OverlayMark[] = [];
    for (const host of [...walk(root)].filter((n) => n.nodeName === 'DISCRETION-LENS-OVERLAY')) {
      for (const n of walk(host)) {
        const cls = n.nodeName === 'SPAN' ? attr(n, 'class') : null;
        const kind = cls?.match(/k-(\w+)/)?.[1];
        if (!kind) continue;
        // A node repainted away since the tree was read has no box: it is not shown.
        const reply = (await cdp
          .send('DOM.getBoxModel', { backendNodeId: n.backendNodeId })
          .catch(() => null)) as {
          model: { content: number[]; width: number; height: number };
        } | null;
        if (!reply) continue;
        const { model } = reply;
        const [x = 0, y = 0] = model.content;
        out.push({ kind, text: textOf(n), box: { x, y, width: model.width, height: model.height } });
      }
    }
    return out;
  } finally {
    await cdp.detach();
  }
}

/** The text of our card (closed shadow root), or null when no card is shown. */
export async function cardText(page: Page): Promise<string | null> {
  // No waiting: the host exists only once a card was first shown.
  const visible = await page.evaluate(() => {
    const host = document.querySelector('discretion-lens-card');
    return host !== null && getComputedStyle(host).display !== 'none';
  });
  if (!visible) return null;
  const cdp = await page.context().newCDPSession(page);
  try {
    const host = [...walk(await documentTree(cdp))].find((n) => n.nodeName === 'DISCRETION-LENS-CARD');
    return host ? textOf(host) : null;
  } finally {
    await cdp.detach();
  }
}

/** Names of elements of ours anywhere under a frame's editor root (must be none). */
export function ourNodesInside(frame: Frame | Page, selector: string): Promise<number> {
  return frame.evaluate((sel) => {
    const root = document.querySelector(sel) ?? document.body;
    return [...root.querySelectorAll('*')].filter((e) => e.localName.startsWith('discretion-lens')).length;
  }, selector);
}

/** The centre of the first element of our card matching a class, for a real mouse click. */
export async function cardButtonCentre(
  page: Page,
  className: string,
): Promise<{ x: number; y: number } | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const host = [...walk(await documentTree(cdp))].find((n) => n.nodeName === 'DISCRETION-LENS-CARD');
    const button = host
      ? [...walk(host)].find((n) => attr(n, 'class')?.split(' ').includes(className))
      : undefined;
    if (!button) return null;
    const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: button.backendNodeId })) as {
      model: { content: number[] };
    };
    const [x1 = 0, y1 = 0, , , x3 = 0, y3 = 0] = model.content;
    return { x: (x1 + x3) / 2, y: (y1 + y3) / 2 };
  } finally {
    await cdp.detach();
  }
}

/** The centre of the first painted mark, in page coordinates. */
export async function firstMarkCentre(
  page: Page,
  frame: Frame,
  kind: 'field' | 'rich',
): Promise<{ x: number; y: number }> {
  if (kind === 'field') {
    const [m] = await overlayMarks(page);
    if (!m) throw new Error('no overlay mark');
    return { x: m.box.x + m.box.width / 4, y: m.box.y + m.box.height / 2 };
  }
  const inFrame = await frame.evaluate(() => {
    const ranges: Range[] = [];
    for (const k of ['resolved', 'problem', 'list']) {
      for (const r of (CSS.highlights.get(`discretion-lens-${k}`) ?? []) as Iterable<AbstractRange>) {
        // Our ranges are static; measure through a live copy.
        const live = new Range();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        ranges.push(live);
      }
    }
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    const box = ranges[0]?.getClientRects()[0];
    return box ? { x: box.left + Math.min(20, box.width / 2), y: box.top + box.height / 2 } : null;
  });
  if (!inFrame) throw new Error('no highlight range');
  if (frame === page.mainFrame()) return inFrame;
  const offset = await (await frame.frameElement()).evaluate((node) => {
    const el = node as HTMLElement;
    const r = el.getBoundingClientRect();
    return { x: r.left + el.clientLeft, y: r.top + el.clientTop };
  });
  return { x: inFrame.x + offset.x, y: inFrame.y + offset.y };
}

/** Our highlight ranges in a frame that point outside the document's live nodes (must be none). */
export function strayRanges(frame: Frame | Page): Promise<number> {
  return frame.evaluate(() => {
    let stray = 0;
    for (const k of ['resolved', 'problem', 'list', 'active']) {
      for (const r of (CSS.highlights.get(`discretion-lens-${k}`) ?? []) as Iterable<AbstractRange>) {
        if (!r.startContainer.isConnected || !r.endContainer.isConnected) stray++;
      }
    }
    return stray;
  });
}
