// What the widget bundle may pull in: its own modules, the engine's lookups, preact and fuse.js —
// never zod (runtime schemas), pinyin-pro (pinyin is computed at build time) or the scanner.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every module reachable from `entry` by static and dynamic imports; bare specifiers as written. */
function graph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const source = readFileSync(file, 'utf8');
    for (const [statement, spec] of source.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/g)) {
      // Type-only imports vanish from the bundle.
      if (!spec || /^(import|export)\s+type\s/.test(statement)) continue;
      if (spec.startsWith('.')) {
        const target = resolve(dirname(file), spec);
        if (existsSync(target)) visit(target);
      } else
        packages.add(
          spec
            .split('/')
            .slice(0, spec.startsWith('@') ? 2 : 1)
            .join('/'),
        );
    }
    for (const [, spec] of source.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)) {
      if (spec?.startsWith('.')) visit(resolve(dirname(file), spec));
    }
  };
  visit(resolve(entry));
  return { files, packages };
}

describe('the widget bundle’s imports', () => {
  const { files, packages } = graph('widget/src/main.tsx');

  it('uses only preact and fuse.js from npm', () => {
    expect([...packages].sort()).toEqual(['fuse.js', 'preact']);
  });

  it('reaches the engine’s lookups but not its scanner, recognizer, schemas or pinyin', () => {
    const engine = [...files]
      .filter((f) => f.includes('/data/'))
      .map((f) => f.replace(/.*\/data\//, 'data/'));
    expect(engine).toContain('data/engine/lookup.ts');
    for (const banned of ['index.ts', 'scanner.ts', 'recognize.ts', 'search-index.ts', 'penalty-parser.ts']) {
      expect(engine).not.toContain(`data/engine/${banned}`);
    }
    expect(engine.some((f) => f.startsWith('data/schema/'))).toBe(false);
  });
});
