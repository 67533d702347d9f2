// An insertion the editor does not take is never reported as done: the card says the citation
// was not inserted, the editor's content is unchanged, and the citation can be copied instead.
import { expectedCitation, expectedMarks } from './extension/expected.ts';
import { cardButtonCentre, cardText, paintedRanges } from './extension/probe.ts';
import { expect, test } from './fixtures.ts';

const TEXT =
  '经查，当事人销售的香蕉农药残留超标。依据《中华人民共和国食品安全法》第一百二十四条第一款第（一）项，罚款人民币伍万元整。';

test('a citation the editor refuses is reported, not claimed, and can be copied', async ({
  context,
  page,
  consoleErrors,
}) => {
  await page.goto('/fixtures/extension/reverting.html');
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(page.url()).origin,
  });
  const editor = page.locator('#editor');
  await editor.click();
  await page.keyboard.insertText(TEXT);
  const marks = expectedMarks(TEXT);
  await expect.poll(async () => (await paintedRanges(page)).length).toBe(marks.length);
  expect(await page.evaluate(() => (window as unknown as { model: string }).model)).toBe(TEXT);

  await page.keyboard.press('Control+End');
  await page.keyboard.press('Alt+ArrowUp');
  await expect.poll(() => cardText(page)).toContain('第一百二十四条');
  await page.keyboard.press('Alt+Enter');
  await expect.poll(() => cardText(page)).toContain('引用没有插入');
  expect(await cardText(page)).toContain('复制引用');
  // Nothing changed: not in the DOM, not in the editor's model.
  expect(await editor.textContent()).toBe(TEXT);
  expect(await page.evaluate(() => (window as unknown as { model: string }).model)).toBe(TEXT);

  const reference = marks.find((m) => m.item.type === 'reference' && m.end <= TEXT.length);
  if (!reference) throw new Error('no reference');
  const copy = await cardButtonCentre(page, 'copy');
  if (!copy) throw new Error('no copy button');
  await page.mouse.click(copy.x, copy.y);
  await expect.poll(() => cardText(page)).toContain('已复制');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expectedCitation(reference, TEXT));
  expect(consoleErrors).toEqual([]);
});
