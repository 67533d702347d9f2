// The content script's engine: built from the dataset the background hands over, once per
// page and again when the dataset is replaced. Scanning happens here, in the page's own tab.
import { browser } from 'wxt/browser';
import type { Engine } from '../../data/engine/api.ts';
import { createEngine } from '../../data/engine/index.ts';
import type { DatasetReply, ToBackground } from '../lib/messages.ts';
import { engineData } from '../lib/stored-dataset.ts';

let pending: Promise<Engine> | null = null;

export function loadEngine(): Promise<Engine> {
  if (!pending) {
    const ask: ToBackground = { type: 'dataset' };
    pending = (browser.runtime.sendMessage(ask) as Promise<DatasetReply | { error: string }>).then(
      (reply) => {
        if (!reply || 'error' in reply)
          throw new Error(`discretion-lens: no dataset (${reply?.error ?? 'no reply'})`);
        return createEngine(engineData(reply.set));
      },
    );
    pending.catch(() => {
      pending = null;
    });
  }
  return pending;
}

export function forgetEngine(): void {
  pending = null;
}
