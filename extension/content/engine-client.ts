// The content script's engines, built in the page's own tab (where scanning happens), once per page
// and again when the dataset is replaced: the scanner from the dataset without its tiers
// (lib/scan-data.ts, asked of the background, which holds it ready), so first highlights wait for
// less; the lookups the card shows from the same records with the tiers added, loaded when needed.
import { browser } from 'wxt/browser';
import type { Engine, EngineData } from '../../data/engine/api.ts';
import { createEngine } from '../../data/engine/index.ts';
import { createLookup, type Lookup } from '../../data/engine/lookup.ts';
import type { Tier } from '../../data/engine/model.ts';
import type { JsonReply, ToBackground } from '../lib/messages.ts';
import { withTiers } from '../lib/scan-data.ts';

let data: Promise<EngineData> | null = null;
let engine: Promise<Engine> | null = null;
let lookup: Promise<Lookup> | null = null;

function ask<T extends object>(msg: ToBackground): Promise<T> {
  return (browser.runtime.sendMessage(msg) as Promise<T | { error: string } | undefined>).then((reply) => {
    if (!reply || 'error' in reply)
      throw new Error(`discretion-lens: no dataset (${reply?.error ?? 'no reply'})`);
    return reply;
  });
}

function scanData(): Promise<EngineData> {
  if (!data) {
    const pending = ask<JsonReply>({ type: 'scan-data' }).then(({ json }) => JSON.parse(json) as EngineData);
    data = pending;
    pending.catch(() => {
      if (data === pending) data = null;
    });
  }
  return data;
}

export function loadEngine(): Promise<Engine> {
  if (!engine) {
    const pending = scanData().then(createEngine);
    engine = pending;
    pending.catch(() => {
      if (engine === pending) engine = null;
    });
  }
  return engine;
}

export function loadLookup(): Promise<Lookup> {
  if (!lookup) {
    // The scan's records plus the tiers: one copy of the laws and matters per page.
    const pending = Promise.all([scanData(), ask<JsonReply>({ type: 'tiers' })]).then(([scan, tiers]) =>
      createLookup(withTiers(scan, JSON.parse(tiers.json) as Record<string, Tier[]>)),
    );
    lookup = pending;
    pending.catch(() => {
      if (lookup === pending) lookup = null;
    });
  }
  return lookup;
}

export function forgetEngine(): void {
  data = null;
  engine = null;
  lookup = null;
}
