// `npm run build`: data packs, then the extension (Chrome, Firefox) and the widget.
// `npm run build:e2e`: data packs and the Chrome build granted the loopback hosts (tests only).
import { execFileSync } from 'node:child_process';
import { buildData } from './data/build.ts';
import { buildWidget } from './widget/build.ts';

const e2e = process.argv.includes('--e2e');

function wxt(args: string[], env: Record<string, string> = {}): void {
  execFileSync('npx', ['wxt', 'build', ...args], { stdio: 'inherit', env: { ...process.env, ...env } });
}

await buildData('.output/data');
if (e2e) {
  wxt([], { DL_E2E: '1' });
} else {
  wxt([]);
  wxt(['-b', 'firefox']);
  await buildWidget('.output/widget', '.output/data/widget');
}
