// The validation checks `cli validate` runs, in order. Add a check by writing a module that exports a
// `Check` (see types.ts) and listing it here. Schema and canonical formatting are checked while loading.
import { coverageCheck } from './coverage.ts';
import { derivationCheck } from './derivation.ts';
import { generatedPacksCheck } from './generated-packs.ts';
import { idsCheck } from './ids.ts';
import { lawDatesCheck } from './law-dates.ts';
import { listsCheck } from './lists.ts';
import { provisionsCheck } from './provisions.ts';
import { quotesCheck } from './quotes.ts';
import { revisionsCheck } from './revisions.ts';
import { tiersCheck } from './tiers.ts';
import type { Check } from './types.ts';
import { urlsCheck } from './urls.ts';

export const checks: Check[] = [
  lawDatesCheck,
  idsCheck,
  provisionsCheck,
  quotesCheck,
  derivationCheck,
  coverageCheck,
  // Lists, tiers and revisions.
  listsCheck,
  tiersCheck,
  revisionsCheck,
  generatedPacksCheck,
  urlsCheck,
];
