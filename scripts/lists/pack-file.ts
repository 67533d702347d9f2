// Reads one pack named on the command line: a directory with pack.json, or the file itself, with an
// optional `@YYYY-MM-DD` meaning "what was in force on that date".
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Pack } from '../../data/engine/model.ts';
import { parsePack } from '../../data/schema/index.ts';
import { isoDate } from '../lib/args.ts';

export class PackReadError extends Error {}

/** Reads `<dir>`, `<dir>/pack.json` or a pack file, with an optional `@YYYY-MM-DD`. */
export function readPackArg(arg: string): { pack: Pack; asOf: string | undefined } {
  const at = /^(.*)@(\d{4}-\d{2}-\d{2})$/.exec(arg);
  const path = at?.[1] ?? arg;
  const asOf = isoDate(at?.[2], `${arg}: the date after @`);
  const file = existsSync(path) && statSync(path).isDirectory() ? join(path, 'pack.json') : path;
  if (!existsSync(file)) throw new PackReadError(`${arg}: no pack at ${file}`);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new PackReadError(`${file}: not JSON (${(error as Error).message})`);
  }
  const parsed = parsePack(json, file);
  if (!parsed.ok) {
    const lines = parsed.issues.slice(0, 10).map((i) => `  ${i.record} ${i.field}: ${i.message}`);
    throw new PackReadError(`${file}: not a valid pack (run \`cli validate --pack\`):\n${lines.join('\n')}`);
  }
  return { pack: parsed.value, asOf };
}
