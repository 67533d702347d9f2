// Highlights stay where the text is: the textarea mirror follows the field's scrolling, its
// resizing and reflow of the page around it; in a long rich-text document the marks near the
// viewport are painted wherever the officer scrolls.
import { DECISION } from './extension/expected.ts';
import { type OverlayMark, overlayMarks } from './extension/probe.ts';
import { expect, test } from './fixtures.ts';

/** Every mark moved by (dx, dy), mark for mark in document order. */
const shifted = (before: OverlayMark[], after: OverlayMark[], dx: number, dy: number) =>
  before.length === after.length &&
  before.every((m, i) => {
    const b = after[i];
    return (
      b?.text === m.text && Math.abs(b.box.x - (m.box.x + dx)) <= 1 && Math.abs(b.box.y - (m.box.y + dy)) <= 1
    );
  });

test('the textarea overlay follows scrolling, resizing and reflow', async ({ page, consoleErrors }) => {
  await page.goto('/fixtures/extension/textarea.html');
  const field = page.locator('#editor');
  await field.click();
  await page.keyboard.insertText(Array.from({ length: 6 }, () => DECISION).join('\n'));
  await expect.poll(async () => (await overlayMarks(page)).length).toBeGreaterThan(10);
  await field.evaluate((el) => {
    el.scrollTop = 0;
  });
  await page.waitForFunction(
    () => (document.getElementById('editor') as HTMLTextAreaElement).scrollTop === 0,
  );
  await expect.poll(async () => (await overlayMarks(page))[0]?.box.y).toBeGreaterThan(0);
  const before = await overlayMarks(page);

  // Scrolling the field by 60 px moves every mark up by 60 px.
  await field.evaluate((el) => {
    el.scrollTop = 60;
  });
  await expect.poll(async () => shifted(before, await overlayMarks(page), 0, -60)).toBe(true);

  // Reflow above the field (a banner appears) moves the marks with it.
  const moved = await overlayMarks(page);
  const top = (await field.boundingBox())?.y ?? 0;
  await page.evaluate(() => {
    const banner = document.createElement('div');
    banner.style.height = '50px';
    document.body.prepend(banner);
  });
  const dy = ((await field.boundingBox())?.y ?? 0) - top;
  expect(dy).toBeGreaterThanOrEqual(50);
  await expect.poll(async () => shifted(moved, await overlayMarks(page), 0, dy)).toBe(true);

  // A narrower field rewraps its text; the marks rewrap with it and stay inside the field.
  await field.evaluate((el) => {
    el.style.width = '360px';
  });
  const box = await field.boundingBox();
  if (!box) throw new Error('field not visible');
  // (A mark broken over two lines reports the union of its fragments, hence the width check.)
  await expect
    .poll(async () =>
      (await overlayMarks(page)).every(
        (m) => m.box.x >= box.x && m.box.x < box.x + box.width && m.box.width <= box.width,
      ),
    )
    .toBe(true);
  expect(consoleErrors).toEqual([]);
});

test('in a long rich-text document the marks around the viewport are painted as it scrolls', async ({
  page,
  consoleErrors,
}) => {
  await page.goto('/fixtures/extension/contenteditable.html');
  await page.evaluate((passage) => {
    const editor = document.getElementById('editor') as HTMLElement;
    const paragraphs = Array.from({ length: 400 }, (_, i) => {
      const p = document.createElement('p');
      p.textContent = `${i + 1}. ${passage}`;
      return p;
    });
    editor.replaceChildren(...paragraphs);
  }, DECISION);
  /** Paragraph numbers (1-based) that hold a painted mark. */
  const paintedParagraphs = () =>
    page.evaluate(() => {
      const found = new Set<number>();
      for (const k of ['resolved', 'problem', 'list']) {
        for (const r of (CSS.highlights.get(`discretion-lens-${k}`) ?? []) as Iterable<AbstractRange>) {
          const p = r.startContainer.parentElement;
          if (p) found.add([...(p.parentElement?.children ?? [])].indexOf(p) + 1);
        }
      }
      return [...found].sort((a, b) => a - b);
    });
  await expect.poll(async () => (await paintedParagraphs()).includes(1)).toBe(true);
  expect((await paintedParagraphs()).includes(300)).toBe(false);

  await page.locator('#editor p').nth(299).scrollIntoViewIfNeeded();
  await expect.poll(async () => (await paintedParagraphs()).includes(300)).toBe(true);
  expect((await paintedParagraphs()).includes(1)).toBe(false);
  expect(consoleErrors).toEqual([]);
});
