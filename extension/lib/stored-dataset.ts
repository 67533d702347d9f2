// A dataset as the extension stores it, and what the engine is built from. Kept apart from the
// verification (which pulls in the schema validators) so the service worker stays small.
import type { EngineData } from '../../data/engine/api.ts';
import type { DataManifest, LawVersion, Pack } from '../../data/engine/model.ts';
import { joinPackParts } from '../../data/engine/pack-parts.ts';
import type { SearchIndex } from '../../data/engine/search-docs.ts';

/** Who vouched for an imported dataset: the trusted key's name and id. */
export interface Signer {
  name: string;
  keyId: string;
}

export interface StoredDataset {
  manifest: DataManifest;
  /** File name → its text, exactly as verified (a Map: names come from the pack). */
  files: ReadonlyMap<string, string>;
  importedAt: string | null;
  /** The key that signed an imported dataset; null for the data inside the extension package. */
  signer: Signer | null;
}

/** Turns a manifest's files into what the engine takes (records are trusted: verified on entry). */
export function engineData(set: StoredDataset): EngineData {
  const laws: LawVersion[] = [];
  const packs: Pack[] = [];
  let synonyms: Record<string, string[]> | undefined;
  let searchIndex: SearchIndex | undefined;
  for (const f of set.manifest.files) {
    const text = set.files.get(f.name);
    if (text === undefined) continue;
    if (f.role === 'laws') laws.push(...(JSON.parse(text) as LawVersion[]));
    else if (f.role === 'pack') packs.push(JSON.parse(text) as Pack);
    else if (f.role === 'synonyms') synonyms = JSON.parse(text) as Record<string, string[]>;
    // The build's search index: pinyin and the vocabulary for the side panel's search.
    else if (f.role === 'search-index') searchIndex = JSON.parse(text) as SearchIndex;
  }
  return {
    laws,
    packs: joinPackParts(packs),
    ...(synonyms && { synonyms }),
    ...(searchIndex && { searchIndex }),
  };
}
