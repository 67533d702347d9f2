// The reviewed table of penalty-looking paragraphs that yield no matter, with the reason for each
// (data/sources/matters/coverage.json, keyed "lawId-article-paragraph", every version of the law). The
// deriver leaves out the `not-a-penalty` ones; `validate` (checks/coverage.ts) requires every paragraph of a
// version in force that sets a sanction to yield a matter or to be listed here.
import { readFileSync } from 'node:fs';
import { z } from 'zod';

export const EXCLUSION_KINDS = [
  /** Reads like a penalty on a party but is not one (deriver leaves it out). */
  'not-a-penalty',
  /** Outside the law's liability chapter: a duty or a condition that mentions a sanction. */
  'outside-liability',
  /** Who decides, how fines are collected or published, remedies. */
  'procedure',
  /** Action against state organs or discipline of officials. */
  'discipline',
  /** 按日连续处罚 / 加处罚款 on a fine imposed under another clause. */
  'by-reference',
  /** Civil liability. */
  'civil',
  /** A disqualification that follows another matter's revocation, or a licensing condition. */
  'consequence',
  /** A penalty the deriver does not read yet: a known gap, listed so it is never silent. */
  'gap',
] as const;

const tableSchema = z.record(
  z.string().regex(/^.+-\d+-\d+$/, 'key must be "lawId-article-paragraph"'),
  z.strictObject({ kind: z.enum(EXCLUSION_KINDS), reason: z.string().min(1) }),
);

export type CoverageTable = z.infer<typeof tableSchema>;

const FILE = new URL('../../data/sources/matters/coverage.json', import.meta.url);

export function readCoverageTable(): CoverageTable {
  return tableSchema.parse(JSON.parse(readFileSync(FILE, 'utf8')));
}
