// The card on what decisions write: a fine stated as a multiple of a stated base (both verdicts),
// a citation dated before the earliest bundled version (said in words, with the dates covered), and
// a document number the dataset's lists come from.
import { expectedMarks } from './extension/expected.ts';
import { cardText, paintedRanges } from './extension/probe.ts';
import { expect, test } from './fixtures.ts';

const TEXT =
  '经查，当事人于2019年5月10日未如实记录安全生产教育和培训情况，违反了《中华人民共和国安全生产法》第九十四条第四项的规定。' +
  '依据《中华人民共和国城乡规划法》第六十四条，该违法建设工程造价为人民币200,000元，决定处建设工程造价百分之八的罚款，计人民币16,000元。' +
  '依据国家税务总局公告2021年第6号办理。';

test('the card words fines in two steps, versions not bundled and document numbers', async ({
  page,
  consoleErrors,
}) => {
  await page.goto('/fixtures/extension/contenteditable.html');
  await page.locator('#editor').click();
  await page.keyboard.insertText(TEXT);
  const marks = expectedMarks(TEXT);
  await expect.poll(async () => (await paintedRanges(page)).length).toBe(marks.length);

  const hover = async (start: number, end: number) => {
    const box = await page.evaluate(
      ([s, e]) => {
        const text = document.getElementById('editor')?.firstChild as Text;
        const r = new Range();
        r.setStart(text, s);
        r.setEnd(text, e);
        const b = r.getClientRects()[0];
        return b ? { x: b.left + Math.min(10, b.width / 2), y: b.top + b.height / 2 } : null;
      },
      [start, end] as const,
    );
    if (!box) throw new Error('mark not on screen');
    await page.mouse.move(0, 0);
    await expect.poll(() => cardText(page), { timeout: 15_000 }).toBeNull();
    await page.mouse.move(box.x, box.y);
  };

  const fine = marks.find((m) => m.item.type === 'fine');
  if (!fine) throw new Error('no fine mark');
  await hover(fine.start, fine.end);
  await expect.poll(() => cardText(page), { timeout: 15_000 }).toContain('建设工程造价百分之八');
  const fineCard = (await cardText(page)) ?? '';
  expect(fineCard).toContain('法定倍数幅度内');
  expect(fineCard).toContain('的8%一致');

  const old = marks.find((m) => m.item.type === 'reference' && m.item.reference.coverage);
  if (old?.item.type !== 'reference') throw new Error('no reference before the bundled versions');
  await hover(old.start, old.end);
  await expect.poll(() => cardText(page), { timeout: 15_000 }).toContain('第九十四条');
  const oldCard = (await cardText(page)) ?? '';
  expect(oldCard).toContain('当时施行的版本未收录');
  expect(oldCard).toContain(`自 ${old.item.reference.coverage?.from} 起施行的版本`);
  expect(oldCard).not.toContain('该条文不存在');

  const doc = marks.find((m) => m.item.type === 'document');
  if (doc?.item.type !== 'document') throw new Error('no document mark');
  expect(doc.kind).toBe('list');
  await hover(doc.start, doc.end);
  await expect.poll(() => cardText(page), { timeout: 15_000 }).toContain('文号');
  expect(await cardText(page)).toContain(
    `本数据集收录该文件发布的清单（${doc.item.document.listItems.length} 项）`,
  );
  expect(consoleErrors).toEqual([]);
});
