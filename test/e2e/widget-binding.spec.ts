// The widget bound to its data by the embed snippet: the build's snippet pins the data manifest,
// so a manifest changed after the build (even with data consistent with it) and a snippet left
// from another build are refused with a visible message; a snippet carrying the publisher's key
// accepts a correctly signed update and refuses an unsigned one.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { generateKeyPair, signManifest } from '../../data/trust/signature.ts';
import { readPrivateKey } from '../../scripts/trust/key-files.ts';
import { WidgetPage } from './widget/widget-page.ts';

interface Manifest {
  datasetVersion: string;
  files: { name: string; role: string; sha256: string; bytes: number }[];
}

const TEST_KEY = JSON.parse(readFileSync(resolve('test/fixtures/keys/public-key.json'), 'utf8')) as {
  publicKey: string;
};
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Loads widget.js as the snippet does, with the given data-* binding attributes. */
async function embed(page: Page, attributes: Record<string, string>): Promise<WidgetPage> {
  const snippet = await (await page.request.get('/widget/embed.html')).text();
  const integrity = /integrity="(sha384-[A-Za-z0-9+/=]+)"/.exec(snippet)?.[1] ?? '';
  await page.goto('/fixtures/widget/embed.html');
  await page.evaluate(
    ([integrity, attributes]) =>
      new Promise<void>((done) => {
        const script = document.createElement('script');
        script.src = '/widget/widget.js';
        script.integrity = integrity;
        script.crossOrigin = 'anonymous';
        for (const [k, v] of Object.entries(attributes)) script.setAttribute(k, v);
        script.onload = () => done();
        document.body.append(script);
      }),
    [integrity, attributes] as const,
  );
  return new WidgetPage(page);
}

/** The build's own binding, as embed.html carries it. */
async function builtBinding(page: Page): Promise<string> {
  const snippet = await (await page.request.get('/widget/embed.html')).text();
  const pinned = /data-manifest-integrity="(sha256-[A-Za-z0-9+/=]+)"/.exec(snippet)?.[1];
  expect(pinned).toBeDefined();
  return pinned ?? '';
}

/** Serves a changed pack (one digit) and a manifest consistent with it; returns the manifest text. */
async function serveChangedData(page: Page, version: string): Promise<string> {
  const manifest = (await (await page.request.get('/widget/data/manifest.json')).json()) as Manifest;
  const pack = manifest.files.find((f) => f.role === 'pack');
  if (!pack) throw new Error('no pack');
  const original = await (await page.request.get(`/widget/data/${pack.name}`)).text();
  const changed = original.replace(/"max":(\d)/, (_, d) => `"max":${(Number(d) % 9) + 1}`);
  expect(changed).not.toBe(original);
  pack.sha256 = sha256(changed);
  pack.bytes = Buffer.byteLength(changed);
  manifest.datasetVersion = version;
  const text = JSON.stringify(manifest);
  await page.route(`**/widget/data/${pack.name}`, (route) => route.fulfill({ body: changed }));
  await page.route('**/widget/data/manifest.json', (route) =>
    route.fulfill({ body: text, contentType: 'application/json' }),
  );
  return text;
}

async function serveSignature(page: Page, manifest: string, pkcs8: Uint8Array): Promise<void> {
  const signature = await signManifest(new Uint8Array(Buffer.from(manifest)), new Uint8Array(pkcs8));
  await page.route('**/widget/data/signature.json', (route) => route.fulfill({ json: signature }));
}

const BINDING_MESSAGE =
  '数据清单 manifest.json 与本页的嵌入代码不符（数据在发布后被更改，或嵌入代码已过期），已停止使用，以免显示错误结果。';

test("the build's snippet loads the data it was built with", async ({ page }) => {
  const w = await embed(page, { 'data-manifest-integrity': await builtBinding(page) });
  await w.search('农药');
  await expect(w.options.first()).toBeVisible();
  await expect(w.alert).toHaveCount(0);
});

test('a manifest changed after the build, with data consistent with it, is refused', async ({ page }) => {
  const pinned = await builtBinding(page);
  await serveChangedData(page, 'changed-after-build');
  const w = await embed(page, { 'data-manifest-integrity': pinned });
  await w.input.fill('农药');
  await expect(w.alert).toHaveText(BINDING_MESSAGE);
  await expect(w.options).toHaveCount(0);
});

test('a snippet from another build (stale) is refused against the data now served', async ({ page }) => {
  const stale = `sha256-${createHash('sha256').update('{"datasetVersion":"an older build"}').digest('base64')}`;
  const w = await embed(page, { 'data-manifest-integrity': stale });
  await w.input.fill('农药');
  await expect(w.alert).toHaveText(BINDING_MESSAGE);
  await expect(w.options).toHaveCount(0);
});

test("with the publisher's key, a correctly signed update is accepted; unsigned or another key's is refused", async ({
  page,
}) => {
  const manifest = await serveChangedData(page, 'signed-update');
  await serveSignature(page, manifest, readPrivateKey(resolve('test/fixtures/keys/private-key.pem')));
  const w = await embed(page, { 'data-publisher-key': TEST_KEY.publicKey });
  await w.search('农药');
  await expect(w.options.first()).toBeVisible();
  await expect(w.alert).toHaveCount(0);

  const other = await generateKeyPair();
  await page.unrouteAll();
  const otherManifest = await serveChangedData(page, 'other-key');
  await serveSignature(page, otherManifest, other.pkcs8);
  const refused = await embed(page, { 'data-publisher-key': TEST_KEY.publicKey });
  await refused.input.fill('农药');
  await expect(refused.alert).toHaveText(
    '数据没有发布单位的有效签名（signature.json），已停止使用，以免显示错误结果。',
  );

  await page.unrouteAll();
  await serveChangedData(page, 'unsigned');
  await page.route('**/widget/data/signature.json', (route) => route.fulfill({ status: 404 }));
  const unsigned = await embed(page, { 'data-publisher-key': TEST_KEY.publicKey });
  await unsigned.input.fill('农药');
  await expect(unsigned.alert).toContainText('数据没有发布单位的有效签名');
});
