// The README's layout map is the newcomer's first page: it must name every source folder there is.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';

const readme = readFileSync('README.md', 'utf8');
const map = /<!-- layout:start -->([\s\S]*?)<!-- layout:end -->/.exec(readme)?.[1] ?? '';

/** Folders named in the map, as full paths (indentation gives the parent). */
function mapped(): Set<string> {
  const out = new Set<string>();
  let parent = '';
  for (const line of map.split('\n')) {
    const m = /^( *)([\w.-]+)\/ /.exec(line);
    if (!m) continue;
    if ((m[1] ?? '').length === 0) parent = `${m[2]}`;
    out.add((m[1] ?? '').length === 0 ? `${m[2]}` : `${parent}/${m[2]}`);
  }
  return out;
}

/** Tracked folders one and two levels down in the five top-level folders. */
function folders(): string[] {
  const files = execFileSync('git', ['ls-files', '-z', 'data', 'scripts', 'extension', 'widget', 'test'], {
    encoding: 'utf8',
  }).split('\0');
  const out = new Set<string>();
  for (const f of files.filter(Boolean)) {
    const parts = dirname(f).split('/');
    if (parts[0] && parts[0] !== '.') out.add(parts[0]);
    if (parts.length >= 2) out.add(`${parts[0]}/${parts[1]}`);
  }
  return [...out].sort();
}

describe('the README layout map', () => {
  it('names every source folder (two levels deep)', () => {
    const named = mapped();
    expect(folders().filter((f) => !named.has(f))).toEqual([]);
  });

  it('names no folder that does not exist', () => {
    const existing = new Set(folders());
    expect([...mapped()].filter((f) => !existing.has(f))).toEqual([]);
  });
});
