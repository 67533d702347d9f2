// What an embedding page can configure, read from the element's attributes or the script's data-*.
// Parsing is strict: an unknown list, domain, date, theme or language is reported, never guessed.
import { isIsoDate } from '../../data/engine/dates.ts';
import type { Domain, IsoDate, ListKind } from '../../data/engine/model.ts';
import { DOMAINS, LIST_KINDS } from '../../data/engine/vocabulary.ts';

export type Lang = 'zh-CN' | 'en';
export type Theme = 'light' | 'dark' | 'auto';

export interface WidgetConfig {
  /** Lists to search; empty means all. */
  lists: ListKind[];
  /** Domains to search; empty means all. */
  domains: Domain[];
  /** Date the rules are read as of; null means today. */
  asOf: IsoDate | null;
  placeholder: string | null;
  theme: Theme;
  lang: Lang;
}

/** The element's attributes, also accepted as `data-*` on the script tag. */
export const CONFIG_ATTRIBUTES = ['lists', 'domains', 'as-of', 'placeholder', 'theme', 'lang'] as const;
export type ConfigAttribute = (typeof CONFIG_ATTRIBUTES)[number];

const THEMES: readonly Theme[] = ['light', 'dark', 'auto'];

/** One configuration mistake, shown to whoever embeds the widget. */
export interface ConfigProblem {
  attribute: ConfigAttribute;
  value: string;
}

function words(value: string | null): string[] {
  return (value ?? '').split(/[\s,，、]+/).filter(Boolean);
}

export function parseConfig(get: (name: ConfigAttribute) => string | null): {
  config: WidgetConfig;
  problems: ConfigProblem[];
} {
  const problems: ConfigProblem[] = [];
  const pick = <T extends string>(attribute: ConfigAttribute, allowed: readonly T[]): T[] =>
    words(get(attribute)).filter((w): w is T => {
      const ok = (allowed as readonly string[]).includes(w);
      if (!ok) problems.push({ attribute, value: w });
      return ok;
    });

  const asOfRaw = get('as-of')?.trim() || null;
  if (asOfRaw !== null && !isIsoDate(asOfRaw)) problems.push({ attribute: 'as-of', value: asOfRaw });

  const themeRaw = get('theme')?.trim() || 'light';
  if (!(THEMES as readonly string[]).includes(themeRaw))
    problems.push({ attribute: 'theme', value: themeRaw });

  const langRaw = get('lang')?.trim() || 'zh-CN';
  const lang: Lang | null = /^zh(-(CN|Hans))?$/i.test(langRaw)
    ? 'zh-CN'
    : /^en(-\w+)?$/i.test(langRaw)
      ? 'en'
      : null;
  if (lang === null) problems.push({ attribute: 'lang', value: langRaw });

  return {
    config: {
      lists: pick('lists', LIST_KINDS),
      domains: pick('domains', DOMAINS),
      asOf: asOfRaw !== null && isIsoDate(asOfRaw) ? asOfRaw : null,
      placeholder: get('placeholder')?.trim() || null,
      theme: (THEMES as readonly string[]).includes(themeRaw) ? (themeRaw as Theme) : 'light',
      lang: lang ?? 'zh-CN',
    },
    problems,
  };
}
