// Dataset packs for the options page's update flow, made from the bundled data build: a good
// one (re-versioned, one pack dropped, hashes recomputed), a corrupt one (not JSON, hashes
// consistent) and a tampered one (a byte changed after hashing).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { DataManifest } from '../../../data/engine/model.ts';

const DATA = resolve('.output/chrome-mv3-e2e/data');

export interface PackFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

const file = (name: string, text: string): PackFile => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(text),
});
const sha = (text: string) => createHash('sha256').update(text).digest('hex');

export function bundledManifest(): DataManifest {
  return JSON.parse(readFileSync(join(DATA, 'manifest.json'), 'utf8')) as DataManifest;
}

function build(
  manifest: DataManifest,
  texts: Map<string, string>,
  lie?: (m: DataManifest) => void,
): PackFile[] {
  manifest.files = manifest.files.map((f) => {
    const text = texts.get(f.name) ?? readFileSync(join(DATA, f.name), 'utf8');
    return { ...f, sha256: sha(text), bytes: Buffer.byteLength(text) };
  });
  const files = manifest.files.map((f) =>
    file(f.name, texts.get(f.name) ?? readFileSync(join(DATA, f.name), 'utf8')),
  );
  lie?.(manifest);
  return [file('manifest.json', JSON.stringify(manifest)), ...files];
}

/** A valid update: a new version without the illustrative city pack. */
export function goodPack(version: string): PackFile[] {
  const m = bundledManifest();
  m.datasetVersion = version;
  m.files = m.files.filter((f) => !f.name.startsWith('pack-tongliao'));
  return build(m, new Map());
}

/** A pack file that is not JSON, though the manifest's hashes match it. */
export function corruptPack(): PackFile[] {
  const m = bundledManifest();
  m.datasetVersion = 'corrupt';
  const pack = m.files.find((f) => f.role === 'pack');
  if (!pack) throw new Error('no pack in the bundled data');
  return build(m, new Map([[pack.name, '{"id": "national", "matters": [']]));
}

/** A pack changed after the manifest was made: one fine amount altered. */
export function tamperedPack(): PackFile[] {
  const m = bundledManifest();
  m.datasetVersion = 'tampered';
  const pack = m.files.find((f) => f.role === 'pack');
  if (!pack) throw new Error('no pack in the bundled data');
  const original = readFileSync(join(DATA, pack.name), 'utf8');
  const files = build(m, new Map());
  const tampered = original.replace('"max":100000', '"max":1000000');
  if (tampered === original) throw new Error('nothing to tamper with');
  return files.map((f) => (f.name === pack.name ? file(f.name, tampered) : f));
}

/** A valid update holding the statutes only (no matters, tiers or lists). */
export function lawsOnlyPack(version: string): PackFile[] {
  const m = bundledManifest();
  m.datasetVersion = version;
  m.files = m.files.filter((f) => f.role === 'laws');
  return build(m, new Map());
}
