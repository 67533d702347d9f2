// Dataset packs for the options page's update flow, made from the bundled data build and signed
// with the test key the e2e build trusts: a good one (re-versioned, one pack dropped, hashes
// recomputed), a corrupt one (not JSON, hashes consistent), a tampered one (a byte changed after
// signing), and the refusals by cause: unsigned, signed by another key, a `__proto__` entry.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { DataManifest } from '../../../data/engine/model.ts';
import { generateKeyPair, signManifest } from '../../../data/trust/signature.ts';
import { readPrivateKey } from '../../../scripts/trust/key-files.ts';

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

const TEST_KEY = resolve('test/fixtures/keys/private-key.pem');

/** Signs the pack's manifest (the first file) with a PKCS#8 key: the test key unless given. */
async function signed(files: PackFile[], pkcs8 = readPrivateKey(TEST_KEY)): Promise<PackFile[]> {
  const [manifest] = files;
  if (!manifest) throw new Error('no manifest');
  const signature = await signManifest(new Uint8Array(manifest.buffer), new Uint8Array(pkcs8));
  return [...files, file('signature.json', JSON.stringify(signature))];
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
function goodUnsigned(version: string): PackFile[] {
  const m = bundledManifest();
  m.datasetVersion = version;
  m.files = m.files.filter((f) => !f.name.startsWith('pack-tongliao'));
  return build(m, new Map());
}

export function goodPack(version: string): Promise<PackFile[]> {
  return signed(goodUnsigned(version));
}

/** The good pack with no signature. */
export function unsignedPack(version: string): PackFile[] {
  return goodUnsigned(version);
}

/** The good pack signed by a key nobody configured. */
export async function otherKeyPack(version: string): Promise<PackFile[]> {
  return signed(goodUnsigned(version), new Uint8Array((await generateKeyPair()).pkcs8));
}

/** A signed pack whose manifest also lists a file named `__proto__`. */
export function protoPack(version: string): Promise<PackFile[]> {
  const m = bundledManifest();
  m.datasetVersion = version;
  return signed(
    build(m, new Map(), (lied) => {
      lied.files.push({ name: '__proto__', role: 'pack', sha256: '0'.repeat(64), bytes: 2 });
    }).concat(file('__proto__', '{}')),
  );
}

/** A pack file that is not JSON, though the manifest's hashes match it. */
export function corruptPack(): Promise<PackFile[]> {
  const m = bundledManifest();
  m.datasetVersion = 'corrupt';
  const pack = m.files.find((f) => f.role === 'pack');
  if (!pack) throw new Error('no pack in the bundled data');
  return signed(build(m, new Map([[pack.name, '{"id": "national", "matters": [']])));
}

/** A pack changed after the manifest was made: one fine amount altered. */
export async function tamperedPack(): Promise<PackFile[]> {
  const m = bundledManifest();
  m.datasetVersion = 'tampered';
  const pack = m.files.find((f) => f.role === 'pack');
  if (!pack) throw new Error('no pack in the bundled data');
  const original = readFileSync(join(DATA, pack.name), 'utf8');
  const files = await signed(build(m, new Map()));
  const tampered = original.replace('"max":100000', '"max":1000000');
  if (tampered === original) throw new Error('nothing to tamper with');
  return files.map((f) => (f.name === pack.name ? file(f.name, tampered) : f));
}

/** A valid update holding the statutes only (no matters, tiers or lists). */
export function lawsOnlyPack(version: string): Promise<PackFile[]> {
  const m = bundledManifest();
  m.datasetVersion = version;
  m.files = m.files.filter((f) => f.role === 'laws');
  return signed(build(m, new Map()));
}
