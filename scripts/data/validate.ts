// `cli validate`: loads the dataset (schema), checks canonical formatting (rewriting it with `fix`), runs
// every registered check, and, when the statute texts are at hand, compares every bundled law version
// with a fresh import of its source file.
import { existsSync, writeFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { checks } from './checks/index.ts';
import type { Dataset, Problem } from './checks/types.ts';
import { importLaws } from './import-laws.ts';
import { type LoadOptions, readDataset } from './load.ts';
import { canonicalJson } from './paths.ts';

export interface ValidateOptions extends LoadOptions {
  /** Rewrite files that are valid JSON but not in canonical formatting. */
  fix?: boolean;
  /** The statute texts to compare with; null skips the comparison. */
  lawsSource?: string | null;
}

export interface ValidateResult {
  dataset: Dataset;
  problems: Problem[];
  fixed: string[];
  /** Names of the checks that ran, for the summary. */
  ran: string[];
}

export function validateData(options: ValidateOptions = {}): ValidateResult {
  const { dataset, files, problems, origins } = readDataset(options);
  const fixed: string[] = [];
  const ran = ['schema', 'formatting'];
  for (const file of files) {
    let canonical: string;
    try {
      canonical = canonicalJson(JSON.parse(file.text));
    } catch {
      continue; // reported by the loader
    }
    if (canonical === file.text) continue;
    if (options.fix) {
      writeFileSync(file.path, canonical);
      fixed.push(file.path);
    } else {
      problems.push({
        record: file.path,
        field: '(formatting)',
        message: 'not in canonical formatting (JSON.stringify(x, null, 2) + "\\n"); run `cli validate --fix`',
        file: file.path,
      });
    }
  }
  for (const check of checks) {
    ran.push(check.name);
    try {
      problems.push(...check.run(dataset).map((p) => ({ ...p, file: p.file ?? origins.get(p.record) })));
    } catch (error) {
      problems.push({
        record: `check ${check.name}`,
        field: '(check)',
        message: `crashed: ${(error as Error).message}`,
      });
    }
  }
  if (options.lawsSource && existsSync(options.lawsSource)) {
    ran.push('law-sources');
    const fresh = new Map(importLaws(options.lawsSource).map((l) => [l.id, l]));
    for (const law of dataset.laws) {
      const source = fresh.get(law.id);
      if (!source) {
        problems.push({ record: law.id, field: 'source.file', message: `not in ${options.lawsSource}` });
        continue;
      }
      for (const field of Object.keys(source) as (keyof typeof source)[]) {
        if (!isDeepStrictEqual(law[field], source[field])) {
          problems.push({
            record: law.id,
            field,
            message: `differs from ${source.source.file} (run \`cli import-laws\`)`,
          });
        }
      }
    }
  }
  return { dataset, problems, fixed, ran };
}
