// The engine as the CLI and the build use it: the committed dataset, the synonym table, the search
// vocabulary and the search index with pinyin (computed here, in Node, so the faces never load pinyin-pro).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EngineData } from '../../data/engine/api.ts';
import type { Vocabulary } from '../../data/engine/search-docs.ts';
import { buildSearchIndex } from '../../data/engine/search-index.ts';
import type { Dataset } from '../data/checks/types.ts';
import type { Emitter } from '../data/emitters.ts';
import { loadDataset } from '../data/load.ts';
import { DATA_DIR } from '../data/paths.ts';

export const SYNONYMS_FILE = join(DATA_DIR, 'synonyms.json');
export const VOCABULARY_FILE = join(DATA_DIR, 'vocabulary.json');

/** The search vocabulary (data/vocabulary.json), checked for shape. */
export function loadVocabulary(): Vocabulary {
  const json = JSON.parse(readFileSync(VOCABULARY_FILE, 'utf8')) as Partial<Vocabulary> | null;
  const strings = (v: unknown) =>
    Array.isArray(v) && v.every((s) => typeof s === 'string' && s.trim() !== '');
  if (!json || !strings(json.ignore) || !Array.isArray(json.entries)) {
    throw new Error(`${VOCABULARY_FILE} must have "ignore" (strings) and "entries"`);
  }
  json.entries.forEach((e, i) => {
    if (
      !strings(e.say) ||
      !strings(e.means) ||
      !strings(e.for) ||
      !e.say.length ||
      !e.means.length ||
      !e.for.length
    ) {
      throw new Error(`${VOCABULARY_FILE}: entry ${i + 1} needs non-empty "say", "means" and "for"`);
    }
  });
  return { ignore: json.ignore as string[], entries: json.entries };
}

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
  const data: EngineData = {
    laws: dataset.laws,
    packs: dataset.packs,
    synonyms,
    vocabulary: loadVocabulary(),
  };
  return options.search === false ? data : { ...data, searchIndex: buildSearchIndex(data) };
}

/** Build hook: the synonym table and the search index, beside laws and packs in both flavours. */
export const engineEmitter: Emitter = (dataset) => {
  const synonyms = loadSynonyms();
  return [
    { stem: 'synonyms', role: 'synonyms', content: synonyms },
    {
      stem: 'search-index',
      role: 'search-index',
      content: buildSearchIndex({ ...dataset, synonyms, vocabulary: loadVocabulary() }),
    },
  ];
};
