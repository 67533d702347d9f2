// Where the data lives. The statute source texts are vendored byte for byte in data/sources/laws (new texts
// arrive in ../shared/laws and are copied there); DL_LAWS_DIR or
// --laws overrides it. Everything the product needs is committed under data/.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const DATA_DIR = join(REPO_ROOT, 'data');
export const LAWS_DIR = join(DATA_DIR, 'laws');
export const MATTERS_DIR = join(DATA_DIR, 'matters');
export const PACKS_DIR = join(DATA_DIR, 'packs');

export function sourceLawsDir(flag?: string): string {
  return resolve(flag ?? process.env.DL_LAWS_DIR ?? join(DATA_DIR, 'sources', 'laws'));
}

/** Canonical JSON formatting of every committed data file. */
export function canonicalJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
