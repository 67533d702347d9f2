// Data the widget cannot trust is never used: a tampered pack, a manifest of another schema version or
// a missing file each show a clear message and no results.
import { expect, test } from '@playwright/test';
import { WidgetPage, watch } from './widget/widget-page.ts';

interface Manifest {
  schemaVersion: number;
  files: { name: string; role: string }[];
}

test('a data pack that fails its integrity check shows a clear message instead of results', async ({
  page,
}) => {
  const manifest = (await (await page.request.get('/widget/data/manifest.json')).json()) as Manifest;
  const pack = manifest.files.find((f) => f.role === 'pack');
  expect(pack).toBeDefined();
  // One changed digit in the pack (a fine amount, say): what a compromised CDN or a broken proxy serves.
  await page.route(`**/widget/data/${pack?.name}`, async (route) => {
    const original = await route.fetch();
    const body = (await original.text()).replace(/\d/, (d) => String((Number(d) + 1) % 10));
    await route.fulfill({ response: original, body });
  });
  await page.goto('/portal.html');
  const w = new WidgetPage(page);
  await w.input.fill('农药');
  await expect(w.alert).toHaveText(`数据文件 ${pack?.name} 未通过完整性校验，已停止使用，以免显示错误结果。`);
  await expect(w.options).toHaveCount(0);
  await expect(w.input).toHaveAttribute('aria-expanded', 'false');
});

test('a manifest of another schema version is refused before any pack is fetched', async ({ page }) => {
  const seen = watch(page);
  await page.route('**/widget/data/manifest.json', async (route) => {
    const original = await route.fetch();
    const json = (await original.json()) as Manifest;
    await route.fulfill({ response: original, json: { ...json, schemaVersion: json.schemaVersion + 1 } });
  });
  await page.goto('/portal.html');
  const w = new WidgetPage(page);
  await w.input.fill('农药');
  await expect(w.alert).toContainText('数据版本与本组件不匹配');
  await expect(w.options).toHaveCount(0);
  expect(seen.paths().filter((p) => p.startsWith('/widget/data/'))).toEqual(['/widget/data/manifest.json']);
  expect(seen.errors).toEqual([]);
});

test('a file that cannot be fetched says so, and retry loads it once it is back', async ({ page }) => {
  let blocked = true;
  let dataRequests = 0;
  await page.route('**/widget/data/*', (route) => {
    dataRequests++;
    return blocked && !route.request().url().endsWith('manifest.json') ? route.abort() : route.fallback();
  });
  await page.goto('/portal.html');
  const w = new WidgetPage(page);
  await w.input.focus();
  await expect(w.alert).toContainText('无法加载，请检查网络后重试');
  // Typing after the failure does not refetch on every key; the retry button does.
  const afterFailure = dataRequests;
  await w.input.pressSequentially('农药');
  await w.settle();
  expect(dataRequests).toBe(afterFailure);
  blocked = false;
  await w.alert.getByRole('button', { name: '重试' }).click();
  await expect(w.alert).toHaveCount(0);
  await w.search('农药');
  await expect(w.options.first()).toBeVisible();
});

test('a data server that never answers is reported within 15 s, with a retry that loads once it is back', async ({
  page,
}) => {
  let hanging = true;
  let manifestRequests = 0;
  await page.route('**/widget/data/*', (route) => {
    if (route.request().url().endsWith('manifest.json')) manifestRequests++;
    // A stalled server: the request is neither answered nor refused.
    return hanging ? undefined : route.fallback();
  });
  await page.goto('/portal.html');
  const w = new WidgetPage(page);
  await w.input.focus();
  await expect(w.status).toHaveText('正在加载数据…');
  // 5 s per attempt, one retry after 1 s (NETWORK in widget/src/loader.ts).
  await expect(w.alert).toHaveText('数据服务器没有及时响应（manifest.json），请稍后重试。 重试', {
    timeout: 15_000,
  });
  expect(manifestRequests).toBe(2);
  await expect(w.status).toHaveText('');
  hanging = false;
  await w.alert.getByRole('button', { name: '重试' }).click();
  await expect(w.alert).toHaveCount(0);
  await w.search('农药');
  await expect(w.options.first()).toBeVisible();
});

test('a slow data server that does answer still loads', async ({ page }) => {
  const seen = watch(page);
  // Every data file answers after 2.5 s, inside the 5 s each request is given.
  await page.route('**/widget/data/*', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 2500));
    await route.fallback();
  });
  await page.goto('/portal.html');
  const w = new WidgetPage(page);
  await w.input.fill('农药');
  await expect(w.options.first()).toBeVisible({ timeout: 30_000 });
  await expect(w.alert).toHaveCount(0);
  expect(seen.paths().filter((p) => p.startsWith('/widget/data/pack-')).length).toBeGreaterThan(0);
});
