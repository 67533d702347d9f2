import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// The e2e build is granted the loopback hosts up front so tests need no permission prompt;
// the production manifest requests no host at install (a contract test checks it).
const e2e = process.env.DL_E2E === '1';
const loopback = ['http://127.0.0.1/*', 'http://localhost/*'];
// Keys whose signed packs the options page accepts: scripts/build.ts passes the checked list
// (project key, `--trust` files, the test key for e2e); a bare `wxt` run gets the project key.
const buildKeys = process.env.DL_BUILD_KEYS ?? readFileSync('data/trust/trusted-keys.json', 'utf8');
// Origins an organization's build is granted up front (`npm run build -- --sites …`): a
// force-installed extension gets its declared host permissions without asking the officer.
const sites: string[] = JSON.parse(process.env.DL_SITES ?? '[]');

export default defineConfig({
  srcDir: 'extension',
  publicDir: 'extension/public',
  outDir: '.output',
  outDirTemplate: e2e ? '{{browser}}-mv{{manifestVersion}}-e2e' : '{{browser}}-mv{{manifestVersion}}',
  vite: () => ({ plugins: [preact()], define: { __DL_BUILD_KEYS__: buildKeys } }),
  hooks: {
    // The e2e build runs the content script on every loopback page, all frames, with no user
    // step; production registers it at run time for the sites the user enabled (lib/sites.ts).
    'build:manifestGenerated': (_wxt, manifest) => {
      if (!e2e) return;
      manifest.content_scripts = [
        ...(manifest.content_scripts ?? []),
        { matches: loopback, js: ['content-scripts/content.js'], all_frames: true, run_at: 'document_idle' },
      ];
    },
    // The extension ships the full data build (scripts/build.ts writes it first) as packaged files.
    'build:publicAssets': (_wxt, files) => {
      // scripts/data/build.ts writes the full flavour's files at the top of .output/data (the
      // widget's flavour sits in a subdirectory, not shipped here).
      const dataDir = resolve('.output/data');
      for (const entry of readdirSync(dataDir, { withFileTypes: true })) {
        if (!entry.isFile()) continue;
        const name = entry.name;
        files.push({ absoluteSrc: join(dataDir, name), relativeDest: `data/${name}` });
      }
    },
  },
  manifest: ({ browser, manifestVersion }) => ({
    name: '裁量基准助手 discretion-lens',
    description: '在办案系统中识别、解释并引用行政处罚法律依据、裁量基准和“三张清单”。完全离线。',
    permissions: ['storage', 'scripting', ...(browser === 'chrome' ? ['sidePanel'] : [])],
    host_permissions: e2e ? loopback : sites,
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    // Firefox's MV2 build has no optional_host_permissions: the same hosts are optional permissions.
    ...(manifestVersion === 2 ? { optional_permissions: ['http://*/*', 'https://*/*'] } : {}),
    // What enterprise policy may set (Chrome, Edge and other Chromium browsers; Firefox reads the
    // same keys from its policies.json "3rdparty" section without a schema in the manifest).
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed-schema.json' } }),
    // The toolbar button opens the side panel (Chrome) or the options (Firefox).
    action: { default_title: '裁量基准助手' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'discretion-lens@example.org',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
