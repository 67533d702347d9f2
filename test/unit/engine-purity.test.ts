// The engine runs in Node, vitest, the extension and the widget: it must stay pure TypeScript, with no
// DOM, no Node built-ins and no imports from the faces.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIR = join(import.meta.dirname, '../../data/engine');
const files = readdirSync(DIR).filter((f) => f.endsWith('.ts'));

describe('engine purity', () => {
  it.each(files)('%s imports no Node built-in, no face and no DOM', (file) => {
    const src = readFileSync(join(DIR, file), 'utf8');
    const imports = [...src.matchAll(/^import[^;]*?from '([^']+)'/gm)].map((m) => m[1] ?? '');
    for (const spec of imports) {
      expect(spec, `${file} imports ${spec}`).not.toMatch(/^node:|^(fs|path|url|os|child_process)$/);
      expect(spec, `${file} imports ${spec}`).not.toMatch(/(^|\/)(extension|widget|scripts)\//);
    }
    // Code only (comments may name them): no browser globals.
    const code = src.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    expect(code, file).not.toMatch(/\b(window|document|localStorage|navigator)\./);
  });
});
