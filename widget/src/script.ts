// Where the widget was loaded from and what its script tag asks for. `document.currentScript` can be
// clobbered by a named element (<img name="currentScript">), so it is trusted only when it really is
// a SCRIPT element; otherwise no data-* config is read and the base URL comes from a real script tag.
import type { Binding } from './binding.ts';
import { CONFIG_ATTRIBUTES, type ConfigAttribute } from './config.ts';

export interface ScriptInfo {
  /** Directory the widget's data lives under: `data/` beside widget.js. */
  dataBase: string | null;
  /** `data-target` selector, only from a verified script element. */
  target: string | null;
  /** The script's data-* configuration, passed to the element it mounts. */
  attributes: Partial<Record<ConfigAttribute, string>>;
  /** What the snippet binds the data to (binding.ts), read from the real script element. */
  binding: Binding;
}

function bindingOf(script: HTMLScriptElement | undefined): Binding {
  return {
    manifest: script?.getAttribute('data-manifest-integrity') ?? null,
    publisherKey: script?.getAttribute('data-publisher-key') ?? null,
  };
}

const queryAll = Document.prototype.querySelectorAll;

function isScript(node: unknown): node is HTMLScriptElement {
  return node instanceof HTMLScriptElement;
}

function dataBaseOf(script: HTMLScriptElement): string | null {
  return script.src ? new URL('data/', script.src).href : null;
}

export function readScript(doc: Document): ScriptInfo {
  const current: unknown = doc.currentScript;
  if (isScript(current)) {
    const attributes: Partial<Record<ConfigAttribute, string>> = {};
    for (const name of CONFIG_ATTRIBUTES) {
      const value = current.getAttribute(`data-${name}`);
      if (value !== null) attributes[name] = value;
    }
    return {
      dataBase: dataBaseOf(current),
      target: current.getAttribute('data-target'),
      attributes,
      binding: bindingOf(current),
    };
  }
  // Clobbered or unavailable: fall back to the last real script tag whose file is widget.js.
  const scripts = [...(queryAll.call(doc, 'script[src]') as NodeListOf<Element>)].filter(isScript);
  const ours = scripts.filter((s) => new URL(s.src).pathname.endsWith('/widget.js')).at(-1);
  // The binding is still read (from a real script element): losing it would silently unbind the data.
  return { dataBase: ours ? dataBaseOf(ours) : null, target: null, attributes: {}, binding: bindingOf(ours) };
}
