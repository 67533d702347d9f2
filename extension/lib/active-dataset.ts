// The dataset in use: the imported one when there is one, else the one bundled with the
// extension (data/ inside the package, read by URL: no network is involved).
import { browser } from 'wxt/browser';
import type { DataManifest } from '../../data/engine/model.ts';
import { readImported } from './dataset-store.ts';
import type { DatasetReply } from './messages.ts';
import { scanData, tiersByPack } from './scan-data.ts';
import { DATASET_REVISION_KEY } from './settings.ts';
import { engineData, type StoredDataset } from './stored-dataset.ts';
import { stillTrusted, trustedKeys } from './trust.ts';

async function readBundled(): Promise<StoredDataset> {
  const read = async (name: string) => {
    // The packaged files' names are content-hashed, so not among WXT's typed public paths.
    const res = await fetch((browser.runtime.getURL as (path: string) => string)(`/data/${name}`));
    if (!res.ok) throw new Error(`bundled data/${name} is missing`);
    return res.text();
  };
  const manifest = JSON.parse(await read('manifest.json')) as DataManifest;
  const files = new Map<string, string>();
  for (const f of manifest.files ?? []) files.set(f.name, await read(f.name));
  // Trusted by being inside the extension package, which the browser installed as a whole.
  return { manifest, files, importedAt: null, signer: null };
}

let cached: { revision: unknown; reply: Promise<DatasetReply> } | null = null;

/**
 * The active dataset, cached per dataset revision: a page that asks right after an update gets
 * the new data even if this worker has not yet heard of the change.
 */
export async function activeDataset(): Promise<DatasetReply> {
  const revision = (await browser.storage.local.get(DATASET_REVISION_KEY))[DATASET_REVISION_KEY] ?? null;
  if (!cached || cached.revision !== revision) {
    const reply = (async () => {
      const stored = await readImported().catch(() => null);
      // An import whose key is no longer trusted (removed from policy) gives way to the bundled data.
      // (Policy is read only then: the bundled data never waits for the browser's policy service.)
      const imported = stored?.signer && stillTrusted(stored.signer, await trustedKeys()) ? stored : null;
      const set = imported ?? (await readBundled());
      return {
        set,
        info: {
          manifest: set.manifest,
          source: imported ? 'imported' : 'bundled',
          importedAt: set.importedAt,
          signer: set.signer,
        },
      } satisfies DatasetReply;
    })();
    const entry = { revision, reply };
    cached = entry;
    reply.catch(() => {
      if (cached === entry) cached = null;
    });
  }
  return cached.reply;
}

/** Per dataset (its reply object lives as long as the cache keeps it). */
const payloads = new WeakMap<DatasetReply, { scan: string; tiers: string }>();

async function payloadsNow(): Promise<{ scan: string; tiers: string }> {
  const reply = await activeDataset();
  let texts = payloads.get(reply);
  if (texts === undefined) {
    const data = engineData(reply.set);
    texts = { scan: JSON.stringify(scanData(data)), tiers: JSON.stringify(tiersByPack(data)) };
    payloads.set(reply, texts);
  }
  return texts;
}

/**
 * What a page scans with (scan-data.ts) as one JSON text, prepared once per dataset: the page
 * parses one string instead of every file, and never the tiers.
 */
export async function scanPayload(): Promise<string> {
  return (await payloadsNow()).scan;
}

/** The tiers scanPayload leaves out, by pack id, as one JSON text: what the card adds. */
export async function tiersPayload(): Promise<string> {
  return (await payloadsNow()).tiers;
}
