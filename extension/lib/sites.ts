// Per-site access: the user grants an origin (optional host permission) and the content script
// is registered for exactly the granted origins. Nothing is requested at install.
import { browser } from 'wxt/browser';

const SCRIPT_ID = 'discretion-lens';
const SCRIPT_FILE = 'content-scripts/content.js';

/** A host name of DNS labels (after the URL parser's punycode), an IPv4 or a bracketed IPv6 address. */
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const IPV6 = /^\[[0-9a-f:.]+\]$/;

/**
 * The match pattern for one site the user typed: scheme and host, every path (ports are not
 * matched). Wildcards, user names and anything that is not plainly one host are refused: the
 * grant must cover the case system and nothing else.
 */
export function sitePattern(input: string): string | null {
  const typed = input.trim();
  if (typed === '' || /[*\s]/.test(typed)) return null;
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(typed) && typed.includes('://') ? typed : `https://${typed}`);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username || url.password) return null;
  const host = url.hostname;
  if (!IPV6.test(host) && !host.split('.').every((label) => LABEL.test(label))) return null;
  return `${url.protocol}//${host}/*`;
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
