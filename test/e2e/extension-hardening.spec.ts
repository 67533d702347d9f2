// The page the extension runs on is not trusted: it learns nothing that would let it stop the
// content script, a forged "newer script started" event does not stop it, and key and mouse events
// made up by page script neither open the card nor insert anything.
import type { Page } from '@playwright/test';
import { expectedMarks } from './extension/expected.ts';
import { cardText, paintedRanges } from './extension/probe.ts';
import { expect, test } from './fixtures.ts';

const TEXT =
  '经查，当事人销售的香蕉农药残留超标。依据《中华人民共和国食品安全法》第一百二十四条第一款第（一）项，罚款人民币伍万元整。';

async function typed(page: Page): Promise<void> {
  await page.goto('/fixtures/extension/contenteditable.html');
  await page.locator('#editor').click();
  await page.keyboard.insertText(TEXT);
  await expect.poll(async () => (await paintedRanges(page)).length).toBe(expectedMarks(TEXT).length);
}

test('a forged stop event from the page does not stop the extension, and the page is never told its id', async ({
  page,
  extensionId,
  consoleErrors,
}) => {
  // Everything the page's window is sent, from before any script of ours runs.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { dlMessages: string[] }).dlMessages = seen;
    window.addEventListener('message', (e) => seen.push(JSON.stringify(e.data)));
  });
  await typed(page);

  // What WXT's context listens for to end an older copy of the script, dispatched by the page
  // with the right name (extension id and script name), in both forms the framework has used.
  await page.evaluate((id) => {
    const type = `${id}:content:wxt:content-script-started`;
    const detail = { contentScriptName: 'content', messageId: 'forged' };
    document.dispatchEvent(new CustomEvent(type, { detail }));
    window.postMessage({ type, ...detail }, '*');
  }, extensionId);

  // Still alive: the marks stay, and new text is still scanned and marked.
  expect((await paintedRanges(page)).length).toBe(expectedMarks(TEXT).length);
  await page.keyboard.press('Control+End');
  await page.keyboard.insertText(TEXT);
  await expect.poll(async () => (await paintedRanges(page)).length).toBe(expectedMarks(TEXT + TEXT).length);

  const messages = await page.evaluate(() => (window as unknown as { dlMessages: string[] }).dlMessages);
  expect(messages.filter((m) => m.includes(extensionId) && !m.includes('forged'))).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test('key and mouse events made up by page script do nothing', async ({ page, consoleErrors }) => {
  await typed(page);
  const editor = page.locator('#editor');
  /** Dispatches a synthetic key in the page's world; true when anyone (we) took it. */
  const synthetic = (key: string) =>
    editor.evaluate((el, key) => {
      const e = new KeyboardEvent('keydown', {
        key,
        altKey: key !== 'Escape',
        bubbles: true,
        cancelable: true,
      });
      el.dispatchEvent(e);
      return e.defaultPrevented;
    }, key);

  // Alt+↓ from script: not taken, no card.
  expect(await synthetic('ArrowDown')).toBe(false);
  expect(await cardText(page)).toBeNull();

  // The officer's own Alt+↓ opens the card; a scripted Alt+Enter then inserts nothing and a
  // scripted Escape does not close it.
  await page.keyboard.press('Alt+ArrowDown');
  await expect.poll(() => cardText(page)).not.toBeNull();
  expect(await synthetic('Enter')).toBe(false);
  expect(await editor.textContent()).toBe(TEXT);
  expect(await synthetic('Escape')).toBe(false);
  expect(await cardText(page)).not.toBeNull();
  await page.keyboard.press('Escape');
  await expect.poll(() => cardText(page)).toBeNull();

  // A scripted click right on a mark opens nothing.
  const clicked = await editor.evaluate((el) => {
    const text = el.firstChild as Text;
    const at = text.data.indexOf('《');
    const r = new Range();
    r.setStart(text, at);
    r.setEnd(text, at + 4);
    const b = r.getClientRects()[0] as DOMRect;
    const init = { bubbles: true, cancelable: true, clientX: b.left + 5, clientY: b.top + b.height / 2 };
    el.dispatchEvent(new MouseEvent('click', init));
    return true;
  });
  expect(clicked).toBe(true);
  expect(await cardText(page)).toBeNull();
  expect(await editor.textContent()).toBe(TEXT);
  expect(consoleErrors).toEqual([]);
});
