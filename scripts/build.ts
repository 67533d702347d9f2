// `npm run build`: data packs, then the extension (Chrome, Firefox) and the widget.
// `npm run build:e2e`: data packs and the Chrome build granted the loopback hosts (tests only).
// `npm run package`: the same as `build`, then store-ready archives in .output/ (WXT's zips for
// Chrome/Edge and Firefox, the Firefox one with its sources and checked by `web-ext lint`) and the
// widget folder as a zip.
// An organization's build: `--trust public-key.json` (keys whose signed packs it accepts),
// `--sites https://zfba.example.gov.cn` (origins granted at install when force-installed),
// `--packs data/packs/my-city` (once per pack: a city's imported packs beside the national data, checked
// as `cli validate --pack` checks them; nothing is built when one fails).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync } from 'fflate';
import { sitePattern } from '../extension/lib/sites.ts';
import { buildDataWithPacks } from './data/build.ts';
import { parseArgs } from './lib/args.ts';
import { buildKeys } from './trust/build-keys.ts';
import { readTrustedKeys } from './trust/key-files.ts';
import { buildWidget } from './widget/build.ts';

const { values } = parseArgs(process.argv.slice(2), {
  e2e: { type: 'boolean' },
  package: { type: 'boolean' },
  'publisher-key': { type: 'string' },
  trust: { type: 'string', multiple: true },
  sites: { type: 'string', multiple: true },
  packs: { type: 'string', multiple: true },
});
const e2e = values.e2e === true;
const sites = (values.sites ?? []).map((s) => {
  const pattern = sitePattern(s);
  if (!pattern) throw new Error(`--sites: not a web origin: ${s}`);
  return pattern;
});
const env = {
  DL_BUILD_KEYS: JSON.stringify(await buildKeys(values.trust ?? [], e2e)),
  DL_SITES: JSON.stringify(sites),
};

const pack = values.package === true;

function wxt(args: string[], extra: Record<string, string> = {}): void {
  execFileSync('npx', ['wxt', pack ? 'zip' : 'build', ...args], {
    stdio: 'inherit',
    env: { ...process.env, ...env, ...extra },
  });
}

/** The widget folder as one archive, for a portal's web team. */
function zipFolder(dir: string, out: string): void {
  const files: Record<string, Uint8Array> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true }))
    if (entry.isFile()) {
      const path = join(entry.parentPath, entry.name);
      files[relative(dir, path)] = readFileSync(path);
    }
  writeFileSync(out, zipSync(files, { level: 9 }));
}

await buildDataWithPacks('.output/data', values.packs ?? []);
if (e2e) {
  wxt([], { DL_E2E: '1' });
} else {
  wxt([]);
  wxt(['-b', 'firefox']);
  const publisher = values['publisher-key'];
  await buildWidget(
    '.output/widget',
    '.output/data/widget',
    publisher ? { publisherKey: (await readTrustedKeys(publisher))[0]?.publicKey ?? '' } : {},
  );
  if (pack) {
    zipFolder('.output/widget', '.output/discretion-lens-widget.zip');
    const firefox = readdirSync('.output').find((f) => /-firefox\.zip$/.test(f));
    if (!firefox) throw new Error('wxt zip wrote no Firefox archive');
    execFileSync('npx', ['web-ext', 'lint', '--source-dir', '.output/firefox-mv2'], {
      stdio: 'inherit',
    });
  }
}
