// The widget's search as a business owner uses it: everyday words find the statutory matter, a query
// naming a law and an article shows that article with its matters, and a question nothing answers
// offers the domains and example questions, which search when chosen.
import { expect, test } from '@playwright/test';
import { WidgetPage } from './widget/widget-page.ts';

test.describe('the widget search understands how people ask', () => {
  test('everyday words find the statutory matter', async ({ page }) => {
    await page.goto('/portal.html');
    const w = new WidgetPage(page);
    await w.search('喝了酒开车');
    await expect(w.options.first()).toContainText('饮酒后驾驶机动车');
  });

  test('a law and an article go to that article: its text and its matters', async ({ page }) => {
    await page.goto('/portal.html');
    const w = new WidgetPage(page);
    await w.search('食品安全法124条');
    const named = w.host.getByRole('region', { name: '所查条文' });
    await expect(named.locator('.citation')).toHaveText('《中华人民共和国食品安全法》第一百二十四条');
    await expect(named.locator('.article')).toContainText('农药残留');
    await expect(w.options.first()).toBeVisible();
  });

  test('nothing matched: the domains and example questions, which search when chosen', async ({ page }) => {
    await page.goto('/portal.html');
    const w = new WidgetPage(page);
    await w.input.fill('zzqqxx');
    await expect(w.status).toHaveText('没有找到结果');
    await expect(w.host.getByText(/本工具涵盖的领域：市场监管、/)).toBeVisible();
    await w.host.getByRole('button', { name: '员工加班超时' }).click();
    await expect(w.input).toHaveValue('员工加班超时');
    await expect(w.options.first()).toContainText('延长劳动者工作时间');
  });
});
