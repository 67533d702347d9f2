// The content script's engines, built in the page's own tab (where scanning happens), once per page
// and again when the dataset is replaced: the scanner from the dataset without its tiers
// (lib/scan-data.ts, read from storage.session: lib/scan-store.ts), so first highlights wait for
// less; the lookups the card shows (tiers included) from the whole dataset, loaded when needed.
import { browser } from 'wxt/browser';
import type { Engine, EngineData } from '../../data/engine/api.ts';
import { createEngine } from '../../data/engine/index.ts';
import { createLookup, type Lookup } from '../../data/engine/lookup.ts';
import type { DatasetReply, ScanDataReply, ToBackground } from '../lib/messages.ts';
import { publishedScanData } from '../lib/scan-store.ts';
import { engineData } from '../lib/stored-dataset.ts';

let engine: Promise<Engine> | null = null;
let lookup: Promise<Lookup> | null = null;

function ask<T extends object>(msg: ToBackground): Promise<T> {
  return (browser.runtime.sendMessage(msg) as Promise<T | { error: string } | undefined>).then((reply) => {
    if (!reply || 'error' in reply)
      throw new Error(`discretion-lens: no dataset (${reply?.error ?? 'no reply'})`);
    return reply;
  });
}

export function loadEngine(): Promise<Engine> {
  if (!engine) {
    const pending = publishedScanData()
      .then(async (json) => json ?? (await ask<ScanDataReply>({ type: 'scan-data' })).json)
      .then((json) => createEngine(JSON.parse(json) as EngineData));
    engine = pending;
    pending.catch(() => {
      if (engine === pending) engine = null;
    });
  }
  return engine;
}

export function loadLookup(): Promise<Lookup> {
  if (!lookup) {
    const pending = ask<DatasetReply>({ type: 'dataset' }).then((r) => createLookup(engineData(r.set)));
    lookup = pending;
    pending.catch(() => {
      if (lookup === pending) lookup = null;
    });
  }
  return lookup;
}

export function forgetEngine(): void {
  engine = null;
  lookup = null;
}
