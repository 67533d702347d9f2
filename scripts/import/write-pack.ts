// Writes an imported pack as <dir>/pack.json, through a temporary file so a failure never leaves half a pack.
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Pack } from '../../data/engine/model.ts';
import { canonicalJson } from '../data/paths.ts';

export function packPath(dir: string): string {
  return join(dir, 'pack.json');
}

export function writePack(dir: string, pack: Pack): string {
  mkdirSync(dir, { recursive: true });
  const path = packPath(dir);
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, canonicalJson(pack));
  renameSync(tmp, path);
  return path;
}

export function packExists(dir: string): boolean {
  return existsSync(packPath(dir));
}
