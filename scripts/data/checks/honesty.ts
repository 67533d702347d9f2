// What a record's basis lets it claim: only an `official` record names an issuer or a document number, and
// it names all of issuer, document number, date and URL; a `derived` record names a documented rule.
import type { Basis, Provenance } from '../../../data/engine/model.ts';
import { DOCUMENTED_RULES } from '../../lists/rules.ts';
import type { Problem } from './types.ts';

export function provenanceProblems(record: { id: string; basis: Basis; provenance: Provenance }): Problem[] {
  const problems: Problem[] = [];
  const p = record.provenance;
  const add = (field: keyof Provenance, message: string) =>
    problems.push({ record: record.id, field: `provenance.${field}`, message });
  if (record.basis === 'official') {
    for (const field of ['issuer', 'docNumber', 'date', 'url'] as const) {
      if (!p[field])
        add(field, 'is required: an official record names its issuer, document number, date and URL');
    }
    return problems;
  }
  for (const field of ['issuer', 'docNumber'] as const) {
    if (p[field]) add(field, `a ${record.basis} record must not claim an official source`);
  }
  if (record.basis === 'derived' && p.rule && !DOCUMENTED_RULES.includes(p.rule)) {
    add('rule', `"${p.rule}" is not a rule documented in data/README.md (${DOCUMENTED_RULES.join(', ')})`);
  }
  return problems;
}
