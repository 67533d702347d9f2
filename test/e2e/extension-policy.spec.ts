// Enterprise policy as the browser applies it: a real managed-policy file for Chromium (root only;
// removed afterwards) sets the extension's managed storage. The options page then shows the sites,
// the citation template and a trusted key as set by policy, and does not let them be changed.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, expect, test } from '@playwright/test';
import { findChromium } from '../../scripts/lib/chromium.ts';
import { EXTENSION_DIR } from './fixtures.ts';

const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = join(POLICY_DIR, 'discretion-lens-e2e.json');
const KEY = JSON.parse(readFileSync(resolve('test/fixtures/keys/public-key.json'), 'utf8')) as {
  publicKey: string;
};

const launch = (profile: string, extension: string) =>
  chromium.launchPersistentContext(profile, {
    executablePath: findChromium() ?? undefined,
    headless: true,
    args: [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`],
  });

test('policy sets sites, template and a trusted key; the options page shows them locked', async () => {
  // Never skipped: a policy that silently stopped applying must fail here. The project's machines and CI
  // run as root with Debian's chromium (what `npm test` installs when it has none).
  expect(process.getuid?.(), "writing Chromium's managed policy needs root").toBe(0);
  expect(findChromium(), "Chromium's managed policy is read from /etc/chromium by Debian's chromium").toBe(
    '/usr/bin/chromium',
  );
  test.setTimeout(180_000);
  const profile = mkdtempSync(join(tmpdir(), 'dl-policy-'));
  // A copy of the extension at its own path has its own id, so the policy (which names the id)
  // reaches no browser of the tests running alongside. Learn the id from a first start.
  const extension = mkdtempSync(join(tmpdir(), 'dl-policy-ext-'));
  cpSync(EXTENSION_DIR, extension, { recursive: true });
  let context = await launch(profile, extension);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  await context.close();
  // The first directory this creates (if any) is removed afterwards, leaving /etc as it was.
  const created = mkdirSync(POLICY_DIR, { recursive: true });
  writeFileSync(
    POLICY_FILE,
    JSON.stringify({
      '3rdparty': {
        extensions: {
          [id]: {
            enabledSites: ['https://zfba.example.gov.cn'],
            trustedKeys: [{ signer: '××市司法局（策略）', publicKey: KEY.publicKey }],
            citationTemplate: '{title}{article}',
          },
        },
      },
    }),
  );
  try {
    context = await launch(profile, extension);
    const page = await context.newPage();
    await page.goto(`chrome-extension://${id}/options.html`);
    await expect(page.locator('li.policy-site')).toContainText('https://zfba.example.gov.cn/*', {
      timeout: 30_000,
    });
    await expect(page.locator('li.policy-site')).toContainText('由单位策略设置');
    await expect(page.getByLabel('引用模板')).toHaveValue('{title}{article}');
    await expect(page.getByLabel('引用模板')).toBeDisabled();
    await expect(page.locator('.trusted-keys')).toContainText('××市司法局（策略）');
    await expect(page.locator('.trusted-keys')).toContainText('由单位策略设置');
    // The template every part reads follows policy.
    const worker2 = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await expect
      .poll(() =>
        worker2.evaluate(async () => (await chrome.storage.local.get('citationTemplate')).citationTemplate),
      )
      .toBe('{title}{article}');
    await context.close();
  } finally {
    rmSync(POLICY_FILE, { force: true });
    if (created) rmSync(created, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
    rmSync(extension, { recursive: true, force: true });
  }
});
