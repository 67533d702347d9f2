// Whom a penalty falls on: the party that committed the act, or the persons responsible within a unit
// (直接负责的主管人员和其他直接责任人员, 主要负责人 …). A decision names each with its own fine and measures.
import type { FineRule, Measures, Sanctions, StatutoryPenalty } from './model.ts';

/** The persons responsible within a unit, as the texts name them. */
const PERSONS = /主管人员|责任人员|责任者|主要负责人|法定代表人|负责人|从业人员|导游|领队|经理/;

/** "并可以由公安机关对其直接负责的主管人员…处…拘留": a subject named inside a clause. */
export const PERSONS_INSIDE =
  /对((?:其|该单位|单位)?[^，；。对]{0,20}?(?:主管人员|责任人员|责任者|主要负责人|法定代表人))(?:依法)?(?:可以)?(?:并)?(?:处|给予)/;

/** Whether a branch ("情节严重的，对直接负责的主管人员和其他直接责任人员") is for the persons. */
export function isPersons(whom: string | null): boolean {
  return whom !== null && /^对|，对/.test(whom) && PERSONS.test(whom.slice(whom.lastIndexOf('对')));
}

export function someMeasure(m: Measures): boolean {
  return Object.values(m).some((v) => v.length > 0);
}

const NONE: Measures = {
  warning: [],
  confiscation: [],
  suspension: [],
  revocation: [],
  detention: [],
  ban: [],
};

/** The penalty's fines filed with its measures, for the party and for the persons (null when none). */
export function sanctionsOf(p: Pick<StatutoryPenalty, 'fines' | 'measures'>): {
  entity: Sanctions;
  persons: Sanctions | null;
} {
  const fines = (persons: boolean): FineRule[] => p.fines.filter((f) => isPersons(f.condition) === persons);
  const personFines = fines(true);
  return {
    entity: { fines: fines(false), ...p.measures.entity },
    persons:
      p.measures.persons || personFines.length > 0
        ? { fines: personFines, ...(p.measures.persons ?? NONE) }
        : null,
  };
}

/** Two penalties' measures together, kind by kind. */
export function joinMeasures(
  a: StatutoryPenalty['measures'],
  b: StatutoryPenalty['measures'],
): StatutoryPenalty['measures'] {
  const join = (x: Measures | null, y: Measures | null): Measures => {
    const out = { ...NONE };
    for (const k of Object.keys(out) as (keyof Measures)[]) out[k] = [...(x?.[k] ?? []), ...(y?.[k] ?? [])];
    return out;
  };
  const persons = join(a.persons, b.persons);
  return { entity: join(a.entity, b.entity), persons: someMeasure(persons) ? persons : null };
}
