// The card by mouse: hovering a reference opens it with the provision, the matter, its tiers and
// the lists that may apply with their conditions, each with its basis; its insert button puts the
// citation at the caret the officer left (the click does not take the caret away).
import type { Page } from '@playwright/test';
import type { Mark } from '../../extension/highlight/marks.ts';
import { expectedCitation, expectedMarks } from './extension/expected.ts';
import { cardButtonCentre, cardText, paintedRanges } from './extension/probe.ts';
import { expect, test } from './fixtures.ts';

/** Moves the mouse onto a mark in the single text node of #editor. */
async function hover(page: Page, mark: Mark): Promise<void> {
  const box = await page.evaluate(
    ([start, end]) => {
      const text = document.getElementById('editor')?.firstChild as Text;
      const r = new Range();
      r.setStart(text, start);
      r.setEnd(text, end);
      const b = r.getClientRects()[0];
      return b ? { x: b.left + 10, y: b.top + b.height / 2 } : null;
    },
    [mark.start, mark.end] as const,
  );
  if (!box) throw new Error('mark not on screen');
  await page.mouse.move(box.x, box.y);
}

const TEXT =
  '经查，当事人销售的香蕉农药残留超标。依据《中华人民共和国食品安全法》第一百二十四条第一款第（一）项，罚款人民币伍万元整。';

test("the card's insert button puts the citation at the caret", async ({ page, consoleErrors }) => {
  await page.goto('/fixtures/extension/contenteditable.html');
  await page.locator('#editor').click();
  await page.keyboard.insertText(TEXT);
  const marks = expectedMarks(TEXT);
  await expect.poll(async () => (await paintedRanges(page)).length).toBe(marks.length);
  // The caret goes right after "经查，".
  await page.keyboard.press('Control+Home');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');

  const reference = marks.find((m) => m.item.type === 'reference');
  if (!reference) throw new Error('no reference mark');
  await hover(page, reference);
  await expect.poll(() => cardText(page)).toContain('第一百二十四条');
  const card = (await cardText(page)) ?? '';
  // What the card explains, each with its basis label.
  for (const words of ['条文', '法律条文', '处罚依据', '裁量阶次', '可能适用的清单', '插入引用'])
    expect(card).toContain(words);
  // The provision violated (第三十四条第（二）项 for this item) and the sanctions on the party, per branch.
  expect(card).toContain('违反');
  expect(card).toContain('第三十四条');
  expect(card).toContain('对当事人');
  expect(card).toContain('吊销 / 撤销（吊销许可证）');

  const button = await cardButtonCentre(page, 'insert');
  if (!button) throw new Error('no insert button');
  await page.mouse.move(button.x, button.y, { steps: 4 });
  await page.mouse.click(button.x, button.y);
  const citation = expectedCitation(reference, TEXT);
  await expect
    .poll(() => page.locator('#editor').textContent())
    .toBe(TEXT.slice(0, 3) + citation + TEXT.slice(3));
  await expect.poll(() => cardText(page)).toBeNull();
  expect(consoleErrors).toEqual([]);
});

test('the card says how current the text is, and warns where a new law may replace it', async ({
  page,
  consoleErrors,
}) => {
  // No act date: the card applies today's date, later than the day the versions were checked.
  const text = '依据《中华人民共和国噪声污染防治法》第八十一条第一款第（一）项，罚款人民币一万元。';
  await page.goto('/fixtures/extension/contenteditable.html');
  await page.locator('#editor').click();
  await page.keyboard.insertText(text);
  const reference = expectedMarks(text).find((m) => m.item.type === 'reference');
  if (!reference) throw new Error('no reference mark');
  await expect.poll(async () => (await paintedRanges(page)).length).toBeGreaterThan(0);
  await hover(page, reference);
  await expect.poll(() => cardText(page)).toContain('第八十一条');
  const card = (await cardText(page)) ?? '';
  expect(card).toContain('本文本核对至 2026-02-25，此后的修订未能核对。');
  expect(card).toContain('可能已有新法取代本法（尚未核实），请以国家法律法规数据库为准。');
  expect(consoleErrors).toEqual([]);
});
