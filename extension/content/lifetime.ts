// When this content script ends. WXT's context ends a script when a "script started" event with
// the script's name reaches the document, so that an updated extension's new copy replaces the
// old one. The page can dispatch that event too (its name is only the extension id and the script
// name), so the context's own end is not trusted: the lens stops only when a newer copy starts
// AND this copy's extension context is really gone (the extension was updated, reloaded or
// removed). A forged event finds the extension alive and is ignored.
import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';

/** Whether this copy's connection to the extension is gone (updated, reloaded or removed). */
function extensionGone(): boolean {
  try {
    return !browser.runtime?.id;
  } catch {
    return true;
  }
}

/** The framework's event name (private in its types, public at run time). */
const STARTED = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string })
  .SCRIPT_STARTED_MESSAGE_TYPE;

/** Calls `stop` once, when a newer copy of the script has replaced this one; returns a remover. */
export function onReplaced(stop: () => void): () => void {
  const abort = new AbortController();
  document.addEventListener(
    STARTED,
    () => {
      if (!extensionGone()) return;
      abort.abort();
      stop();
    },
    { signal: abort.signal },
  );
  return () => abort.abort();
}
