// Extension pages reach the page that last had an editor in focus through its tab id.
import { browser } from 'wxt/browser';
import type { ToBackground, ToContent } from './messages.ts';

export async function sendToEditor<T>(msg: ToContent): Promise<T | null> {
  const ask: ToBackground = { type: 'editor-tab' };
  const tabId = (await browser.runtime.sendMessage(ask)) as number | null;
  if (tabId === null || tabId === undefined) return null;
  try {
    return ((await browser.tabs.sendMessage(tabId, msg, { frameId: 0 })) as T) ?? null;
  } catch {
    return null;
  }
}
