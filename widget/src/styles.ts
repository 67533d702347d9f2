// The widget's only styles, adopted into each shadow root as one shared constructed sheet (no
// <style> or style="" anywhere, so a `style-src 'self'` CSP has nothing to block). The host page
// themes it only through --dl-* custom properties; `all: initial` on the root stops inherited page
// styles (font, colour, line height, letter spacing…) that reach the shadow tree through the host.
// The dark palette, shared by theme="dark" and theme="auto" under a dark colour scheme.
const DARK = `
  --_fg: var(--dl-fg, #e6edf3);
  --_muted: var(--dl-muted, #b1bac4);
  --_bg: var(--dl-bg, #0d1117);
  --_panel: var(--dl-panel, #161b22);
  --_border: var(--dl-border, #6e7681);
  --_accent: var(--dl-accent, #79c0ff);
  --_accent-fg: var(--dl-accent-fg, #0d1117);
  --_mark: var(--dl-mark, #5a4a00);
  --_focus: var(--dl-focus, #79c0ff);
  --_warn: var(--dl-warn, #ffb38a);
  --_warn-bg: var(--dl-warn-bg, #3a1d0b);
`;

const CSS = `
:host {
  all: initial;
  display: block;
  --_fg: var(--dl-fg, #1f2328);
  --_muted: var(--dl-muted, #57606a);
  --_bg: var(--dl-bg, #ffffff);
  --_panel: var(--dl-panel, #f6f8fa);
  --_border: var(--dl-border, #8c959f);
  --_accent: var(--dl-accent, #0b5cad);
  --_accent-fg: var(--dl-accent-fg, #ffffff);
  --_mark: var(--dl-mark, #fff2a8);
  --_focus: var(--dl-focus, #0b5cad);
  --_warn: var(--dl-warn, #8a2600);
  --_warn-bg: var(--dl-warn-bg, #fff1e8);
  --_radius: var(--dl-radius, 6px);
}
:host([theme="dark"]) {
${DARK}}
@media (prefers-color-scheme: dark) {
  :host([theme="auto"]) {
${DARK}  }
}
:host([hidden]) { display: none; }
.root {
  all: initial;
  display: block;
  box-sizing: border-box;
  max-width: 100%;
  font-family: var(--dl-font, system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif);
  font-size: var(--dl-font-size, 15px);
  line-height: 1.6;
  color: var(--_fg);
  background: var(--_bg);
  overflow-wrap: anywhere;
}
.root *, .root *::before, .root *::after { box-sizing: border-box; }
.field { position: relative; }
input.q {
  display: block;
  width: 100%;
  min-width: 0;
  margin: 0;
  padding: 10px 12px;
  font: inherit;
  font-size: max(16px, 1em);
  color: var(--_fg);
  background: var(--_bg);
  border: 1px solid var(--_border);
  border-radius: var(--_radius);
}
input.q::placeholder { color: var(--_muted); opacity: 1; }
:focus-visible, input.q:focus {
  outline: 3px solid var(--_focus);
  outline-offset: 2px;
}
.status { margin: 4px 2px 0; font-size: 0.85em; color: var(--_muted); min-height: 1.4em; }
ul, ol { margin: 0; padding: 0; list-style: none; }
.listbox {
  margin-top: 4px;
  max-height: 24em;
  overflow-y: auto;
  border: 1px solid var(--_border);
  border-radius: var(--_radius);
  background: var(--_bg);
}
.option {
  display: block;
  padding: 8px 12px;
  cursor: pointer;
  border-bottom: 1px solid var(--_panel);
}
.option:last-child { border-bottom: 0; }
.option[aria-selected="true"] {
  background: var(--_panel);
  outline: 3px solid var(--_focus);
  outline-offset: -3px;
}
.option-title { display: block; font-weight: 600; }
.meta { display: flex; flex-wrap: wrap; gap: 4px 8px; font-size: 0.85em; color: var(--_muted); }
mark { background: var(--_mark); color: inherit; padding: 0; }
.badge {
  display: inline-block;
  padding: 0 6px;
  border-radius: 999px;
  border: 1px solid var(--_accent);
  color: var(--_fg);
  font-size: 0.85em;
  white-space: nowrap;
}
.basis { border-color: var(--_border); }
.basis-derived, .basis-illustrative { border-color: var(--_warn); color: var(--_warn); background: var(--_warn-bg); }
.details {
  margin-top: 12px;
  padding: 12px;
  border: 1px solid var(--_border);
  border-radius: var(--_radius);
  background: var(--_bg);
}
.details h2, .details h3, .details h4 { margin: 0; font-weight: 700; line-height: 1.4; }
.details h2 { font-size: 1.15em; }
.details h3 { font-size: 1em; margin-top: 14px; }
.details h4 { font-size: 0.95em; }
.details p { margin: 4px 0; }
.head { display: flex; gap: 8px; align-items: flex-start; justify-content: space-between; }
.item { margin-top: 8px; padding: 8px; background: var(--_panel); border-radius: var(--_radius); }
.note { font-size: 0.85em; color: var(--_muted); }
.fallback h3 { font-size: 0.95em; margin: 8px 0 4px; }
.fallback .statute { border: 1px solid var(--_border); border-radius: var(--_radius); padding: 6px 8px; margin: 6px 0; }
.fallback .citation { font-weight: 600; margin: 0 0 4px; }
.fallback .article { white-space: pre-line; margin: 0; }
.fallback .example { margin: 0 6px 4px 0; }
.warn { color: var(--_warn); background: var(--_warn-bg); padding: 8px; border-radius: var(--_radius); margin: 8px 0 0; }
details { margin-top: 6px; }
summary { cursor: pointer; color: var(--_accent); }
.article { white-space: pre-wrap; margin: 6px 0 0; padding: 8px; background: var(--_panel); border-radius: var(--_radius); }
button {
  font: inherit;
  font-size: 0.9em;
  margin: 0;
  padding: 4px 10px;
  color: var(--_accent-fg);
  background: var(--_accent);
  border: 1px solid var(--_accent);
  border-radius: var(--_radius);
  cursor: pointer;
}
button.plain { color: var(--_fg); background: transparent; border-color: var(--_border); }
a { color: var(--_accent); }
.cite { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin-top: 4px; }
.cite .citation { flex: 1 1 12em; min-width: 0; padding: 4px 8px; background: var(--_panel); border-radius: var(--_radius); }
fieldset { margin: 8px 0 0; padding: 8px; border: 1px solid var(--_border); border-radius: var(--_radius); min-width: 0; }
legend { padding: 0 4px; font-weight: 600; }
.question { display: flex; flex-wrap: wrap; gap: 4px 12px; align-items: center; padding: 4px 0; }
.question-text { flex: 1 1 12em; min-width: 0; }
label { cursor: pointer; }
.tiers li { padding: 2px 0; }
.tier[data-focused] { background: var(--_mark); }
.verdict { margin-top: 8px; font-weight: 600; }
`;

let shared: CSSStyleSheet | null = null;

/** Puts the widget's styles into a shadow root. */
export function adoptStyles(root: ShadowRoot): void {
  shared ??= new CSSStyleSheet();
  if (shared.cssRules.length === 0) shared.replaceSync(CSS);
  if (!root.adoptedStyleSheets.includes(shared))
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, shared];
}
