// Per-site access: the user grants an origin (optional host permission) and the content script
// is registered for exactly the granted origins. Nothing is requested at install.
import { browser } from 'wxt/browser';

const SCRIPT_ID = 'discretion-lens';
const SCRIPT_FILE = 'content-scripts/content.js';

/** The match pattern for a site the user typed: scheme and host, every path (ports are not matched). */
export function sitePattern(input: string): string | null {
  let url: URL;
  try {
    url = new URL(/^[a-z]+:\/\//i.test(input.trim()) ? input.trim() : `https://${input.trim()}`);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  return `${url.protocol}//${url.hostname}/*`;
}

/** Granted origins that the manifest's own content scripts do not already cover. */
export async function grantedSites(): Promise<string[]> {
  const granted = (await browser.permissions.getAll()).origins ?? [];
  const declared = new Set(
    browser.runtime.getManifest().content_scripts?.flatMap((c) => c.matches ?? []) ?? [],
  );
  return granted.filter((o) => !declared.has(o));
}

/** Makes the registered content script match the granted origins. */
export async function syncRegistration(): Promise<string[]> {
  const sites = await grantedSites();
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (sites.length === 0) {
    if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
    return sites;
  }
  const script = {
    id: SCRIPT_ID,
    matches: sites,
    js: [SCRIPT_FILE],
    allFrames: true,
    runAt: 'document_idle' as const,
  };
  if (existing.length > 0) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([{ ...script, persistAcrossSessions: true }]);
  return sites;
}
