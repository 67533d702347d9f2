// `npm start` (after the build): serves the demo case system and the demo portal on loopback.
// `--open` also launches Chromium with the built extension loaded, where a display exists.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findChromium } from './lib/chromium.ts';
import { mounts } from './lib/mounts.ts';
import { startStaticServer } from './lib/static-server.ts';

const port = Number(process.env.PORT ?? 8787);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number, got "${process.env.PORT}"`);
  process.exit(2);
}
const server = await startStaticServer(mounts, port);
const address = server.address();
const actual = typeof address === 'object' && address ? address.port : port;
const base = `http://127.0.0.1:${actual}`;
const extensionDir = resolve('.output/chrome-mv3');

console.log(`discretion-lens demo serving on ${base}
  case system (drafting a 行政处罚决定书): ${base}/case-system.html
  portal with the search widget:          ${base}/portal.html

Load the extension: open chrome://extensions, turn on Developer mode, "Load unpacked" and pick
  ${extensionDir}
then open the extension's options and enable it for ${base}.
Press Ctrl+C to stop.`);

if (process.argv.includes('--open')) {
  const chromium = findChromium();
  if (!process.env.DISPLAY && process.platform === 'linux') {
    console.log('--open: no display here (DISPLAY is unset); open the URLs above in a browser instead.');
  } else if (!chromium || !existsSync(extensionDir)) {
    console.log('--open: Chromium or the built extension was not found; see the instructions above.');
  } else {
    const profile = mkdtempSync(join(tmpdir(), 'discretion-lens-'));
    spawn(
      chromium,
      [
        `--user-data-dir=${profile}`,
        `--disable-extensions-except=${extensionDir}`,
        `--load-extension=${extensionDir}`,
        '--no-first-run',
        `${base}/case-system.html`,
      ],
      { stdio: 'ignore', detached: true },
    ).unref();
  }
}
