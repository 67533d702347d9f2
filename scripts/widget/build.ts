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

/** The embed snippet the README shows; a test keeps the two in sync. */
export function embedSnippet(
  integrity: string,
  base = 'https://portal.example.gov.cn/discretion-lens',
): string {
  return [
    `<script src="${base}/widget.js" integrity="${integrity}" crossorigin="anonymous" async></script>`,
    '<discretion-search></discretion-search>',
  ].join('\n');
}

export async function buildWidget(outDir: string, dataDir: string): Promise<void> {
  await build({ configFile: 'widget/vite.config.ts', logLevel: 'warn', build: { outDir: resolve(outDir) } });
  cpSync(dataDir, join(outDir, 'data'), { recursive: true });
  writeFileSync(join(outDir, 'embed.html'), `${embedSnippet(sriOf(join(outDir, 'widget.js')))}\n`);
}
