// The foundation: the demo server serves both pages, the built extension loads, the widget renders.
import { expect, test as plain } from '@playwright/test';
import { test } from './fixtures.ts';

plain('the demo server serves the case-system page and the portal page', async ({ page }) => {
  await page.goto('/case-system.html');
  await expect(page.locator('textarea#reason')).toContainText('食品安全法');
  await page.goto('/portal.html');
  await expect(page.locator('discretion-search')).toHaveCount(1);
});

plain('the built widget renders on the demo portal and the console is empty', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/portal.html');
  const input = page.locator('discretion-search').getByRole('combobox');
  await expect(input).toBeVisible();
  expect(errors).toEqual([]);
});

test('the built extension loads into Chromium and its service worker answers', async ({ serviceWorker }) => {
  const manifest = await serviceWorker.evaluate(() => chrome.runtime.getManifest());
  expect(manifest.manifest_version).toBe(3);
  expect(manifest.name).toContain('discretion-lens');
});
