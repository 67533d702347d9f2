// Where the card lives: a closed shadow root on our own element under <html> of the top
// document, placed next to the mark and never over the caret's line.
import { h, render } from 'preact';
import type { Rect } from '../editors/surface.ts';
import { Card, type CardProps } from './Card.tsx';

const CSS = `
:host { all: initial; }
.card { box-sizing: border-box; width: min(28rem, calc(100vw - 16px)); max-height: var(--room, min(32rem, 70vh)); overflow: auto;
  background: #fff; color: #111; border: 1px solid #94a3b8; border-radius: 8px; padding: 10px 12px;
  box-shadow: 0 6px 24px rgba(0,0,0,.18); font: 13px/1.55 "Noto Sans CJK SC", system-ui, sans-serif; }
header { display: flex; gap: 8px; align-items: center; font-size: 12px; color: #475569; }
header .close { margin-left: auto; border: 0; background: none; font-size: 18px; cursor: pointer; color: #334155; }
.look-resolved .look { border-bottom: 2px solid #1d4ed8; }
.look-problem .look { border-bottom: 2px wavy #c81e1e; text-decoration: underline wavy #c81e1e; }
.look-list .look { border-bottom: 2px dotted #047857; }
h2 { font-size: 15px; margin: 6px 0 2px; } h3 { font-size: 14px; margin: 10px 0 2px; } h4 { font-size: 13px; margin: 8px 0 2px; }
blockquote { margin: 4px 0; padding: 4px 8px; background: #f8fafc; border-left: 3px solid #cbd5e1; white-space: pre-wrap; }
.basis { font-size: 11px; padding: 0 4px; border: 1px solid #94a3b8; border-radius: 3px; color: #334155; font-weight: normal; }
.source, footer, .note { font-size: 11px; color: #64748b; }
.warn, .verdict.above-maximum, .verdict.below-minimum, .status.no-such-article, .status.unknown-law { color: #b91c1c; }
ul { margin: 2px 0; padding-left: 18px; } .checklist { list-style: none; padding-left: 4px; }
.list { margin: 6px 0; padding: 4px 6px; border: 1px dotted #047857; border-radius: 4px; }
.insert { display: block; margin: 8px 0 2px; padding: 4px 8px; cursor: pointer; border: 1px solid #1d4ed8;
  background: #eff6ff; color: #1e3a8a; border-radius: 4px; font: inherit; text-align: left; }
footer { margin-top: 6px; }
.not-inserted { margin: 8px 0 2px; padding: 4px 8px; border: 1px solid #b91c1c; border-radius: 4px; color: #7f1d1d;
  background: #fef2f2; }
.copy { margin-left: 6px; padding: 2px 8px; cursor: pointer; border: 1px solid #7f1d1d; border-radius: 4px;
  background: #fff; color: #7f1d1d; font: inherit; }
`;

export class CardHost {
  private host: HTMLElement | null = null;
  private root: ShadowRoot | null = null;
  private wrap: HTMLDivElement | null = null;
  /** The mark the card shows, while open. */
  props: CardProps | null = null;

  private ensure(): { host: HTMLElement; wrap: HTMLDivElement } {
    if (!this.host || !this.wrap || !this.host.isConnected) {
      const doc = document;
      const host = doc.createElement('discretion-lens-card');
      // !important: a page's own !important rules (say `* { display: none !important }`) must not win.
      host.style.cssText =
        'all: initial !important; position: fixed !important; z-index: 2147483647 !important; display: none !important;';
      this.root = host.attachShadow({ mode: 'closed' });
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS);
      this.root.adoptedStyleSheets = [sheet];
      this.wrap = doc.createElement('div');
      this.root.append(this.wrap);
      doc.documentElement.append(host);
      this.host = host;
    }
    return { host: this.host, wrap: this.wrap };
  }

  get isOpen(): boolean {
    return this.props !== null;
  }

  /** Whether a top-window point is over the card. */
  contains(x: number, y: number): boolean {
    if (!this.host || !this.props) return false;
    const r = this.host.getBoundingClientRect();
    return x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
  }

  open(props: CardProps, anchor: Rect[], caret: Rect | null): void {
    const { host, wrap } = this.ensure();
    this.props = props;
    render(h(Card, props), wrap);
    host.style.setProperty('display', 'block', 'important');
    this.place(host, anchor, caret);
  }

  /**
   * Puts the card next to the mark, never over the mark's lines nor the caret's line: the
   * places just below / above the mark and below / above the caret are tried in turn; where
   * none has room for the whole card, it goes where the room is largest and scrolls inside.
   */
  private place(host: HTMLElement, anchor: Rect[], caret: Rect | null): void {
    const first = anchor[0];
    const last = anchor[anchor.length - 1];
    if (!first || !last) return;
    const vw = window.innerWidth;
    const vh = window.innerHeight;
    const gap = 6;
    host.style.removeProperty('--room');
    const { width, height } = host.getBoundingClientRect();
    const left = Math.max(8, Math.min(first.left, vw - width - 8));
    // Each place is a vertical span [from, to] the card may use.
    const places: { from: number; to: number; down: boolean }[] = [];
    const below = (y: number) => {
      const stop = caret && caret.top >= y ? caret.top - gap : vh - 8;
      places.push({ from: y + gap, to: stop, down: true });
    };
    const above = (y: number) => {
      const stop = caret && caret.bottom <= y ? caret.bottom + gap : 8;
      places.push({ from: stop, to: y - gap, down: false });
    };
    below(
      Math.max(last.bottom, caret && caret.top < last.bottom && caret.bottom > first.top ? caret.bottom : 0),
    );
    above(Math.min(first.top, caret && caret.bottom > first.top && caret.top < last.bottom ? caret.top : vh));
    if (caret) {
      below(Math.max(caret.bottom, last.bottom));
      above(Math.min(caret.top, first.top));
    }
    const room = (p: { from: number; to: number }) => p.to - p.from;
    const fit = places.find((p) => room(p) >= height) ?? places.reduce((a, b) => (room(b) > room(a) ? b : a));
    const used = Math.max(0, Math.min(height, room(fit)));
    if (used < height) host.style.setProperty('--room', `${used}px`);
    host.style.setProperty('left', `${left}px`, 'important');
    host.style.setProperty('top', `${fit.down ? fit.from : fit.to - used}px`, 'important');
  }

  close(): void {
    if (!this.host || !this.wrap) return;
    render(null, this.wrap);
    this.host.style.setProperty('display', 'none', 'important');
    this.props = null;
  }

  destroy(): void {
    this.close();
    this.host?.remove();
  }
}
