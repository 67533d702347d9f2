// `npm run build`: data packs, then the extension (Chrome, Firefox) and the widget.
// `npm run build:e2e`: data packs and the Chrome build granted the loopback hosts (tests only).
// An organization's build: `--trust public-key.json` (keys whose signed packs it accepts),
// `--sites https://zfba.example.gov.cn` (origins granted at install when force-installed).
import { execFileSync } from 'node:child_process';
import { sitePattern } from '../extension/lib/sites.ts';
import { buildData } from './data/build.ts';
import { parseArgs } from './lib/args.ts';
import { buildKeys } from './trust/build-keys.ts';
import { buildWidget } from './widget/build.ts';

const { values } = parseArgs(process.argv.slice(2), {
  e2e: { type: 'boolean' },
  trust: { type: 'string', multiple: true },
  sites: { type: 'string', multiple: true },
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

function wxt(args: string[], extra: Record<string, string> = {}): void {
  execFileSync('npx', ['wxt', 'build', ...args], {
    stdio: 'inherit',
    env: { ...process.env, ...env, ...extra },
  });
}

await buildData('.output/data');
if (e2e) {
  wxt([], { DL_E2E: '1' });
} else {
  wxt([]);
  wxt(['-b', 'firefox']);
  await buildWidget('.output/widget', '.output/data/widget');
}
