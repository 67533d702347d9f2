// One loaded dataset and its engine, shared by every widget on the page that reads the same data.
// A failed load is forgotten so the next focus (or the retry button) tries again.
import { createLookup, type Lookup } from '../../data/engine/lookup.ts';
import type { DataManifest, ListItem, Tier } from '../../data/engine/model.ts';
import { loadData } from './loader.ts';

export interface Session {
  /** The engine's lookups; the widget never scans, so it carries no scanner. */
  engine: Lookup;
  manifest: DataManifest;
  listItems: Map<string, ListItem>;
  tiers: Map<string, Tier>;
}

const sessions = new Map<string, Promise<Session>>();

export function openSession(dataBase: string, schemaVersion: number): Promise<Session> {
  let session = sessions.get(dataBase);
  if (!session) {
    session = loadData(dataBase, schemaVersion).then(({ manifest, data }) => ({
      engine: createLookup(data),
      manifest,
      listItems: new Map(data.packs.flatMap((p) => p.lists.map((l) => [l.id, l] as const))),
      tiers: new Map(data.packs.flatMap((p) => p.tiers.map((t) => [t.id, t] as const))),
    }));
    sessions.set(dataBase, session);
    session.catch(() => sessions.delete(dataBase));
  }
  return session;
}
