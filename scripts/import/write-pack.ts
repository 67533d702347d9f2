// Writes an imported pack as <dir>/pack.json through a temporary file, so a failure never leaves half a
// pack: the temporary file is removed on failure and on SIGINT/SIGTERM, and one left by a process that
// was killed outright (SIGKILL, a power cut) is swept by the next import into the same directory.
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Pack } from '../../data/engine/model.ts';
import { canonicalJson } from '../data/paths.ts';

export function packPath(dir: string): string {
  return join(dir, 'pack.json');
}

const STALE = /^pack\.json\.tmp-(\d+)$/;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes the temporary files of imports that no longer run; returns their names. */
export function sweepStale(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const swept: string[] = [];
  for (const name of readdirSync(dir)) {
    const pid = STALE.exec(name)?.[1];
    if (pid === undefined || (Number(pid) !== process.pid && alive(Number(pid)))) continue;
    rmSync(join(dir, name), { force: true });
    swept.push(name);
  }
  return swept;
}

export async function writePack(dir: string, pack: Pack): Promise<string> {
  const path = packPath(dir);
  const tmp = `${path}.tmp-${process.pid}`;
  const interrupted = (signal: NodeJS.Signals) => {
    rmSync(tmp, { force: true });
    console.error(`import: interrupted by ${signal}; nothing written`);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  try {
    mkdirSync(dir, { recursive: true });
    await writeFile(tmp, canonicalJson(pack));
    await rename(tmp, path);
    return path;
  } finally {
    rmSync(tmp, { force: true });
    process.off('SIGINT', interrupted);
    process.off('SIGTERM', interrupted);
  }
}

export function packExists(dir: string): boolean {
  return existsSync(packPath(dir));
}
