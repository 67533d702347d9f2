// The content script: finds editors on the page and lights up the legal references in them.
// Registered at run time for the sites the user enabled (the e2e build also lists it statically
// for loopback pages). Same-origin child frames are handled from their parent, once.
import { browser } from 'wxt/browser';
import { Lens } from '../../content/lens.ts';
import { onReplaced } from '../../content/lifetime.ts';
import type { ToContent } from '../../lib/messages.ts';
import { DATASET_REVISION_KEY } from '../../lib/settings.ts';

function handledByParent(): boolean {
  if (window === window.top) return false;
  try {
    return window.frameElement !== null;
  } catch {
    return false;
  }
}

export default defineContentScript({
  // No static matches: WXT would turn them into install-time host permissions.
  matches: [],
  registration: 'runtime',
  allFrames: true,
  // The framework would post its start message, with the extension id, to the page's window.
  noScriptStartedPostMessage: true,
  main() {
    if (handledByParent()) return;
    const lens = new Lens();
    lens.start();
    const onStorage = (changes: Record<string, unknown>) => {
      if (changes[DATASET_REVISION_KEY]) lens.datasetChanged();
    };
    browser.storage.onChanged.addListener(onStorage);
    // An updated or reloaded extension starts a new script: this one takes everything of its away.
    // Not on the framework's own signal, which the page can forge (content/lifetime.ts).
    onReplaced(() => {
      lens.stop();
      browser.storage.onChanged.removeListener(onStorage);
    });
    browser.runtime.onMessage.addListener((msg: ToContent, _sender, reply) => {
      if (window !== window.top) return;
      switch (msg.type) {
        case 'editor-state':
          reply(lens.state());
          return;
        case 'set-as-of':
          lens.setAsOf(msg.date);
          reply(true);
          return;
        case 'show-item':
          reply(lens.showItem(msg.index));
          return;
        case 'insert':
          void lens.insertFromPanel(msg.text).then(reply);
          return true;
      }
    });
  },
});
