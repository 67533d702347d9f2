// The element's attributes: placeholder, theme, language, lists and the as-of date, read at first
// render and again whenever they change; a wrong value is reported in the widget, not guessed.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { WidgetPage, watch } from './widget/widget-page.ts';

const QUERY = '农药残留';

test.use({ viewport: { width: 320, height: 800 } });

test('attributes set the placeholder, theme and language, and changes apply at once', async ({ page }) => {
  const seen = watch(page);
  await page.goto('/fixtures/widget/narrow.html');
  const w = new WidgetPage(page);
  await expect(w.input).toHaveAttribute('placeholder', '查违法行为');
  const background = () => w.input.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(await background()).toBe('rgb(255, 255, 255)');
  await w.host.evaluate((el) => el.setAttribute('theme', 'dark'));
  await expect.poll(background).toBe('rgb(13, 17, 23)');
  await w.host.evaluate((el) => el.setAttribute('theme', 'auto'));
  await expect.poll(background).toBe('rgb(255, 255, 255)');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(background).toBe('rgb(13, 17, 23)');

  // The page themes it through --dl-* custom properties only.
  await w.host.evaluate((el) => (el as HTMLElement).style.setProperty('--dl-bg', 'rgb(1, 2, 3)'));
  await expect.poll(background).toBe('rgb(1, 2, 3)');

  await w.host.evaluate((el) => el.setAttribute('lang', 'en'));
  await expect(w.input).toHaveAttribute('aria-label', 'Search discretion rules and the three lists');
  await w.search(QUERY);
  await expect(w.status).toHaveText(/^\d+ results?$/);
  expect(seen.errors).toEqual([]);
});

test('a wrong attribute value is reported in the widget and the rest still works', async ({ page }) => {
  await page.goto('/fixtures/widget/narrow.html');
  const w = new WidgetPage(page);
  await w.host.evaluate((el) => {
    el.setAttribute('lists', 'no-penalty fines');
    el.setAttribute('as-of', '2023-02-30');
  });
  await expect(w.host.getByText('配置有误：lists="fines" 无法识别，已忽略。')).toBeVisible();
  await expect(w.host.getByText('配置有误：as-of="2023-02-30" 无法识别，已忽略。')).toBeVisible();
  await w.search(QUERY);
  for (const option of await w.options.all()) await expect(option).toContainText('不予处罚清单');
});

test('as-of chooses the law versions a result shows', async ({ page }) => {
  const versionsShown = async (asOf: string | null) => {
    await page.goto('/fixtures/widget/narrow.html');
    const w = new WidgetPage(page);
    if (asOf) await w.host.evaluate((el, d) => el.setAttribute('as-of', d), asOf);
    await w.search(QUERY);
    await w.options.filter({ hasText: '处罚事项' }).first().click();
    const summaries = await w.details.locator('details.provision summary').allTextContents();
    expect(summaries.length).toBeGreaterThan(0);
    return summaries.map((s) => /（(\d{4}-\d{2}-\d{2}) 版本）/.exec(s)?.[1] ?? 'none');
  };
  const old = await versionsShown('2022-01-01');
  for (const v of old) expect(v <= '2022-01-01').toBe(true);
  const current = await versionsShown(null);
  expect(current).not.toEqual(old);
});

test('a statute text says how current it is on the as-of date, and warns where a new law may replace it', async ({
  page,
}) => {
  const notesOn = async (asOf: string) => {
    await page.goto('/fixtures/widget/narrow.html');
    const w = new WidgetPage(page);
    await w.host.evaluate((el, d) => el.setAttribute('as-of', d), asOf);
    await w.open('社会生活噪声', '超过噪声排放标准排放社会生活噪声');
    await expect(w.details.locator('details.provision').first()).toBeVisible();
    return w.details.locator('p.currency').allTextContents();
  };
  // After the day the law's versions were checked: the check day, and the doubt about a successor.
  const late = await notesOn('2026-12-08');
  expect(late).toContain('本文本核对至 2026-02-25，此后的修订未能核对。');
  expect(late).toContain('可能已有新法取代本法（尚未核实），请以国家法律法规数据库为准。');
  // Before it, the text is known to be the one in force: nothing to say.
  expect(await notesOn('2025-06-01')).toEqual([]);
});

test('changing the lists while results are shown searches again with the new filter', async ({ page }) => {
  await page.goto('/fixtures/widget/narrow.html');
  const w = new WidgetPage(page);
  await w.search(QUERY);
  const all = await w.options.allTextContents();
  expect(all.some((o) => !o.includes('不予处罚清单'))).toBe(true);
  await w.host.evaluate((el) => el.setAttribute('lists', 'no-penalty'));
  await expect
    .poll(async () => (await w.options.allTextContents()).every((o) => o.includes('不予处罚清单')))
    .toBe(true);
  await expect(w.options.first()).toBeVisible();
  await expect(w.input).toBeFocused();
});

test('the dark theme in English is axe-core clean too', async ({ page }) => {
  await page.goto('/fixtures/widget/narrow.html');
  const w = new WidgetPage(page);
  await w.host.evaluate((el) => {
    el.setAttribute('theme', 'dark');
    el.setAttribute('lang', 'en');
  });
  await w.search(QUERY);
  await page.keyboard.press('ArrowDown');
  expect((await new AxeBuilder({ page }).include('discretion-search').analyze()).violations).toEqual([]);
  await w.options.filter({ hasText: 'Penalty matter' }).first().click();
  for (const s of await w.details.locator('details summary').all()) await s.click();
  expect((await new AxeBuilder({ page }).include('discretion-search').analyze()).violations).toEqual([]);
});
