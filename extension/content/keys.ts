// The lens's shortcuts inside an editor. Chinese is typed through an IME: a key that is part
// of a composition (isComposing, keyCode 229) is never ours, nor is a key the page's own script
// dispatched (untrusted): a page must not drive the card or insert text through us.
export type KeyAction = 'next' | 'previous' | 'insert' | 'close';

export function isShortcut(e: KeyboardEvent, cardOpen: boolean): KeyAction | null {
  if (!e.isTrusted || e.isComposing || e.keyCode === 229) return null;
  const altOnly = e.altKey && !e.ctrlKey && !e.metaKey && !e.shiftKey;
  if (altOnly && e.key === 'ArrowDown') return 'next';
  if (altOnly && e.key === 'ArrowUp') return 'previous';
  if (cardOpen && altOnly && e.key === 'Enter') return 'insert';
  if (cardOpen && e.key === 'Escape' && !e.altKey && !e.ctrlKey && !e.metaKey) return 'close';
  return null;
}
