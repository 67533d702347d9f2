// Messages between the extension's parts. The page's text never leaves its tab: content
// scripts ask for the dataset and scan locally; other parts get only what is shown.
import type { DataManifest } from '../../data/engine/model.ts';
import type { Signer, StoredDataset } from './stored-dataset.ts';

export interface DatasetInfo {
  manifest: DataManifest;
  source: 'bundled' | 'imported';
  importedAt: string | null;
  /** Who signed an imported dataset; null for the bundled one. */
  signer: Signer | null;
}

/** One recognized span as the side panel lists it. */
export interface FoundItem {
  index: number;
  kind: 'resolved' | 'problem' | 'list';
  type: 'reference' | 'fine' | 'mention' | 'document';
  /** What was found, in words built from the engine's data (no text copied from the page). */
  text: string;
  label: string;
}

export interface EditorState {
  items: FoundItem[];
  asOf: string;
  actDate: string | null;
  /** The as-of date chosen in the side panel, if any. */
  override: string | null;
}

export type ToBackground =
  | { type: 'scan-data' }
  | { type: 'tiers' }
  | { type: 'editor-focused' }
  | { type: 'editor-tab' };

export type ToContent =
  | { type: 'editor-state' }
  | { type: 'set-as-of'; date: string | null }
  | { type: 'show-item'; index: number }
  | { type: 'insert'; text: string };

/** The active dataset as file texts, and what it is. */
export interface DatasetReply {
  set: StoredDataset;
  info: DatasetInfo;
}

/** What a page scans with, or the tiers it leaves out (lib/scan-data.ts), as one JSON text: one
 * long string crosses the message channel far faster than the parsed records would. */
export interface JsonReply {
  json: string;
}
