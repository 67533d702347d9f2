// The README's embed snippet is the one the build writes, with the hash left as a placeholder (the
// real hash changes with every build and is in .output/widget/embed.html).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { embedSnippet, README_BINDING, README_INTEGRITY } from '../../scripts/widget/build.ts';

describe('the README embed snippet', () => {
  it('matches embedSnippet()', () => {
    const readme = readFileSync('README.md', 'utf8');
    const block = /<!-- embed-snippet:start -->\n```html\n([\s\S]*?)\n```\n<!-- embed-snippet:end -->/.exec(
      readme,
    );
    expect(block?.[1]).toBe(embedSnippet(README_INTEGRITY, README_BINDING));
  });

  it('carries integrity and crossorigin, loads async, and names the element', () => {
    const snippet = embedSnippet('sha384-abc', { manifest: 'sha256-def' });
    expect(snippet).toMatch(
      /<script src="[^"]+\/widget\.js" integrity="sha384-abc" data-manifest-integrity="sha256-def" crossorigin="anonymous" async>/,
    );
    expect(embedSnippet('sha384-abc', { publisherKey: 'BAB=' })).toContain('data-publisher-key="BAB="');
    expect(snippet).toContain('<discretion-search></discretion-search>');
  });
});
