// The widget's configuration: attributes are parsed strictly and mistakes are reported, not guessed.
import { describe, expect, it } from 'vitest';
import { type ConfigAttribute, parseConfig } from '../../widget/src/config.ts';
import { linkHash, linkKey, parseLinkHash } from '../../widget/src/deep-link.ts';

const parse = (attrs: Partial<Record<ConfigAttribute, string>>) => parseConfig((name) => attrs[name] ?? null);

describe('widget configuration', () => {
  it('defaults to zh-CN, the light theme, every list and domain, and today', () => {
    expect(parse({})).toEqual({
      config: { lists: [], domains: [], asOf: null, placeholder: null, theme: 'light', lang: 'zh-CN' },
      problems: [],
    });
  });

  it.each([
    ['lists', 'no-penalty coercion-exempt', { lists: ['no-penalty', 'coercion-exempt'] }],
    ['lists', 'no-penalty,lighter', { lists: ['no-penalty', 'lighter'] }],
    ['domains', '市场监管、税务', { domains: ['市场监管', '税务'] }],
    ['as-of', '2024-02-29', { asOf: '2024-02-29' }],
    ['theme', 'dark', { theme: 'dark' }],
    ['lang', 'en', { lang: 'en' }],
    ['lang', 'en-GB', { lang: 'en' }],
    ['lang', 'zh', { lang: 'zh-CN' }],
    ['placeholder', ' 查一查 ', { placeholder: '查一查' }],
  ] as const)('%s="%s" is read', (attribute, value, expected) => {
    const { config, problems } = parse({ [attribute]: value });
    expect(problems).toEqual([]);
    expect(config).toMatchObject(expected);
  });

  it.each([
    ['lists', 'no-penalty fines', 'fines', { lists: ['no-penalty'] }],
    ['domains', '税务 外太空', '外太空', { domains: ['税务'] }],
    ['as-of', '2023-02-29', '2023-02-29', { asOf: null }],
    ['as-of', '2023/01/01', '2023/01/01', { asOf: null }],
    ['theme', 'neon', 'neon', { theme: 'light' }],
    ['lang', 'fr', 'fr', { lang: 'zh-CN' }],
  ] as const)('%s="%s" reports %s and keeps the rest', (attribute, value, bad, expected) => {
    const { config, problems } = parse({ [attribute]: value });
    expect(problems).toEqual([{ attribute, value: bad }]);
    expect(config).toMatchObject(expected);
  });
});

describe('widget deep links', () => {
  it('round-trips a target through the hash, Chinese ids included', () => {
    const target = { kind: 'matter', id: 'M-食品安全法-124-1-1' } as const;
    const hash = linkHash(linkKey(null), target);
    expect(hash.startsWith('#dl=')).toBe(true);
    expect(parseLinkHash(hash, 'dl')).toEqual(target);
  });

  it('keeps two widgets apart by element id', () => {
    const hash = linkHash(linkKey('tax'), { kind: 'list-item', id: 'L:1' });
    expect(parseLinkHash(hash, linkKey('tax'))).toEqual({ kind: 'list-item', id: 'L:1' });
    expect(parseLinkHash(hash, linkKey(null))).toBeNull();
    expect(parseLinkHash(hash, linkKey('food'))).toBeNull();
  });

  it.each(['', '#', '#dl=', '#dl=matter', '#dl=matter:', '#dl=court:x', '#dl=%E0%A4%A', '#other=matter:x'])(
    'ignores %j',
    (hash) => {
      expect(parseLinkHash(hash, 'dl')).toBeNull();
    },
  );
});
