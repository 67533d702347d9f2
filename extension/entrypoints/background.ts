// The service worker: hands the active dataset to content scripts (which scan in their own tab):
// what scanning reads and the tiers the card adds, by message (pages get copies, never write
// access: storage.session is for the extension's own pages only); keeps the content
// script registered for the sites the user enabled, and remembers which tab last had an editor in
// focus so the side panel can talk to it; applies enterprise policy (lib/policy.ts).
import { browser } from 'wxt/browser';
import { scanPayload, tiersPayload } from '../lib/active-dataset.ts';
import type { JsonReply, ToBackground } from '../lib/messages.ts';
import { applyPolicy } from '../lib/policy.ts';
import { DATASET_REVISION_KEY } from '../lib/settings.ts';
import { syncRegistration } from '../lib/sites.ts';

const EDITOR_TAB = 'editorTab';

export default defineBackground(() => {
  // Content scripts get no access to storage.session (the browser's default, stated here): what
  // it holds is the extension's, not a page's to read or change.
  void (
    browser.storage.session as typeof browser.storage.session & {
      setAccessLevel?(o: { accessLevel: 'TRUSTED_CONTEXTS' }): Promise<void>;
    }
  )
    .setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' })
    .catch(() => {});
  // Read the dataset and prepare what pages scan with now, so the first editor does not wait.
  const prepare = () => void scanPayload().catch(() => {});
  prepare();
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && changes[DATASET_REVISION_KEY]) prepare();
    if (area === 'managed') void applyPolicy(true);
  });
  void applyPolicy(false);
  void syncRegistration();
  browser.permissions.onAdded.addListener(() => void syncRegistration());
  browser.permissions.onRemoved.addListener(() => void syncRegistration());
  // Chrome opens the side panel from the toolbar button.
  (
    browser as unknown as {
      sidePanel?: { setPanelBehavior(o: { openPanelOnActionClick: boolean }): Promise<void> };
    }
  ).sidePanel
    ?.setPanelBehavior({ openPanelOnActionClick: true })
    .catch(() => {});

  browser.runtime.onMessage.addListener((msg: ToBackground, sender, reply) => {
    switch (msg.type) {
      case 'scan-data':
      case 'tiers':
        (msg.type === 'tiers' ? tiersPayload() : scanPayload()).then(
          (json) => reply({ json } satisfies JsonReply),
          (e: Error) => reply({ error: e.message }),
        );
        return true;
      case 'editor-focused':
        if (sender.tab?.id !== undefined) void browser.storage.session.set({ [EDITOR_TAB]: sender.tab.id });
        return;
      case 'editor-tab':
        browser.storage.session
          .get(EDITOR_TAB)
          .then((v) => reply((v[EDITOR_TAB] as number | undefined) ?? null));
        return true;
    }
  });
});
