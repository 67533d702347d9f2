// The side panel's search as an officer uses it: everyday words find the statutory matter, a question
// no matter answers shows the statute articles that mention it (with a citation to insert), and a
// question nothing answers offers the domains and example questions.
import { expect, test } from './fixtures.ts';

test('the side panel finds matters from everyday words, falls back to the statute text, and never shows nothing', async ({
  context,
  extensionId,
  consoleErrors,
}) => {
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  const box = panel.getByLabel('搜索处罚事项、清单');

  await box.fill('喝了酒开车');
  // The panel builds its own engine first; on a busy machine that can take a while.
  await expect(panel.locator('ul.results li').first()).toContainText('饮酒后驾驶机动车', { timeout: 30_000 });

  await box.fill('随地吐痰');
  const statutes = panel.getByRole('region', { name: '没有匹配的处罚事项；以下条文提到了它' });
  await expect(statutes).toBeVisible();
  await expect(panel.locator('ul.results li')).toHaveCount(0);
  const first = statutes.locator('article').first();
  await expect(first.locator('strong')).toHaveText(/^《中华人民共和国.+》第.+条$|^《.+条例》第.+条$/);
  await expect(first.locator('.article-text')).toContainText('随地吐痰');
  await expect(first.getByRole('button')).toHaveText(/^插入引用：《.+》第.+条/);

  await box.fill('zzqqxx');
  await expect(panel.getByRole('status')).toHaveText(/没有找到相关的处罚事项或条文/);
  await expect(panel.getByText(/领域：市场监管、/)).toBeVisible();
  await panel.getByRole('button', { name: '大气污染防治法第一百一十八条' }).click();
  await expect(box).toHaveValue('大气污染防治法第一百一十八条');
  await expect(panel.getByRole('region', { name: '所查条文' })).toContainText('第一百一十八条');
  await expect(panel.locator('ul.results li').first()).toBeVisible();
  expect(consoleErrors).toEqual([]);
});
