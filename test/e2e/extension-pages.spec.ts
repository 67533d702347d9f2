// The extension as a whole: it runs on the demo case system; its options page enables sites
// through a permission request, shows the dataset and replaces it only with a verified pack;
// the side panel (opened as a tab) searches, lists the editor's references and inserts a
// citation; open pages follow a dataset update; the production manifest asks for nothing it does
// not need.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test as plain } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { todayInChina as today } from '../../data/engine/dates.ts';
import { applicableDate, describeMark } from '../../extension/lib/describe-mark.ts';
import {
  DECISION,
  expectedMarks,
  expectedPainted,
  expectedPaintedLawsOnly,
  nodeEngine,
} from './extension/expected.ts';
import {
  bundledManifest,
  corruptPack,
  goodPack,
  lawsOnlyPack,
  otherKeyPack,
  protoPack,
  tamperedPack,
  unsignedPack,
} from './extension/packs.ts';
import { cardText, overlayMarks, paintedRanges } from './extension/probe.ts';
import { expect, test } from './fixtures.ts';

test('the content script runs on the demo case-system page, in every kind of editor it has', async ({
  page,
  consoleErrors,
}) => {
  await page.goto('/case-system.html');
  const basis = (await page.locator('#basis').textContent()) ?? '';
  const statement = (await page.locator('#statement .ql-editor').textContent()) ?? '';
  const reason = await page.locator('#reason').inputValue();
  await expect
    .poll(() => paintedRanges(page))
    .toEqual([...expectedPainted(basis), ...expectedPainted(statement)]);
  // The three looks differ by line style, not only by colour.
  const looks = await page.evaluate(() =>
    Object.fromEntries(
      document.adoptedStyleSheets
        .flatMap((sheet) => [...sheet.cssRules])
        .filter(
          (r): r is CSSStyleRule =>
            r instanceof CSSStyleRule && /discretion-lens-(?!active)/.test(r.selectorText),
        )
        .map((r) => [
          r.selectorText.replace(/.*discretion-lens-(\w+).*/, '$1'),
          r.style.getPropertyValue('text-decoration-style'),
        ]),
    ),
  );
  expect(looks).toEqual({ resolved: 'solid', problem: 'wavy', list: 'dotted' });
  await expect
    .poll(async () => (await overlayMarks(page)).map(({ kind, text }) => ({ kind, text })))
    .toEqual(expect.arrayContaining(expectedPainted(reason)));
  // The UEditor-like frame is written after load; its highlights live in its own registry.
  const frame = page.frameLocator('#investigation-holder iframe');
  await expect(frame.locator('body')).toContainText('经查');
  const handle = await page.locator('#investigation-holder iframe').elementHandle();
  const inner = await handle?.contentFrame();
  if (!inner) throw new Error('no investigation frame');
  const investigation = (await inner.locator('body').textContent()) ?? '';
  await expect.poll(() => paintedRanges(inner)).toEqual(expectedPainted(investigation));
  expect(consoleErrors).toEqual([]);
});

test.describe('options page', () => {
  test('enabling a site goes up to the permission request, and the template is saved', async ({
    page,
    extensionId,
    serviceWorker,
  }) => {
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    // An origin the e2e build already holds is granted at once, with no prompt.
    await page.getByLabel('网站地址').fill('http://127.0.0.1:8790/case.html');
    await page.getByRole('button', { name: '启用此网站' }).click();
    await expect(page.locator('.site-status')).toHaveText('已启用：http://127.0.0.1/*');
    // Any other origin is asked of the user; nothing is granted before the answer.
    await page.getByLabel('网站地址').fill('zfba.example.gov.cn');
    await page.getByRole('button', { name: '启用此网站' }).click();
    await expect(page.locator('.site-status')).toHaveText(
      '正在请求访问 https://zfba.example.gov.cn/* 的权限…',
    );
    const origins = await serviceWorker.evaluate(async () => (await chrome.permissions.getAll()).origins);
    expect(origins).not.toContain('https://zfba.example.gov.cn/*');
    await page.getByLabel('网站地址').fill('ftp://example.org');
    await page.getByRole('button', { name: '启用此网站' }).click();
    await expect(page.locator('.site-status')).toContainText('请输入网站地址');

    await page.getByLabel('引用模板').fill('{title}{article}');
    await page.getByRole('button', { name: '保存' }).click();
    await expect(page.locator('.template-preview')).toHaveText('中华人民共和国食品安全法第一百二十四条');
    const stored = await serviceWorker.evaluate(
      async () => (await chrome.storage.local.get('citationTemplate')).citationTemplate,
    );
    expect(stored).toBe('{title}{article}');
  });

  test('shows the bundled dataset, takes a verified pack, refuses a corrupt and a tampered one keeping the data, and resets', async ({
    page,
    extensionId,
  }) => {
    // Seven imports, each verifying the whole dataset: slow on a busy machine.
    test.setTimeout(240_000);
    const bundled = bundledManifest();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    // The page builds its own engine first; on a busy machine that can take a while.
    await expect(page.locator('.dataset-version')).toHaveText(bundled.datasetVersion, { timeout: 30_000 });
    await expect(page.locator('.dataset-source')).toHaveText('扩展自带');

    const input = page.getByLabel('选择数据包文件');
    await expect(page.locator('.dataset-signer')).toHaveText('随扩展安装包发布');
    await input.setInputFiles(await goodPack('e2e-update-1'));
    await expect(page.locator('.update-result')).toContainText('已更新为数据版本 e2e-update-1');
    await expect(page.locator('.dataset-version')).toHaveText('e2e-update-1');
    await expect(page.locator('.dataset-source')).toContainText('导入于');
    await expect(page.locator('.dataset-signer')).toHaveText(
      /^测试用密钥（仅端到端测试）（密钥编号 [0-9a-f]{16}）$/,
    );
    await input.setInputFiles(await corruptPack());
    await expect(page.locator('.update-result')).toContainText('数据包未被采用，当前数据保持不变');
    await expect(page.locator('.update-result')).toContainText('不是有效的 JSON');
    await expect(page.locator('.dataset-version')).toHaveText('e2e-update-1');

    await input.setInputFiles(await tamperedPack());
    await expect(page.locator('.update-result')).toContainText('数据包在签名后被修改');
    await expect(page.locator('.update-result')).toContainText('校验值与 manifest.json 不符');
    await expect(page.locator('.dataset-version')).toHaveText('e2e-update-1');

    // Each refusal says why, and the data in use stays.
    const refusals: [string, Awaited<ReturnType<typeof goodPack>>][] = [
      ['数据包没有签名（缺少 signature.json）', unsignedPack('unsigned')],
      ['数据包由未受信任的密钥签名', await otherKeyPack('other-key')],
      ['文件名 "__proto__" 不是普通文件名', await protoPack('proto')],
    ];
    for (const [message, files] of refusals) {
      await input.setInputFiles(files);
      await expect(page.locator('.update-result')).toContainText(message);
      await expect(page.locator('.update-result')).toContainText('当前数据保持不变');
      await expect(page.locator('.dataset-version')).toHaveText('e2e-update-1');
    }

    // The import survives a reload (it is in IndexedDB), and reset brings back the bundled data.
    await page.reload();
    await expect(page.locator('.dataset-version')).toHaveText('e2e-update-1');
    await page.getByRole('button', { name: '恢复自带数据' }).click();
    await expect(page.locator('.dataset-version')).toHaveText(bundled.datasetVersion);
    await expect(page.locator('.dataset-source')).toHaveText('扩展自带');
  });
});

test('the side panel searches, lists the references in the current editor, and inserts a citation at its caret', async ({
  context,
  page,
  extensionId,
  consoleErrors,
}) => {
  await page.goto('/fixtures/extension/contenteditable.html');
  await page.locator('#editor').click();
  const text =
    '当事人于2024年3月5日销售的香蕉农药残留超标，依据《中华人民共和国食品安全法》第一百二十四条第一款第（一）项，罚款人民币伍万元整。';
  await page.keyboard.type(text);
  await expect.poll(() => paintedRanges(page)).toEqual(expectedPainted(text));

  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  const found = panel.locator('ul.found li button');
  const engine = nodeEngine();
  const date = applicableDate(engine.scan(text));
  await expect(found).toHaveText(expectedMarks(text).map((m) => describeMark(m, engine, date)));
  await expect(panel.getByText(/文书所述违法行为日期：2024-03-05/)).toBeVisible();
  await expect(panel.locator('input[type="date"]')).toHaveValue('2024-03-05');

  await panel.getByLabel('搜索处罚事项、清单').fill('农药残留');
  // The panel builds its own engine first; on a busy machine that can take a while.
  await expect(panel.locator('ul.results li').first()).toBeVisible({ timeout: 30_000 });
  const button = panel.locator('ul.results li button').first();
  const label = (await button.textContent()) ?? '';
  const citation = label.replace('插入引用：', '');
  expect(citation).toMatch(/^《.+》第.+条/);
  await button.click();
  await expect(panel.locator('p.ok')).toHaveText(`已插入：${citation}`);
  // The caret was at the end of the typed text.
  await expect.poll(() => page.locator('#editor').textContent()).toBe(text + citation);
  expect(consoleErrors).toEqual([]);
});

/** What the production manifest may ask for: no host, only the permissions it uses, no remote code. */
function expectProductionContract(manifest: Record<string, unknown>): void {
  expect(manifest.host_permissions ?? []).toEqual([]);
  expect(manifest.permissions).toEqual(['storage', 'scripting', 'sidePanel']);
  expect(manifest.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
  // Nothing is injected by the manifest: content scripts are registered per granted site.
  expect(manifest.content_scripts ?? []).toEqual([]);
  expect(manifest.web_accessible_resources ?? []).toEqual([]);
  expect(manifest.externally_connectable).toBeUndefined();
  const csp = JSON.stringify(manifest.content_security_policy ?? '');
  expect(csp).not.toMatch(/https?:|unsafe-eval|wasm-unsafe-eval/);
}

plain(
  'the production manifest asks for no host, only the permissions it uses, and loads no remote code',
  () => {
    const dir = resolve('.output/chrome-mv3');
    expectProductionContract(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')));
    // No page or script of the package pulls code from elsewhere.
    const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((f) => f.isFile());
    for (const f of files.filter((f) => /\.(html|js)$/.test(f.name))) {
      const text = readFileSync(join(f.parentPath, f.name), 'utf8');
      expect(text, f.name).not.toMatch(/<script[^>]+src=["']https?:/);
      expect(text, f.name).not.toMatch(/importScripts\(\s*["']https?:|import\(\s*["']https?:/);
    }
  },
);

plain('the store archives (npm run package) hold that manifest, the data and the widget', () => {
  const archives = readdirSync('.output').filter((f) => f.endsWith('.zip'));
  const chrome = archives.find((f) => f.endsWith('-chrome.zip'));
  const firefox = archives.find((f) => f.endsWith('-firefox.zip'));
  expect(chrome, 'run `npm run package` first').toBeDefined();
  expect(firefox).toBeDefined();
  const chromeFiles = unzipSync(readFileSync(join('.output', chrome ?? '')));
  const manifest = JSON.parse(strFromU8(chromeFiles['manifest.json'] ?? new Uint8Array())) as Record<
    string,
    unknown
  >;
  expectProductionContract(manifest);
  expect(manifest.storage).toEqual({ managed_schema: 'managed-schema.json' });
  expect(Object.keys(chromeFiles)).toContain('data/manifest.json');
  // Every data file fits Firefox's 5 MB limit (a large pack is built as parts).
  for (const [name, bytes] of Object.entries(unzipSync(readFileSync(join('.output', firefox ?? '')))))
    expect(bytes.byteLength, name).toBeLessThan(5 * 1024 * 1024);
  const widget = unzipSync(readFileSync('.output/discretion-lens-widget.zip'));
  expect(Object.keys(widget)).toEqual(
    expect.arrayContaining(['widget.js', 'embed.html', 'data/manifest.json']),
  );
});

test('an open page follows a dataset update and a reset', async ({ context, page, extensionId }) => {
  await page.goto('/fixtures/extension/contenteditable.html');
  await page.locator('#editor').click();
  await page.keyboard.insertText(DECISION);
  await expect.poll(() => paintedRanges(page)).toEqual(expectedPainted(DECISION));
  const lawsOnly = expectedPaintedLawsOnly(DECISION);
  expect(lawsOnly).not.toEqual(expectedPainted(DECISION));

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel('选择数据包文件').setInputFiles(await lawsOnlyPack('laws-only'));
  await expect(options.locator('.dataset-version')).toHaveText('laws-only');
  await expect.poll(() => paintedRanges(page)).toEqual(lawsOnly);

  await options.getByRole('button', { name: '恢复自带数据' }).click();
  // The page rebuilds its engine from the bundled data; on a busy machine that can take a while.
  await expect(options.locator('.dataset-source')).toHaveText('扩展自带', { timeout: 30_000 });
  await expect.poll(() => paintedRanges(page)).toEqual(expectedPainted(DECISION));
});

test('the as-of date chosen in the side panel applies to a text that states none', async ({
  context,
  page,
  extensionId,
}) => {
  await page.goto('/fixtures/extension/contenteditable.html');
  await page.locator('#editor').click();
  const text = '依据《中华人民共和国食品安全法》第一百二十四条第一款第（一）项，罚款人民币伍万元整。';
  await page.keyboard.insertText(text);
  await expect.poll(async () => (await paintedRanges(page)).length).toBeGreaterThan(0);

  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  const date = panel.locator('input[type="date"]');
  await expect(date).toHaveValue(today());
  await date.fill('2020-06-01');
  await date.dispatchEvent('change');

  await page.bringToFront();
  await page.locator('#editor').click();
  await page.keyboard.press('Control+End');
  // The panel's date reaches the page by a storage change; a card opened before it arrives shows the old
  // date, so each look reopens the card.
  await expect
    .poll(async () => {
      await page.keyboard.press('Escape');
      await page.keyboard.press('Alt+ArrowUp');
      return cardText(page);
    })
    .toContain('适用日期 2020-06-01');
});
