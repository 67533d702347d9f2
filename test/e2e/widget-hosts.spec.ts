// Host pages are hostile and strict: the widget must work under a strict CSP with Trusted Types,
// beside hostile global CSS, an AMD loader and a clobbered document.currentScript, twice on one
// page, and after a second copy of its script — adding at most one global name, and here none.
import { expect, type Page, test } from '@playwright/test';
import { WidgetPage, watch } from './widget/widget-page.ts';

const QUERY = '农药残留';

/** Records CSP violations from the first script on, and the window's own names before any page script. */
async function instrument(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[]; __globals: string[] };
    w.__globals = Object.getOwnPropertyNames(window);
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
}

async function newGlobals(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const w = window as unknown as { __globals: string[] };
    const before = new Set([...w.__globals, '__globals', '__violations']);
    return Object.getOwnPropertyNames(window).filter((n) => !before.has(n));
  });
}

test('under a strict CSP (no inline styles, Trusted Types) there are no violations and the console is empty', async ({
  page,
}) => {
  await instrument(page);
  const seen = watch(page);
  const response = await page.goto('/fixtures/widget/strict-csp.html');
  expect(response?.headers()['content-security-policy']).toContain("style-src 'self'");
  const w = new WidgetPage(page);
  await w.search(QUERY);
  await w.options.first().click();
  await expect(w.details).toBeVisible();
  // The styles did apply: the input has the widget's border and padding, not the UA default.
  const style = await w.input.evaluate((el) => getComputedStyle(el).paddingLeft);
  expect(style).toBe('12px');
  expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual(
    [],
  );
  expect(seen.errors).toEqual([]);
  expect(await newGlobals(page)).toEqual([]);
});

test('hostile global CSS, an AMD define and a clobbered currentScript change nothing, and our CSS stays inside', async ({
  page,
}) => {
  const seen = watch(page);
  await page.goto('/fixtures/widget/hostile.html');
  // The clobbering is real: document.currentScript names the <img>.
  expect(await page.evaluate(() => (document.currentScript as unknown as Element | null)?.tagName)).toBe(
    'IMG',
  );
  const w = new WidgetPage(page);
  await w.search(QUERY);
  await expect(w.options.first()).toBeVisible();
  await expect(w.options.first().locator('mark').first()).toBeVisible();
  const inside = await w.input.evaluate((el) => {
    const s = getComputedStyle(el);
    return [s.fontSize, s.letterSpacing, s.textTransform, s.borderTopStyle, s.boxSizing];
  });
  expect(inside).toEqual(['16px', 'normal', 'none', 'solid', 'border-box']);
  const optionStyle = await w.options.first().evaluate((el) => getComputedStyle(el).fontStyle);
  expect(optionStyle).toBe('normal');
  // The page's own .option / .badge keep the page's look: our rules do not leak out.
  expect(await page.locator('#page-badge').evaluate((el) => getComputedStyle(el).borderTopLeftRadius)).toBe(
    '0px',
  );
  expect(await page.locator('#page-option').evaluate((el) => getComputedStyle(el).cursor)).toBe('auto');
  // The AMD loader was never called, and the clobbering <img>'s data-target and data-lang were ignored.
  expect(await page.evaluate(() => (window as unknown as { amdCalls: unknown[] }).amdCalls)).toEqual([]);
  await expect(page.locator('#trap discretion-search')).toHaveCount(0);
  await expect(w.input).toHaveAttribute('aria-label', '搜索裁量基准和三张清单');
  expect(seen.errors).toEqual([]);
});

test('two widgets on one page work independently; a second copy of the script is a no-op', async ({
  page,
}) => {
  await instrument(page);
  const seen = watch(page);
  await page.goto('/fixtures/widget/two.html');
  await expect(page.locator('body')).toHaveAttribute('data-second-copy', 'loaded');
  await expect(page.locator('discretion-search')).toHaveCount(2);
  const zh = new WidgetPage(page, page.locator('discretion-search#all'));
  const en = new WidgetPage(page, page.locator('#slot discretion-search'));
  await expect(en.input).toHaveAttribute('placeholder', 'Search the no-penalty list');
  await expect(en.input).toHaveAttribute('aria-label', 'Search discretion rules and the three lists');
  await expect(zh.input).toHaveAttribute('aria-label', '搜索裁量基准和三张清单');

  await zh.search(QUERY);
  await en.search(QUERY);
  await expect(zh.listbox).toBeHidden(); // focus moved: the first widget's list closed, its results kept
  await expect(en.status).toHaveText(/^\d+ results?$/);
  // The English widget searches the no-penalty list only.
  for (const option of await en.options.all()) await expect(option).toContainText('No-penalty list');
  await en.options.first().click();
  await expect(en.details).toBeVisible();
  await expect(zh.details).toHaveCount(0);
  // Its deep link is its own.
  await expect(en.details.getByRole('link', { name: 'Link to this result' })).toHaveAttribute(
    'href',
    /^#dl=/,
  );
  expect(seen.paths().filter((p) => p === '/widget/data/manifest.json')).toHaveLength(1);
  expect(seen.errors).toEqual([]);
  expect(await newGlobals(page)).toEqual([]);
});

test('the build’s embed snippet loads the widget with Subresource Integrity; a wrong hash is refused', async ({
  page,
}) => {
  const snippet = await (await page.request.get('/widget/embed.html')).text();
  const integrity = /integrity="(sha384-[A-Za-z0-9+/=]+)"/.exec(snippet)?.[1];
  expect(integrity).toBeDefined();
  const load = (hash: string) =>
    page.evaluate(
      (hash) =>
        new Promise<string>((done) => {
          const script = document.createElement('script');
          script.src = '/widget/widget.js';
          script.integrity = hash;
          script.crossOrigin = 'anonymous';
          script.onload = () => done('loaded');
          script.onerror = () => done('refused');
          document.body.append(script);
        }),
      hash,
    );
  await page.goto('/fixtures/widget/embed.html');
  expect(await load(`sha384-${'A'.repeat(64)}`)).toBe('refused');
  expect(await page.evaluate(() => customElements.get('discretion-search') === undefined)).toBe(true);
  expect(await load(integrity ?? '')).toBe('loaded');
  await expect(new WidgetPage(page).input).toBeVisible();
});
