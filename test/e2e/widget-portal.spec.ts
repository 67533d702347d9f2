// The widget on the demo portal, used the way a citizen or a business would: search, read a result,
// check a list's conditions, share a link — by mouse, by keyboard and through an IME.
import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { WidgetPage, watch } from './widget/widget-page.ts';

const QUERY = '农药残留';
const MATTER = '处罚事项';

test.describe('the widget on the demo portal', () => {
  test('loads its data on first focus, not on page load, and the console is empty', async ({ page }) => {
    const seen = watch(page);
    await page.goto('/portal.html');
    const w = new WidgetPage(page);
    await expect(w.input).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(seen.paths().filter((p) => p.startsWith('/widget/data/'))).toEqual([]);
    await w.input.focus();
    await expect.poll(() => seen.paths()).toContain('/widget/data/manifest.json');
    await w.search(QUERY);
    expect(seen.errors).toEqual([]);
  });

  test('searches as you type and highlights the matched text', async ({ page }) => {
    await page.goto('/portal.html');
    const w = new WidgetPage(page);
    await w.search(QUERY);
    const count = await w.options.count();
    expect(count).toBeGreaterThan(0);
    await expect(w.status).toHaveText(`找到 ${count} 条结果`);
    await expect(w.input).toHaveAttribute('aria-expanded', 'true');
    const marks = await w.options.locator('mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    for (const m of marks) expect(QUERY).toContain(m.slice(0, 1));
    await w.input.fill('');
    await expect(w.listbox).toBeHidden();
    await expect(w.input).toHaveAttribute('aria-expanded', 'false');
  });

  test('a result shows basis labels, legal basis with article text, source, citation and a deep link that restores it', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/portal.html');
    const w = new WidgetPage(page);
    await w.search(QUERY);
    const title = await w.open(QUERY, MATTER);
    const d = w.details;
    await expect(d.locator('.badge.basis').first()).toBeVisible();
    await expect(d.getByRole('heading', { name: '法定处罚' })).toBeVisible();
    // Sanctions per party, and the provision violated or a plain note that the law names none.
    await expect(d.getByRole('heading', { name: '对当事人' })).toBeVisible();
    await expect(d.getByText(/违反的规定|法律未指明所违反的条款/).first()).toBeVisible();
    await expect(d.getByText('来源：').first()).toBeVisible();

    // Article text is there on demand.
    const provision = d.locator('details.provision').last();
    await expect(provision.locator('.article')).toBeHidden();
    await provision.locator('summary').click();
    await expect(provision.locator('.article')).toBeVisible();
    expect((await provision.locator('.article').textContent())?.length).toBeGreaterThan(10);

    // Derived and illustrative records say what they are, in words.
    for (const badge of await d.locator('.basis-derived').all())
      await expect(badge).toHaveText('推算（非官方）');
    for (const badge of await d.locator('.basis-illustrative').all())
      await expect(badge).toHaveText('示例（非官方）');
    const derived = await d.locator('.basis-derived').count();
    if (derived) await expect(d.getByText('不是官方裁量基准，不能作为依据引用').first()).toBeVisible();

    // The citation copies.
    const citation = (await d.locator('.citation').textContent()) ?? '';
    expect(citation).toMatch(/^《.+》第/);
    await d.getByRole('button', { name: '复制引用' }).click();
    await expect(w.status).toHaveText('已复制引用');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(citation);

    // The deep link restores the result on load, without a focus.
    const href = (await d.getByRole('link', { name: '本条结果的链接' }).getAttribute('href')) ?? '';
    expect(href).toMatch(/^#dl=matter%3A/);
    const fresh = await context.newPage();
    const seen = watch(fresh);
    await fresh.goto(`/portal.html${href}`);
    const again = new WidgetPage(fresh);
    await expect(again.details.getByRole('heading', { level: 2 })).toHaveText(title);
    await expect(again.input).not.toBeFocused();
    expect(seen.errors).toEqual([]);
  });

  test('the self-check answers a list item’s conditions and always shows the caveat', async ({ page }) => {
    await page.goto('/portal.html');
    const w = new WidgetPage(page);
    await w.search(QUERY);
    await w.options.filter({ hasText: '清单' }).filter({ hasText: MATTER }).first().click();
    const check = w.details.locator('fieldset').first();
    const questions = check.getByRole('radiogroup');
    const n = await questions.count();
    expect(n).toBeGreaterThan(0);
    const verdict = check.locator('.verdict');
    await expect(verdict).toHaveText(`还有 ${n} 项条件未回答。`);
    await expect(w.details.getByText('自查结果仅供参考，是否适用由执法机关依法认定。')).toBeVisible();
    for (let i = 0; i < n; i++) await questions.nth(i).getByRole('radio', { name: '是' }).check();
    await expect(verdict).toContainText('所列条件均已满足');
    await expect(verdict).toContainText(/可以(不予行政处罚|从轻处罚|减轻处罚|不采取行政强制措施)/);
    await questions.first().getByRole('radio', { name: '否' }).check();
    await expect(verdict).toHaveText('有条件不满足：不适用此清单项，按裁量基准处理。');
  });

  test('works by keyboard alone, and the host page never sees its keys', async ({ page }) => {
    await page.goto('/portal.html');
    await page.evaluate(() => {
      (window as unknown as { hostKeys: number }).hostKeys = 0;
      document.addEventListener('keydown', () => (window as unknown as { hostKeys: number }).hostKeys++);
    });
    const w = new WidgetPage(page);
    // Tab through the portal's links to the search box.
    for (let i = 0; i < 10 && !(await w.input.evaluate((el) => el.matches(':focus'))); i++) {
      await page.keyboard.press('Tab');
    }
    await expect(w.input).toBeFocused();
    await page.evaluate(() => {
      (window as unknown as { hostKeys: number }).hostKeys = 0;
    });
    await page.keyboard.type(QUERY);
    await expect(w.listbox).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await expect(w.input).toHaveAttribute('aria-activedescendant', 'option-0');
    await expect(w.options.first()).toHaveAttribute('aria-selected', 'true');
    if ((await w.options.count()) > 1) {
      await page.keyboard.press('ArrowDown');
      await expect(w.input).toHaveAttribute('aria-activedescendant', 'option-1');
      await page.keyboard.press('ArrowUp');
    }
    await expect(w.input).toHaveAttribute('aria-activedescendant', 'option-0');
    await page.keyboard.press('Escape');
    await expect(w.listbox).toBeHidden();
    await page.keyboard.press('ArrowDown');
    await expect(w.options.first()).toHaveAttribute('aria-selected', 'true');
    const first = (await w.options.first().locator('.option-title').textContent()) ?? '';
    await page.keyboard.press('Enter');
    await expect(w.details.getByRole('heading', { level: 2 })).toHaveText(first);
    await expect(w.listbox).toBeHidden();
    // Tab into the result: the first article text opens with Enter, focus is visible.
    await page.keyboard.press('Tab');
    const focused = w.host.locator(':focus');
    await expect(focused).toBeVisible();
    const outline = await focused.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');
    expect(await page.evaluate(() => (window as unknown as { hostKeys: number }).hostKeys)).toBe(0);
  });

  test('keys inside an IME composition neither search nor select; the composition’s end searches', async ({
    page,
  }) => {
    await page.goto('/portal.html');
    const w = new WidgetPage(page);
    await w.search(QUERY);
    await w.input.fill('');
    await expect(w.listbox).toBeHidden();
    const cdp = await page.context().newCDPSession(page);
    // Typing pinyin: the composition's input events do not search.
    await cdp.send('Input.imeSetComposition', { text: '农药', selectionStart: 2, selectionEnd: 2 });
    await expect(w.input).toHaveValue('农药');
    await page.keyboard.press('ArrowDown');
    await w.settle();
    await expect(w.input).toHaveAttribute('aria-expanded', 'false');
    // Committing the candidate searches.
    await cdp.send('Input.insertText', { text: '农药' });
    await expect(w.listbox).toBeVisible();
    // With results open, the Enter that commits the next candidate does not open the first result.
    await cdp.send('Input.imeSetComposition', { text: '残留', selectionStart: 2, selectionEnd: 2 });
    await page.keyboard.press('Enter');
    await w.settle();
    await expect(w.details).toHaveCount(0);
    await cdp.send('Input.insertText', { text: '残留' });
    await expect(w.input).toHaveValue('农药残留');
    await expect(w.listbox).toBeVisible();
    await expect(w.details).toHaveCount(0);
  });

  test('works offline once its data is loaded, and requests nothing but its own files', async ({
    page,
    context,
  }) => {
    const seen = watch(page);
    await page.goto('/portal.html');
    const w = new WidgetPage(page);
    await w.search(QUERY);
    const manifest = (await (await page.request.get('/widget/data/manifest.json')).json()) as {
      files: { name: string }[];
    };
    const own = new Set([
      '/portal.html',
      '/portal.css',
      '/widget/widget.js',
      '/widget/data/manifest.json',
      ...manifest.files.map((f) => `/widget/data/${f.name}`),
    ]);
    const before = seen.requests.length;
    await context.setOffline(true);
    await w.open(QUERY, MATTER);
    await w.details.locator('details.provision summary').first().click();
    await expect(w.details.locator('.article').first()).toBeVisible();
    await w.search(QUERY.slice(0, 2));
    await expect(w.options.first()).toBeVisible();
    await context.setOffline(false);
    expect(seen.requests.length).toBe(before);
    for (const r of seen.requests) expect(new URL(r.url()).origin).toBe(new URL(page.url()).origin);
    expect(seen.paths().filter((p) => !own.has(p))).toEqual([]);
    expect(seen.errors).toEqual([]);
  });

  test('is axe-core clean with results and a result open', async ({ page }) => {
    await page.goto('/portal.html');
    const w = new WidgetPage(page);
    await w.search(QUERY);
    await page.keyboard.press('ArrowDown');
    const listOpen = await new AxeBuilder({ page }).include('discretion-search').analyze();
    expect(listOpen.violations).toEqual([]);
    await w.open(QUERY, MATTER);
    for (const s of await w.details.locator('details summary').all()) await s.click();
    const resultOpen = await new AxeBuilder({ page }).include('discretion-search').analyze();
    expect(resultOpen.violations).toEqual([]);
  });

  for (const width of [320, 1280]) {
    test(`is usable at ${width} px wide (screenshot in .output/widget-screenshots)`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('/portal.html');
      const w = new WidgetPage(page);
      await w.search(QUERY);
      await w.open(QUERY, MATTER);
      for (const s of await w.details.locator('details summary').all()) await s.click();
      const layout = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      expect(layout.scroll).toBeLessThanOrEqual(layout.client);
      const box = await w.host.boundingBox();
      const input = await w.input.boundingBox();
      expect(box && input).toBeTruthy();
      if (box && input) {
        expect(box.x + box.width).toBeLessThanOrEqual(width);
        expect(input.width).toBeGreaterThan(width === 320 ? 240 : 600);
        expect(input.height).toBeGreaterThanOrEqual(40);
      }
      // Every control in the result fits on screen.
      for (const b of await w.details.getByRole('button').all()) {
        const bb = await b.boundingBox();
        expect(bb && bb.x >= 0 && bb.x + bb.width <= width).toBeTruthy();
      }
      mkdirSync('.output/widget-screenshots', { recursive: true });
      await page.screenshot({ path: `.output/widget-screenshots/portal-${width}.png`, fullPage: true });
    });
  }
});

test('a list item that names no matter opens with its own self-check and deep link', async ({
  page,
  context,
}) => {
  await page.goto('/portal.html');
  const w = new WidgetPage(page);
  await w.search('精神病人');
  const option = w.options.filter({ hasText: '清单事项' }).first();
  const title = (await option.locator('.option-title').textContent()) ?? '';
  await option.click();
  await expect(w.details.getByRole('heading', { level: 2 })).toHaveText(title);
  await expect(w.details.locator('fieldset.self-check')).toBeVisible();
  await expect(w.details.getByText('自查结果仅供参考，是否适用由执法机关依法认定。')).toBeVisible();
  const href = (await w.details.getByRole('link', { name: '本条结果的链接' }).getAttribute('href')) ?? '';
  expect(href).toMatch(/^#dl=list-item%3A/);
  const fresh = await context.newPage();
  await fresh.goto(`/portal.html${href}`);
  await expect(new WidgetPage(fresh).details.getByRole('heading', { level: 2 })).toHaveText(title);
});
