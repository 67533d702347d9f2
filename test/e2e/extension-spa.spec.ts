// Editors that appear later, views that change without a page load and editors in frames of
// another origin: the lens follows them and drops what it drew for editors that are gone; the
// card never covers the caret's line.
import { DECISION, expectedPainted } from './extension/expected.ts';
import { cardText, overlayMarks, paintedRanges } from './extension/probe.ts';
import { expect, test } from './fixtures.ts';

test('a single-page case system: each new view is highlighted and nothing is left of the old one', async ({
  page,
  consoleErrors,
}) => {
  await page.goto('/fixtures/extension/spa.html');
  await page.locator('#editor').click();
  await page.keyboard.insertText(DECISION);
  await expect
    .poll(async () => (await overlayMarks(page)).map(({ kind, text }) => ({ kind, text })))
    .toEqual(expectedPainted(DECISION));

  // Case 2 is a rich-text editor; the textarea and its overlay are gone.
  await page.locator('#next').click();
  await expect(page).toHaveURL(/case=2/);
  await expect(page.locator('#editor[contenteditable]')).toBeVisible();
  await expect.poll(async () => (await overlayMarks(page)).length).toBe(0);
  await expect(page.locator('discretion-lens-overlay')).toHaveCount(0);
  await page.locator('#editor').click();
  await page.keyboard.insertText(DECISION);
  await expect.poll(() => paintedRanges(page)).toEqual(expectedPainted(DECISION));

  // Case 3 is a textarea again: its own overlay, the rich-text highlights cleared.
  await page.locator('#next').click();
  await expect(page.locator('textarea#editor')).toBeVisible();
  await expect.poll(() => paintedRanges(page)).toEqual([]);
  await page.locator('#editor').click();
  await page.keyboard.insertText(DECISION);
  await expect.poll(async () => (await overlayMarks(page)).length).toBe(expectedPainted(DECISION).length);
  await expect(page.locator('discretion-lens-overlay')).toHaveCount(1);
  expect(consoleErrors).toEqual([]);
});

test("the card opened at the caret never covers the caret's line", async ({ page }) => {
  await page.goto('/fixtures/extension/contenteditable.html');
  await page.locator('#editor').click();
  // Several lines, so the card has room above and below.
  for (let i = 0; i < 4; i++) {
    await page.keyboard.insertText(DECISION);
    await page.keyboard.press('Enter');
  }
  await expect.poll(async () => (await paintedRanges(page)).length).toBeGreaterThan(8);
  for (const line of [0, 2]) {
    await page.evaluate((n) => {
      const p =
        document.querySelectorAll('#editor > div, #editor > p')[n] ?? document.getElementById('editor');
      const text = p?.firstChild;
      if (text) getSelection()?.collapse(text, 60);
    }, line);
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => cardText(page)).not.toBeNull();
    const caret = await page.evaluate(() => getSelection()?.getRangeAt(0).getClientRects()[0]?.toJSON());
    const card = await page.locator('discretion-lens-card').boundingBox();
    if (!caret || !card) throw new Error('no caret or card box');
    const overlaps = card.y < caret.bottom && card.y + card.height > caret.top;
    expect(overlaps).toBe(false);
    await page.keyboard.press('Escape');
  }
});

test('an editor in a cross-origin frame is read by the content script running in that frame', async ({
  page,
  consoleErrors,
}) => {
  await page.goto('/fixtures/extension/cross-origin.html');
  const handle = await page.waitForSelector('#xo');
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('no frame');
  await frame.waitForLoadState();
  expect(new URL(frame.url()).hostname).toBe('localhost');
  await frame.locator('#editor').click();
  await page.keyboard.insertText(DECISION);
  await expect.poll(() => paintedRanges(frame)).toEqual(expectedPainted(DECISION));
  expect(await frame.locator('#editor').textContent()).toBe(DECISION);
  expect(consoleErrors).toEqual([]);
});
