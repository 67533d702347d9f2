// Small decisions of the extension that must not drift: shortcuts never fire inside an IME
// composition; a site the user types becomes one match pattern; overlapping marks never stack.
import { describe, expect, it } from 'vitest';
import type { ScanResult } from '../../data/engine/api.ts';
import { isShortcut } from '../../extension/content/keys.ts';
import { marksOf } from '../../extension/highlight/marks.ts';
import { sitePattern } from '../../extension/lib/sites.ts';

const key = (init: Partial<KeyboardEvent>) =>
  ({
    altKey: false,
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    isComposing: false,
    isTrusted: true,
    keyCode: 0,
    ...init,
  }) as KeyboardEvent;

describe('isShortcut', () => {
  it.each([
    [{ key: 'ArrowDown', altKey: true }, false, 'next'],
    [{ key: 'ArrowUp', altKey: true }, false, 'previous'],
    [{ key: 'Enter', altKey: true }, true, 'insert'],
    [{ key: 'Enter', altKey: true }, false, null],
    [{ key: 'Escape' }, true, 'close'],
    [{ key: 'Escape' }, false, null],
    [{ key: 'ArrowDown', altKey: true, ctrlKey: true }, false, null],
    [{ key: 'ArrowDown', altKey: true, isComposing: true }, false, null],
    [{ key: 'Enter', altKey: true, keyCode: 229 }, true, null],
    [{ key: 'Escape', isComposing: true }, true, null],
    // A key the page's script made up is never ours.
    [{ key: 'ArrowDown', altKey: true, isTrusted: false }, false, null],
    [{ key: 'Enter', altKey: true, isTrusted: false }, true, null],
    [{ key: 'Escape', isTrusted: false }, true, null],
  ] as const)('%o (card open: %s) → %s', (init, open, action) => {
    expect(isShortcut(key(init), open)).toBe(action);
  });
});

describe('sitePattern', () => {
  it.each([
    ['https://zfba.example.gov.cn/case/123?x=1', 'https://zfba.example.gov.cn/*'],
    ['zfba.example.gov.cn', 'https://zfba.example.gov.cn/*'],
    ['http://10.1.2.3:8080/app', 'http://10.1.2.3/*'],
    ['ftp://example.org', null],
    ['not a url at all', null],
    ['HTTPS://ZFBA.Example.gov.cn', 'https://zfba.example.gov.cn/*'],
    ['http://[::1]:8080/', 'http://[::1]/*'],
    ['localhost:3000', 'https://localhost/*'],
    // Wildcards and anything but one plain host are refused.
    ['*', null],
    ['*.gov.cn', null],
    ['https://*.example.gov.cn', null],
    ['https://zfba.example.gov.cn/*', null],
    ['<all_urls>', null],
    ['*://zfba.example.gov.cn/', null],
    ['https://user:pw@zfba.example.gov.cn', null],
    ['https://zfba..example.gov.cn', null],
    ['https://-bad.example.gov.cn', null],
    ['https://zfba_example.gov.cn', null],
    ['file:///etc/passwd', null],
    ['javascript:alert(1)', null],
    ['', null],
  ])('%s → %s', (input, pattern) => {
    expect(sitePattern(input)).toBe(pattern);
  });
});

describe('marksOf', () => {
  it('keeps the earlier of overlapping spans and tells a problem from a resolved reference', () => {
    const ref = (start: number, end: number, status: 'resolved' | 'no-such-article') => ({
      start,
      end,
      text: 'x',
      law: { lawId: 'L', title: 'L', version: null },
      article: 1,
      paragraph: null,
      item: null,
      status,
      matters: [],
      changedBetweenVersions: false,
      versionNote: null,
    });
    const result: ScanResult = {
      references: [ref(0, 10, 'resolved'), ref(5, 12, 'resolved'), ref(20, 30, 'no-such-article')],
      fines: [],
      mentions: [],
      documents: [],
      actDate: null,
      asOf: '2025-01-01',
    };
    const marks = marksOf(result, () => false);
    expect(marks.map((m) => [m.start, m.end, m.kind])).toEqual([
      [0, 10, 'resolved'],
      [20, 30, 'problem'],
    ]);
  });
});
