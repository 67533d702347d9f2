// The extension in every kind of editor a case system uses: decision text is typed, the
// references are painted where the engine finds them, the editor's content stays exactly what
// was typed, the card opens by mouse and keyboard, a citation lands at the caret and one undo
// removes it; no request leaves the page's origin and the console is empty.
import type { Frame, Page } from '@playwright/test';
import { EDITORS, type EditorFixture } from './extension/editors.ts';
import { expectedCitation, expectedMarks, expectedPainted } from './extension/expected.ts';
import {
  cardText,
  firstMarkCentre,
  ourNodesInside,
  overlayMarks,
  type Painted,
  paintedRanges,
} from './extension/probe.ts';
import { expect, test } from './fixtures.ts';

const ORIGIN = 'http://127.0.0.1';

async function open(page: Page, ed: EditorFixture): Promise<Frame> {
  await page.goto(`/fixtures/extension/${ed.path}`);
  await ed.ready?.(page);
  const frame = await ed.frame(page);
  await frame.locator(ed.root).click();
  return frame;
}

async function painted(page: Page, frame: Frame, ed: EditorFixture): Promise<Painted[]> {
  if (ed.kind === 'field') return (await overlayMarks(page)).map(({ kind, text }) => ({ kind, text }));
  return paintedRanges(frame);
}

/** Page-world watch on the editor: every mutation from now on is counted. */
function watchMutations(frame: Frame, ed: EditorFixture) {
  return frame.locator(ed.root).evaluate((root) => {
    const w = window as unknown as { dlMutations: number; dlAttributes: string[] };
    w.dlMutations = 0;
    w.dlAttributes = [];
    new MutationObserver((records) => {
      w.dlMutations += records.length;
      for (const r of records) if (r.type === 'attributes') w.dlAttributes.push(r.attributeName ?? '');
    }).observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
  });
}
const mutations = (frame: Frame) =>
  frame.evaluate(() => {
    const w = window as unknown as { dlMutations: number; dlAttributes: string[] };
    return { count: w.dlMutations, attributes: w.dlAttributes };
  });

for (const ed of EDITORS) {
  test.describe(`in a ${ed.name}`, () => {
    test('typed references are highlighted where the engine finds them, the content stays as typed, the highlights paint, a mouse opens the card, the console is empty and no request leaves the origin', async ({
      context,
      page,
      consoleErrors,
    }) => {
      const requests: string[] = [];
      context.on('request', (r) => requests.push(r.url()));
      const frame = await open(page, ed);
      await page.keyboard.type(ed.text);
      if (ed.plainDom) await watchMutations(frame, ed);

      const expected = expectedPainted(ed.text);
      expect(expected.length).toBeGreaterThan(1);
      await expect.poll(() => painted(page, frame, ed)).toEqual(expected);

      // Exactly what was typed, nothing of ours inside, and (plain editors) not one mutation since.
      expect(await ed.content(frame)).toBe(ed.text);
      expect(await ourNodesInside(frame, ed.root)).toBe(0);
      if (ed.plainDom) expect(await mutations(frame)).toEqual({ count: 0, attributes: [] });

      if (ed.kind === 'field') {
        // The mirror's marks sit inside the field's box.
        const field = await frame.locator(ed.root).boundingBox();
        if (!field) throw new Error('field not visible');
        for (const m of await overlayMarks(page)) {
          if (m.box.x + m.box.width < field.x || m.box.x > field.x + field.width) continue; // scrolled out
          expect(m.box.y).toBeGreaterThanOrEqual(field.y);
          expect(m.box.y + m.box.height).toBeLessThanOrEqual(field.y + field.height);
        }
      }

      // The highlights paint: the editor's pixels change when our paint is taken away.
      const region =
        ed.kind === 'field' || frame === page.mainFrame()
          ? frame.locator(ed.root)
          : page.locator('iframe').first();
      const withMarks = await region.screenshot();
      if (ed.kind === 'field') {
        await page.locator('discretion-lens-overlay').evaluateAll((hosts) => {
          for (const h of hosts) (h as HTMLElement).style.setProperty('visibility', 'hidden', 'important');
        });
      } else {
        await frame.evaluate(() => {
          for (const k of ['resolved', 'problem', 'list']) CSS.highlights.delete(`discretion-lens-${k}`);
        });
      }
      const without = await region.screenshot();
      expect(withMarks.equals(without)).toBe(false);
      await page.reload();
      const again = await open(page, ed);
      await page.keyboard.type(ed.text);
      await expect.poll(() => painted(page, again, ed)).toEqual(expected);

      // Hovering the first mark opens the card; clicking pins it; Escape in the editor closes it.
      const centre = await firstMarkCentre(page, again, ed.kind);
      await page.mouse.move(centre.x, centre.y);
      await expect.poll(() => cardText(page)).toContain(expected[0]?.text.slice(1, 6) ?? '');
      await page.mouse.click(centre.x, centre.y);
      await expect.poll(() => cardText(page)).not.toBeNull();
      await page.keyboard.press('Escape');
      await expect.poll(() => cardText(page)).toBeNull();

      expect(
        requests.filter(
          (u) => !u.startsWith(ORIGIN) && !u.startsWith('chrome-extension://') && !u.startsWith('data:'),
        ),
      ).toEqual([]);
      expect(consoleErrors).toEqual([]);
    });

    test('the keyboard opens the card and inserts a citation at the caret; one undo removes it', async ({
      page,
      consoleErrors,
    }) => {
      const frame = await open(page, ed);
      await page.keyboard.type(ed.text);
      const marks = expectedMarks(ed.text);
      await expect.poll(async () => (await painted(page, frame, ed)).length).toBe(marks.length);

      // Caret to the chosen place, by keys as an officer would.
      await page.keyboard.press(ed.name === 'text input' ? 'End' : 'Control+End');
      for (let i = ed.text.length; i > ed.caret; i--) await page.keyboard.press('ArrowLeft');

      // Alt+↑ opens the card on the mark before the caret.
      const before = marks.filter((m) => m.end <= ed.caret);
      const target = before[before.length - 1];
      if (!target) throw new Error('no mark before the caret');
      await page.keyboard.press('Alt+ArrowUp');
      await expect.poll(() => cardText(page)).toContain(ed.text.slice(target.start, target.end).slice(0, 6));

      const citation = expectedCitation(target, ed.text);
      await ed.endTyping?.(page);
      await page.keyboard.press('Alt+Enter');
      const inserted = ed.text.slice(0, ed.caret) + citation + ed.text.slice(ed.caret);
      await expect.poll(() => ed.content(frame)).toBe(inserted);
      await expect.poll(() => cardText(page)).toBeNull();

      await page.keyboard.press('Control+Z');
      await expect.poll(() => ed.content(frame)).toBe(ed.text);
      expect(consoleErrors).toEqual([]);
    });
  });
}
