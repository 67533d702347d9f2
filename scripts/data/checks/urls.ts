// Every source URL a record names is a web address (http: or https:): a `javascript:` or `file:` URL
// would run or open something when a reader follows the record's source link.
import type { Check, Problem } from './types.ts';

/** Why `url` is not a web address to cite, or null. */
export function urlProblem(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `must be a URL, got "${url}"`;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
    return `must be an https: or http: address, got ${parsed.protocol}`;
  return null;
}

export const urlsCheck: Check = {
  name: 'urls',
  run(dataset) {
    const problems: Problem[] = [];
    for (const pack of dataset.packs) {
      for (const record of [...pack.lists, ...pack.tiers, ...pack.matters]) {
        const url = record.provenance.url;
        const why = url ? urlProblem(url) : null;
        if (why) problems.push({ record: record.id, field: 'provenance.url', message: why });
      }
    }
    return problems;
  },
};
