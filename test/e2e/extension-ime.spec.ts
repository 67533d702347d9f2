// Chinese is typed through an IME: while a composition is open the lens's shortcuts are not its
// own (the keys go to the IME and the page untouched); once the candidate is committed they work.
import { cardText, paintedRanges } from './extension/probe.ts';
import { expect, test } from './fixtures.ts';

test('shortcuts wait while an IME composition is open and work after it commits', async ({
  context,
  page,
  consoleErrors,
}) => {
  await page.goto('/fixtures/extension/contenteditable.html');
  await page.locator('#editor').click();
  await page.keyboard.insertText(
    '依据《中华人民共和国食品安全法》第一百二十四条第一款第（一）项，罚款人民币伍万元整。',
  );
  await expect.poll(async () => (await paintedRanges(page)).length).toBeGreaterThan(0);
  await page.evaluate(() => {
    const w = window as unknown as { seen: string[] };
    w.seen = [];
    document.addEventListener('keydown', (e) => w.seen.push(`${e.key}:${e.isComposing}`));
  });

  const cdp = await context.newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: 'di', selectionStart: 2, selectionEnd: 2 });
  await page.keyboard.press('Alt+ArrowDown');
  expect(await cardText(page)).toBeNull();
  // The page saw the composing keys: they were not taken from it.
  expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toContain(
    'ArrowDown:true',
  );

  await cdp.send('Input.insertText', { text: '第' });
  await page.keyboard.press('Alt+ArrowDown');
  await expect.poll(() => cardText(page)).not.toBeNull();
  expect(await page.locator('#editor').textContent()).toBe(
    '依据《中华人民共和国食品安全法》第一百二十四条第一款第（一）项，罚款人民币伍万元整。第',
  );
  expect(consoleErrors).toEqual([]);
});
