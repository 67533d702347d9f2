// The engine for extension pages (side panel, options), built from the active dataset.
import { useEffect, useState } from 'preact/hooks';
import type { Engine } from '../../data/engine/api.ts';
import { createEngine } from '../../data/engine/index.ts';
import { activeDataset } from './active-dataset.ts';
import type { DatasetInfo } from './messages.ts';
import { engineData } from './stored-dataset.ts';

export interface Loaded {
  engine: Engine;
  info: DatasetInfo;
}

export async function loadPageEngine(): Promise<Loaded> {
  const { set, info } = await activeDataset();
  return { engine: createEngine(engineData(set)), info };
}

/** The engine, rebuilt when `revision` changes (after a dataset update). */
export function usePageEngine(revision: number): { loaded: Loaded | null; error: string | null } {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    loadPageEngine().then(
      (l) => live && setLoaded(l),
      (e: Error) => live && setError(e.message),
    );
    return () => {
      live = false;
    };
  }, [revision]);
  return { loaded, error };
}
