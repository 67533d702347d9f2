// Settings an organization sets by enterprise policy (storage.managed, described by
// public/managed-schema.json). Policy values are read strictly: a malformed entry is dropped,
// never guessed; what policy sets, the options page shows locked.
import { browser } from 'wxt/browser';
import type { ListKind } from '../../data/engine/model.ts';
import { LIST_KINDS } from '../../data/engine/vocabulary.ts';
import type { TrustedKey } from '../../data/trust/signature.ts';
import { DATASET_REVISION_KEY, TEMPLATE_KEY } from './settings.ts';
import { sitePattern } from './sites.ts';

export interface Policy {
  /** Match patterns of the sites policy enables (as sitePattern writes them). */
  enabledSites: string[] | null;
  trustedKeys: TrustedKey[];
  citationTemplate: string | null;
  defaultLists: ListKind[] | null;
}

const strings = (v: unknown): string[] | null =>
  Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : null;

export function parsePolicy(raw: Record<string, unknown>): Policy {
  const sites = strings(raw.enabledSites);
  const lists = strings(raw.defaultLists);
  const keys = Array.isArray(raw.trustedKeys) ? raw.trustedKeys : [];
  return {
    enabledSites: sites?.map(sitePattern).filter((p): p is string => p !== null) ?? null,
    trustedKeys: keys.flatMap((k) => {
      const { signer, publicKey } = (k ?? {}) as Partial<TrustedKey>;
      return typeof signer === 'string' && signer.trim() && typeof publicKey === 'string'
        ? [{ signer, publicKey }]
        : [];
    }),
    citationTemplate: typeof raw.citationTemplate === 'string' ? raw.citationTemplate : null,
    defaultLists: lists?.filter((l): l is ListKind => (LIST_KINDS as readonly string[]).includes(l)) ?? null,
  };
}

/** The policy in force; empty where the browser has none (Firefox throws without a policy). */
export async function readPolicy(): Promise<Policy> {
  const raw = await browser.storage.managed.get().catch(() => ({}));
  return parsePolicy(raw as Record<string, unknown>);
}

/**
 * Makes the stored settings follow policy: the citation template every part reads from
 * storage.local. Called at start and when policy changes; a policy change also bumps the dataset
 * revision, since the trusted keys (and so the usable import) may have changed.
 */
export async function applyPolicy(changed: boolean): Promise<void> {
  const policy = await readPolicy();
  if (policy.citationTemplate !== null)
    await browser.storage.local.set({ [TEMPLATE_KEY]: policy.citationTemplate });
  if (changed) await browser.storage.local.set({ [DATASET_REVISION_KEY]: Date.now() });
}
