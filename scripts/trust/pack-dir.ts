// A data pack directory (manifest.json, signature.json and the files the manifest lists) read as
// the options page receives it: file name → bytes. Only plain names are read.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isPlainFileName } from '../../data/trust/file-name.ts';
import { SIGNATURE_FILE } from '../../data/trust/signature.ts';

const toArrayBuffer = (b: Buffer): ArrayBuffer =>
  b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;

export function readPackDir(dir: string): Map<string, ArrayBuffer> {
  const files = new Map<string, ArrayBuffer>();
  const manifestPath = join(dir, 'manifest.json');
  if (!existsSync(manifestPath)) return files;
  const manifest = readFileSync(manifestPath);
  files.set('manifest.json', toArrayBuffer(manifest));
  if (existsSync(join(dir, SIGNATURE_FILE)))
    files.set(SIGNATURE_FILE, toArrayBuffer(readFileSync(join(dir, SIGNATURE_FILE))));
  let listed: unknown[] = [];
  try {
    const parsed = JSON.parse(manifest.toString('utf8')) as { files?: unknown };
    listed = Array.isArray(parsed.files) ? parsed.files : [];
  } catch {
    // verifyContents reports it.
  }
  for (const f of listed) {
    const name = (f as { name?: unknown } | null)?.name;
    if (isPlainFileName(name) && existsSync(join(dir, name)))
      files.set(name, toArrayBuffer(readFileSync(join(dir, name))));
  }
  return files;
}
