// Writes a directory of canonical JSON files, removing the ones no longer produced, and reports what changed.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { canonicalJson } from './paths.ts';

export interface WriteReport {
  written: number;
  unchanged: number;
  removed: number;
}

/** `keep`: names in `files` that are left as they are (listed only so they are not removed). */
export function writeJsonDir(
  dir: string,
  files: Map<string, unknown>,
  keep = new Set<string>(),
): WriteReport {
  mkdirSync(dir, { recursive: true });
  const report: WriteReport = { written: 0, unchanged: 0, removed: 0 };
  for (const [name, value] of files) {
    if (keep.has(name)) continue;
    const path = join(dir, name);
    const text = canonicalJson(value);
    if (existsSync(path) && readFileSync(path, 'utf8') === text) report.unchanged++;
    else {
      writeFileSync(path, text);
      report.written++;
    }
  }
  for (const name of readdirSync(dir)) {
    if (name.endsWith('.json') && !files.has(name)) {
      rmSync(join(dir, name));
      report.removed++;
    }
  }
  return report;
}
