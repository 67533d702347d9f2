// The engine as the CLI and the build use it: the committed dataset, the synonym table and the search
// index with pinyin (computed here, in Node, so the faces never load pinyin-pro).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EngineData } from '../../data/engine/api.ts';
import { buildSearchIndex } from '../../data/engine/search-index.ts';
import type { Dataset } from '../data/checks/types.ts';
import type { Emitter } from '../data/emitters.ts';
import { loadDataset } from '../data/load.ts';
import { DATA_DIR } from '../data/paths.ts';

export const SYNONYMS_FILE = join(DATA_DIR, 'synonyms.json');

export function loadSynonyms(): Record<string, string[]> {
  const json: unknown = JSON.parse(readFileSync(SYNONYMS_FILE, 'utf8'));
  if (
    !json ||
    typeof json !== 'object' ||
    !Object.values(json).every((v) => Array.isArray(v) && v.every((s) => typeof s === 'string'))
  ) {
    throw new Error(`${SYNONYMS_FILE} must map each term to an array of strings`);
  }
  return json as Record<string, string[]>;
}

/** The engine's input, with the search index (pinyin for every record) unless `search: false`. */
export function engineData(dataset: Dataset = loadDataset(), options: { search?: boolean } = {}): EngineData {
  const synonyms = loadSynonyms();
  const data: EngineData = { laws: dataset.laws, packs: dataset.packs, synonyms };
  return options.search === false ? data : { ...data, searchIndex: buildSearchIndex(data) };
}

/** Build hook: the synonym table and the search index, beside laws and packs in both flavours. */
export const engineEmitter: Emitter = (dataset) => {
  const synonyms = loadSynonyms();
  return [
    { stem: 'synonyms', role: 'synonyms', content: synonyms },
    { stem: 'search-index', role: 'search-index', content: buildSearchIndex({ ...dataset, synonyms }) },
  ];
};
