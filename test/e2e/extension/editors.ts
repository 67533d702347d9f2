// The fixture editors the extension is tested in: where each lives, how to focus it and how to
// read back exactly what it holds.
import type { Frame, Page } from '@playwright/test';
import { DECISION } from './expected.ts';

export interface EditorFixture {
  name: string;
  path: string;
  /** 'field': textarea / input (mirror overlay); 'rich': Highlight API in `frame`. */
  kind: 'field' | 'rich';
  text: string;
  /** Where the caret goes before inserting a citation (an index into `text`). */
  caret: number;
  /** The frame holding the editor (the page itself, or an iframe). */
  frame(page: Page): Promise<Frame>;
  /** Selector of the editor root inside that frame (pierces open shadow roots). */
  root: string;
  ready?(page: Page): Promise<void>;
  /** Exactly what the editor holds, as the page would save it. */
  content(frame: Frame): Promise<string>;
  /** Whether any mutation after typing would mean we touched it (false for editors that restyle themselves). */
  plainDom: boolean;
  /** Editors that group typing into one undo step are told the typing ended, as a pause or a click does. */
  endTyping?(page: Page): Promise<void>;
}

const main = async (page: Page) => page.mainFrame();
const iframe = (selector: string) => async (page: Page) => {
  const handle = await page.waitForSelector(selector);
  const frame = await handle.contentFrame();
  if (!frame) throw new Error(`${selector} has no frame`);
  return frame;
};
const value = (f: Frame) => f.$eval('#editor', (el) => (el as HTMLTextAreaElement).value);
const textContent = (sel: string) => (f: Frame) => f.locator(sel).evaluate((el) => el.textContent ?? '');
const ready = async (page: Page) => {
  await page.waitForFunction(() => document.documentElement.dataset.editorReady === '1');
};
const tail = DECISION.indexOf('另查');
const SHORT = '依据《中华人民共和国食品安全法》第一百二十四条第一款第（一）项，罚款人民币伍万元整';

export const EDITORS: EditorFixture[] = [
  {
    name: 'textarea',
    path: 'textarea.html',
    kind: 'field',
    text: DECISION,
    caret: tail,
    frame: main,
    root: '#editor',
    content: value,
    plainDom: true,
  },
  {
    name: 'textarea under a strict CSP and Trusted Types',
    path: 'strict-csp.html',
    kind: 'field',
    text: DECISION,
    caret: tail,
    frame: main,
    root: '#editor',
    content: value,
    plainDom: true,
  },
  {
    name: 'contenteditable under a strict CSP and Trusted Types',
    path: 'strict-csp.html',
    kind: 'rich',
    text: DECISION,
    caret: tail,
    frame: main,
    root: '#rich',
    content: textContent('#rich'),
    plainDom: true,
  },
  {
    name: 'textarea on a page with hostile global CSS',
    path: 'hostile-css.html',
    kind: 'field',
    text: DECISION,
    caret: tail,
    frame: main,
    root: '#editor',
    content: value,
    plainDom: true,
  },
  {
    name: 'text input',
    path: 'input.html',
    kind: 'field',
    text: SHORT,
    caret: SHORT.length,
    frame: main,
    root: '#editor',
    content: value,
    plainDom: true,
  },
  {
    name: 'framework-controlled textarea',
    path: 'preact-controlled.html',
    kind: 'field',
    text: DECISION,
    caret: tail,
    frame: main,
    root: '#editor',
    ready: (page) => page.waitForSelector('#editor').then(() => undefined),
    content: value,
    plainDom: false,
  },
  {
    name: 'contenteditable',
    path: 'contenteditable.html',
    kind: 'rich',
    text: DECISION,
    caret: tail,
    frame: main,
    root: '#editor',
    content: textContent('#editor'),
    plainDom: true,
  },
  {
    name: 'open shadow root editor',
    path: 'shadow.html',
    kind: 'rich',
    text: DECISION,
    caret: tail,
    frame: main,
    root: '#host #editor',
    content: textContent('#host #editor'),
    plainDom: true,
  },
  {
    name: 'src-less iframe editor',
    path: 'iframe-srcless.html',
    kind: 'rich',
    text: DECISION,
    caret: tail,
    frame: iframe('#editor-frame'),
    root: 'body',
    ready,
    content: textContent('body'),
    plainDom: true,
  },
  {
    name: 'TinyMCE',
    path: 'tinymce.html',
    kind: 'rich',
    text: DECISION,
    caret: tail,
    frame: iframe('iframe.tox-edit-area__iframe'),
    root: 'body',
    ready,
    content: async (f) =>
      await f
        .page()
        .evaluate(() =>
          (
            window as unknown as { tinymce: { activeEditor: { getContent(o: object): string } } }
          ).tinymce.activeEditor.getContent({ format: 'text' }),
        ),
    plainDom: false,
    endTyping: (page) =>
      page
        .evaluate(() =>
          (
            window as unknown as { tinymce: { activeEditor: { undoManager: { add(): void } } } }
          ).tinymce.activeEditor.undoManager.add(),
        )
        .then(() => undefined),
  },
  {
    name: 'Quill',
    path: 'quill.html',
    kind: 'rich',
    text: DECISION,
    caret: tail,
    frame: main,
    root: '.ql-editor',
    ready,
    content: async (f) =>
      (
        await f.evaluate(() => (window as unknown as { quill: { getText(): string } }).quill.getText())
      ).replace(/\n$/, ''),
    plainDom: false,
    endTyping: (page) =>
      page.evaluate(() =>
        (window as unknown as { quill: { history: { cutoff(): void } } }).quill.history.cutoff(),
      ),
  },
  {
    name: 'CKEditor 5',
    path: 'ckeditor5.html',
    kind: 'rich',
    text: DECISION,
    caret: tail,
    frame: main,
    root: '.ck-editor__editable',
    ready,
    // What the editor would save (its model, serialised), as text.
    content: (f) =>
      f.evaluate(() => {
        const html = (window as unknown as { editor: { getData(): string } }).editor.getData();
        return new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';
      }),
    plainDom: false,
  },
  {
    name: 'wangEditor 5',
    path: 'wangeditor.html',
    kind: 'rich',
    text: DECISION,
    caret: tail,
    frame: main,
    root: '[data-slate-editor]',
    ready,
    content: (f) =>
      f.evaluate(() => (window as unknown as { editor: { getText(): string } }).editor.getText()),
    plainDom: false,
  },
  {
    name: 'KindEditor',
    path: 'kindeditor.html',
    kind: 'rich',
    text: DECISION,
    caret: tail,
    frame: iframe('iframe.ke-edit-iframe'),
    root: 'body',
    ready,
    content: async (f) =>
      await f.page().evaluate(() => {
        const html = (window as unknown as { editor: { html(): string } }).editor.html();
        return new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';
      }),
    plainDom: false,
  },
];
