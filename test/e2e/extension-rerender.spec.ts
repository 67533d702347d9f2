// Editors rebuild their text nodes without changing the text (formatting, undo, re-renders): the
// marks follow the new nodes at once, no highlight range is left on a removed node, and the
// card still opens on a click.
import type { Page } from '@playwright/test';
import { EDITORS } from './extension/editors.ts';
import { expectedPainted } from './extension/expected.ts';
import { cardText, firstMarkCentre, paintedRanges, strayRanges } from './extension/probe.ts';
import { expect, test } from './fixtures.ts';

const TEXT =
  '当事人于2024年3月5日销售的香蕉农药残留超标。依据《中华人民共和国食品安全法》第一百二十四条第一款第（一）项的规定，决定罚款人民币伍万元整。';

async function marksFollow(page: Page): Promise<void> {
  await expect.poll(() => paintedRanges(page)).toEqual(expectedPainted(TEXT));
  expect(await strayRanges(page)).toBe(0);
  const centre = await firstMarkCentre(page, page.mainFrame(), 'rich');
  await page.mouse.click(centre.x, centre.y);
  await expect.poll(() => cardText(page)).not.toBeNull();
  await page.keyboard.press('Escape');
  await expect.poll(() => cardText(page)).toBeNull();
}

test('marks follow a contenteditable whose nodes are rebuilt with the same text', async ({
  page,
  consoleErrors,
}) => {
  await page.goto('/fixtures/extension/contenteditable.html');
  const editor = page.locator('#editor');
  await editor.click();
  await page.keyboard.insertText(TEXT);
  await marksFollow(page);

  // The page re-sets its paragraph: every text node is new, the text is the same.
  await editor.evaluate((el) => {
    const html = el.innerHTML;
    el.innerHTML = html;
  });
  expect(await editor.textContent()).toBe(TEXT);
  await marksFollow(page);

  // Select all and bold: the text is split into new nodes inside <b>.
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+B');
  await expect.poll(() => editor.evaluate((el) => el.querySelector('b') !== null)).toBe(true);
  expect(await editor.textContent()).toBe(TEXT);
  await marksFollow(page);

  // The editor's own undo rebuilds the nodes once more.
  await editor.click();
  await page.keyboard.press('Control+Z');
  await expect.poll(() => editor.evaluate((el) => el.querySelector('b') === null)).toBe(true);
  await marksFollow(page);
  expect(consoleErrors).toEqual([]);
});

// Real editors re-render their nodes on formatting: after select-all + bold the marks are still
// on the right text, no range is left on a removed node, and a click opens the card.
for (const ed of EDITORS.filter((e) => ['CKEditor 5', 'KindEditor', 'TinyMCE', 'Quill'].includes(e.name))) {
  test(`marks follow ${ed.name} through select-all + bold`, async ({ page, consoleErrors }) => {
    await page.goto(`/fixtures/extension/${ed.path}`);
    await ed.ready?.(page);
    const frame = await ed.frame(page);
    await frame.locator(ed.root).click();
    await page.keyboard.insertText(TEXT);
    await expect.poll(() => paintedRanges(frame)).toEqual(expectedPainted(TEXT));

    await page.keyboard.press('Control+A');
    await page.keyboard.press('Control+B');
    await expect
      .poll(() => frame.locator(ed.root).evaluate((el) => el.querySelector('b, strong') !== null))
      .toBe(true);
    expect(await ed.content(frame)).toBe(TEXT);
    await expect.poll(() => paintedRanges(frame)).toEqual(expectedPainted(TEXT));
    expect(await strayRanges(frame)).toBe(0);
    const centre = await firstMarkCentre(page, frame, 'rich');
    await page.mouse.click(centre.x, centre.y);
    await expect.poll(() => cardText(page)).not.toBeNull();
    expect(consoleErrors).toEqual([]);
  });
}
