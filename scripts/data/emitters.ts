// Extra files the data build writes beside laws and packs (e.g. the engine's synonyms or a search index).
// Add an emitter to `emitters`; the build hashes its content and lists it in manifest.json.
import type { DataManifest } from '../../data/engine/model.ts';
import { engineEmitter } from '../lib/engine.ts';
import type { Dataset } from './checks/types.ts';

export type Flavour = 'full' | 'widget';
export type FileRole = DataManifest['files'][number]['role'];

export interface EmittedFile {
  /** File stem; the build names it `<stem>.<hash8>.json`. */
  stem: string;
  role: FileRole;
  /** JSON-serialisable content. */
  content: unknown;
}

export type Emitter = (dataset: Dataset, flavour: Flavour) => EmittedFile[];

export const emitters: Emitter[] = [engineEmitter];
