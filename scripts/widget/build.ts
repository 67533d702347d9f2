// Builds the widget bundle and lays its data and embed snippet beside it.
import { createHash } from 'node:crypto';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';

export function sriOf(file: string): string {
  return `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;
}

/** What the README shows in place of the hash, which changes with every build. */
export const README_INTEGRITY = 'sha384-…';

/** What the snippet binds the data to: the build's own manifest, or a publisher's key. */
export type SnippetBinding = { manifest: string } | { publisherKey: string };

/** What the README shows in place of the manifest's hash. */
export const README_BINDING: SnippetBinding = { manifest: 'sha256-…' };

/** The embed snippet the README shows; a test keeps the two in sync. */
export function embedSnippet(
  integrity: string,
  binding: SnippetBinding,
  base = 'https://portal.example.gov.cn/discretion-lens',
): string {
  const bound =
    'manifest' in binding
      ? `data-manifest-integrity="${binding.manifest}"`
      : `data-publisher-key="${binding.publisherKey}"`;
  return [
    `<script src="${base}/widget.js" integrity="${integrity}" ${bound} crossorigin="anonymous" async></script>`,
    '<discretion-search></discretion-search>',
  ].join('\n');
}

/**
 * Builds widget.js, copies the data beside it and writes embed.html, which pins this build's data
 * manifest; with a publisher key also embed-signed.html, for a portal that publishes signed updates
 * (`cli sign <out>/data --key …`) without rebuilding.
 */
export async function buildWidget(
  outDir: string,
  dataDir: string,
  options: { publisherKey?: string } = {},
): Promise<void> {
  await build({ configFile: 'widget/vite.config.ts', logLevel: 'warn', build: { outDir: resolve(outDir) } });
  cpSync(dataDir, join(outDir, 'data'), { recursive: true });
  const integrity = sriOf(join(outDir, 'widget.js'));
  const manifest = `sha256-${createHash('sha256')
    .update(readFileSync(join(outDir, 'data/manifest.json')))
    .digest('base64')}`;
  writeFileSync(join(outDir, 'embed.html'), `${embedSnippet(integrity, { manifest })}\n`);
  if (options.publisherKey)
    writeFileSync(
      join(outDir, 'embed-signed.html'),
      `${embedSnippet(integrity, { publisherKey: options.publisherKey })}\n`,
    );
}
