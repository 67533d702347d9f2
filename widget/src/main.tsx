// The widget's entry: an IIFE that adds nothing to `window`. It defines <discretion-search> once (a
// second copy of the script finds it defined and does nothing) and, when its script tag says
// data-target="#id", mounts one element there with the script's data-* configuration.

import { bindData } from './binding.ts';
import { CONFIG_ATTRIBUTES } from './config.ts';
import { defineElementClass, TAG } from './element.tsx';
import { readScript } from './script.ts';

declare const __DL_SCHEMA_VERSION__: number;

function mountTarget(selector: string, attributes: Record<string, string>): void {
  let host: Element | null = null;
  try {
    host = document.querySelector(selector);
  } catch {
    // An invalid selector is the embedder's mistake; it is reported below like a missing target.
  }
  if (!host) {
    console.warn(`discretion-search: data-target "${selector}" matches no element`);
    return;
  }
  if (host.querySelector(TAG)) return;
  const element = document.createElement(TAG);
  for (const name of CONFIG_ATTRIBUTES) {
    const value = attributes[name];
    if (value !== undefined) element.setAttribute(name, value);
  }
  host.append(element);
}

if (!customElements.get(TAG)) {
  // currentScript is only set while this runs synchronously: read it before anything else.
  const script = readScript(document);
  if (script.dataBase) bindData(script.dataBase, script.binding);
  customElements.define(TAG, defineElementClass(script.dataBase, __DL_SCHEMA_VERSION__));
  const { target, attributes } = script;
  if (target) {
    // An async script can run before the parser reaches the target.
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', () => mountTarget(target, attributes), { once: true });
    } else mountTarget(target, attributes);
  }
}
