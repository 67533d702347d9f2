// Inserting a citation into a rich-text editor so that it reaches the editor's own model, and
// checking that it did. Model-based editors (CKEditor 5, ProseMirror/Tiptap, Lexical, Slate,
// wangEditor) type through `beforeinput`, which Chrome does not fire for execCommand: they would
// revert the text or never see it. So the editor is first offered what typing sends, a cancelable
// `beforeinput` of type insertText; an editor that takes it cancels it and renders the text itself.
// Only when nothing happened is the text typed with execCommand (plain contenteditable, iframe
// editors, editors that watch DOM mutations), framed like a keystroke for editors that open an
// undo step on keydown. Either way the result is read back: the citation must be in the text
// exactly once more than before, at the caret; anything else is reported as not inserted.

/** Waits for the editor to render what its model took (React and Lexical render after a task). */
function settled(win: Window): Promise<void> {
  return new Promise((resolve) => {
    win.requestAnimationFrame(() => win.setTimeout(resolve, 0));
  });
}

const count = (text: string, part: string) => text.split(part).length - 1;

export interface InsertTarget {
  /** The editor root (contenteditable element or an iframe's body). */
  element: HTMLElement;
  /** The editor's text now. */
  text(): string;
  /** The caret (or the selection's start and end) as text offsets, or null when outside. */
  selection(): { start: number; end: number } | null;
}

/** Whether `after` is `before` with `text` put in place of [start, end). */
function landed(
  before: string,
  after: string,
  text: string,
  at: { start: number; end: number } | null,
): boolean {
  if (count(after, text) !== count(before, text) + 1) return false;
  if (!at) return after.length === before.length + text.length;
  // Editors may normalise what surrounds the caret (a trailing newline, a placeholder): compare
  // the text before the caret and the citation itself, and the total length.
  const head = before.slice(0, at.start);
  return after.startsWith(head + text) && after.length - before.length === text.length - (at.end - at.start);
}

/** Inserts `text` at the caret of `target`; resolves to whether it verifiably landed, once. */
export async function insertVerified(target: InsertTarget, text: string): Promise<boolean> {
  const { element } = target;
  const doc = element.ownerDocument;
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  if (!win) return false;
  const before = target.text();
  const at = target.selection();

  const offer = new win.InputEvent('beforeinput', {
    inputType: 'insertText',
    data: text,
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  const taken = !element.dispatchEvent(offer);
  if (taken) {
    await settled(win);
    return landed(before, target.text(), text, at);
  }
  // Nobody took it: type it. Editors with their own undo stack (TinyMCE, KindEditor, CKEditor 4)
  // open an undo step on keydown and record it on the next one; an untrusted key event has no
  // default action, so nothing else happens.
  const key = (type: string) =>
    element.dispatchEvent(
      new win.KeyboardEvent(type, { bubbles: true, cancelable: true, key: 'Unidentified' }),
    );
  key('keydown');
  const done = doc.execCommand('insertText', false, text);
  key('keyup');
  if (!done) return false;
  if (landed(before, target.text(), text, at)) {
    // An editor that reverts what it did not type itself does so after the input event.
    await settled(win);
    return landed(before, target.text(), text, at);
  }
  return false;
}
