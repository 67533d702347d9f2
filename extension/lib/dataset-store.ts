// The imported dataset in IndexedDB (extension origin). One record under one key, written in
// one transaction: a replacement is atomic, and a failed one leaves the current data as it was.
import { type DBSchema, openDB } from 'idb';
import type { StoredDataset } from './stored-dataset.ts';

interface Schema extends DBSchema {
  dataset: { key: 'active'; value: StoredDataset };
}

const db = () =>
  openDB<Schema>('discretion-lens', 1, {
    upgrade(d) {
      d.createObjectStore('dataset');
    },
  });

/**
 * The imported dataset, or null. A record from before imports were signed (files kept in a
 * plain object, no signer) is not used: nobody vouched for it.
 */
export async function readImported(): Promise<StoredDataset | null> {
  const set = (await (await db()).get('dataset', 'active')) ?? null;
  return set && set.files instanceof Map && set.signer ? set : null;
}

export async function writeImported(set: StoredDataset): Promise<void> {
  const d = await db();
  const tx = d.transaction('dataset', 'readwrite');
  await tx.store.put(set, 'active');
  await tx.done;
}

export async function clearImported(): Promise<void> {
  await (await db()).delete('dataset', 'active');
}
