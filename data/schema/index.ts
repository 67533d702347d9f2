// Runtime validators for every record kind of data/engine/model.ts. The `satisfies`/assignability checks
// at the bottom keep the two in step: a field added to the model without a schema fails typechecking.
import { z } from 'zod';
import type {
  DataManifest,
  LawVersion,
  ListItem,
  Matter,
  Pack,
  ProvisionRef,
  StatutoryPenalty,
  Tier,
} from '../engine/model.ts';
import { BASES, DOMAINS, FINE_BASES, LIST_KINDS, TIER_LEVELS } from '../engine/vocabulary.ts';

/** Bump when a record shape changes incompatibly; the build manifest carries it. */
export const SCHEMA_VERSION = 1;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(s)), 'is not a real date');

export const basisSchema = z.enum(BASES);

export const provenanceSchema = z.strictObject({
  lawVersion: z.string().min(1).optional(),
  issuer: z.string().min(1).optional(),
  docNumber: z.string().min(1).optional(),
  date: isoDate.optional(),
  url: z.string().url().optional(),
  rule: z.string().min(1).optional(),
  note: z.string().min(1).optional(),
});

export const validitySchema = z
  .strictObject({
    from: isoDate,
    to: isoDate.nullable(),
    supersedes: z.array(z.string().min(1)).optional(),
    supersededBy: z.string().min(1).nullable().optional(),
  })
  .refine((v) => v.to === null || v.from < v.to, { message: 'must end after it starts', path: ['to'] });

export const lawParagraphSchema = z.strictObject({
  text: z.string(),
  items: z.array(z.string().min(1)),
});

export const lawArticleSchema = z.strictObject({
  n: z.number().int().positive(),
  chapter: z.string().min(1).nullable(),
  paragraphs: z.array(lawParagraphSchema).min(1),
});

export const lawVersionSchema = z
  .strictObject({
    id: z.string().min(1),
    lawId: z.string().min(1),
    title: z.string().min(1),
    shortNames: z.array(z.string().min(1)),
    issuer: z.string().min(1).nullable(),
    level: z.enum(['law', 'administrative-regulation', 'departmental-rule']),
    issued: isoDate,
    inForce: isoDate,
    until: isoDate.nullable(),
    repealed: isoDate.nullable(),
    versionsChecked: isoDate.nullable(),
    possibleSupersession: z.string().min(1).nullable(),
    source: z.strictObject({
      file: z.string().min(1),
      sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be a hex sha256'),
      normalizations: z.array(z.string().min(1)),
    }),
    articles: z.array(lawArticleSchema).min(1),
  })
  .superRefine((law, ctx) => {
    if (law.id !== `${law.lawId}@${law.issued}`) {
      ctx.addIssue({ code: 'custom', path: ['id'], message: `must be "${law.lawId}@${law.issued}"` });
    }
    if (law.inForce < law.issued)
      ctx.addIssue({ code: 'custom', path: ['inForce'], message: 'is before issued' });
    if (law.until !== null && law.until <= law.inForce) {
      ctx.addIssue({ code: 'custom', path: ['until'], message: 'must be after inForce' });
    }
    law.articles.forEach((a, i) => {
      const prev = law.articles[i - 1];
      if (prev && a.n <= prev.n) {
        ctx.addIssue({
          code: 'custom',
          path: ['articles', i, 'n'],
          message: 'articles must be in ascending order',
        });
      }
    });
  });

export const provisionRefSchema = z.strictObject({
  lawId: z.string().min(1),
  article: z.number().int().positive(),
  paragraph: z.number().int().positive().nullable(),
  item: z.number().int().positive().nullable(),
});

const fineBaseSchema = z.enum(FINE_BASES);

export const fineRuleSchema = z
  .strictObject({
    kind: z.enum(['amount', 'multiple']),
    base: fineBaseSchema.nullable(),
    min: z.number().nonnegative().nullable(),
    max: z.number().positive().nullable(),
    condition: z.string().min(1).nullable(),
    perUnit: z.string().min(1).nullable(),
    source: z.string().min(1),
  })
  .superRefine((rule, ctx) => {
    if (rule.kind === 'multiple' && rule.base === null) {
      ctx.addIssue({ code: 'custom', path: ['base'], message: 'a multiple needs its base amount' });
    }
    if (rule.kind === 'amount' && rule.base !== null) {
      ctx.addIssue({ code: 'custom', path: ['base'], message: 'a yuan amount has no base' });
    }
    if (rule.min !== null && rule.max !== null && rule.min > rule.max) {
      ctx.addIssue({ code: 'custom', path: ['min'], message: 'is above max' });
    }
  });

const measureRuleSchema = z.strictObject({
  condition: z.string().min(1).nullable(),
  source: z.string().min(1),
});

const measuresSchema = z.strictObject({
  warning: z.array(measureRuleSchema),
  confiscation: z.array(measureRuleSchema),
  suspension: z.array(measureRuleSchema),
  revocation: z.array(measureRuleSchema),
  detention: z.array(measureRuleSchema),
  ban: z.array(measureRuleSchema),
});

export const statutoryPenaltySchema = z.strictObject({
  fines: z.array(fineRuleSchema),
  warning: z.boolean(),
  confiscation: z.array(z.string().min(1)),
  suspension: z.boolean(),
  revocation: z.boolean(),
  detention: z.boolean(),
  correctionFirst: z.boolean(),
  text: z.string().min(1),
  measures: z.strictObject({ entity: measuresSchema, persons: measuresSchema.nullable() }),
});

const domainSchema = z.enum(DOMAINS);

/** Which provenance fields each basis needs: a record must say what it rests on. */
function checkProvenance(
  record: { basis: z.infer<typeof basisSchema>; provenance: z.infer<typeof provenanceSchema> },
  ctx: z.RefinementCtx,
): void {
  const p = record.provenance;
  const need = (field: keyof typeof p, why: string) => {
    if (!p[field])
      ctx.addIssue({ code: 'custom', path: ['provenance', field], message: `is required: ${why}` });
  };
  switch (record.basis) {
    case 'statute':
      need('lawVersion', 'a statute record names the law version it was read from');
      break;
    case 'official':
      need('issuer', 'an official record names its issuer');
      need('docNumber', 'an official record names its document number');
      need('date', 'an official record names its document date');
      break;
    case 'derived':
      need('rule', 'a derived record names the documented rule that computed it');
      break;
    case 'illustrative':
      need('note', 'an illustrative record says what it stands for');
      if (p.docNumber) {
        ctx.addIssue({
          code: 'custom',
          path: ['provenance', 'docNumber'],
          message: 'an illustrative record must not claim an official document',
        });
      }
      break;
  }
}

export const matterSchema = z
  .strictObject({
    id: z.string().regex(/^M-/, 'must start with "M-"'),
    name: z.string().min(1),
    domain: domainSchema,
    authority: z.string().min(1).nullable(),
    violated: z.array(provisionRefSchema),
    violatedReason: z.string().min(1).nullable(),
    penalty: provisionRefSchema,
    lawVersion: z.string().min(1),
    statutory: statutoryPenaltySchema,
    aliases: z.array(z.string().min(1)),
    basis: basisSchema,
    provenance: provenanceSchema,
    validity: validitySchema,
  })
  .superRefine(checkProvenance)
  .superRefine((m, ctx) => {
    // A decision cites both the provision violated and the one that punishes: say why one is missing.
    if ((m.violated.length === 0) === (m.violatedReason === null)) {
      ctx.addIssue({
        code: 'custom',
        path: ['violatedReason'],
        message:
          m.violated.length === 0
            ? 'is required when violated is empty'
            : 'must be null when violated is set',
      });
    }
  });

const fineSpanSchema = z.strictObject({
  kind: z.enum(['amount', 'multiple']),
  base: fineBaseSchema.nullable(),
  min: z.number().nonnegative().nullable(),
  max: z.number().nonnegative().nullable(),
});

export const tierSchema = z
  .strictObject({
    id: z.string().min(1),
    matterId: z.string().min(1),
    level: z.enum(TIER_LEVELS),
    conditions: z.array(z.string().min(1)),
    fine: fineSpanSchema.nullable(),
    measures: z.array(z.string().min(1)),
    basis: basisSchema,
    provenance: provenanceSchema,
    validity: validitySchema,
  })
  .superRefine(checkProvenance);

export const listItemSchema = z
  .strictObject({
    id: z.string().min(1),
    list: z.enum(LIST_KINDS),
    title: z.string().min(1),
    matterIds: z.array(z.string().min(1)),
    conditions: z.array(z.string().min(1)),
    measures: z.array(z.string().min(1)),
    legalBasis: z.array(provisionRefSchema),
    legalBasisText: z.string(),
    authority: z.string().min(1).nullable(),
    basis: basisSchema,
    provenance: provenanceSchema,
    validity: validitySchema,
  })
  .superRefine(checkProvenance);

export const packSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a lowercase slug'),
  title: z.string().min(1),
  version: z.string().min(1),
  asOf: isoDate,
  matters: z.array(matterSchema),
  tiers: z.array(tierSchema),
  lists: z.array(listItemSchema),
  renames: z.record(z.string(), z.string()),
  notes: z.array(z.string()),
});

export const dataManifestSchema = z.strictObject({
  datasetVersion: z.string().min(1),
  schemaVersion: z.number().int().positive(),
  asOf: isoDate,
  files: z.array(
    z.strictObject({
      name: z.string().min(1),
      role: z.enum(['laws', 'pack', 'synonyms', 'search-index']),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
      bytes: z.number().int().nonnegative(),
    }),
  ),
});

// ───────────────────────────── parsing with named errors ─────────────────────────────

/** One schema problem: the record (its id, or where it sits when it has none) and the field. */
export interface SchemaIssue {
  record: string;
  field: string;
  message: string;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; issues: SchemaIssue[] };

/**
 * Names the innermost record with an `id` along the issue path, so "matters[3].statutory.fines[0].min"
 * reads as record "M-食品安全法-124-1-1", field "statutory.fines[0].min".
 */
function locate(input: unknown, path: PropertyKey[], fallback: string): { record: string; field: string } {
  let record = fallback;
  let fieldStart = 0;
  let node: unknown = input;
  const idOf = (v: unknown) =>
    v && typeof v === 'object' && typeof (v as { id?: unknown }).id === 'string'
      ? (v as { id: string }).id
      : null;
  record = idOf(node) ?? fallback;
  path.forEach((key, i) => {
    node = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    const id = idOf(node);
    if (id !== null && i < path.length - 1) {
      record = id;
      fieldStart = i + 1;
    }
  });
  return { record, field: formatPath(path.slice(fieldStart)) || '(record)' };
}

function formatPath(path: PropertyKey[]): string {
  return path
    .map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? String(k) : `.${String(k)}`))
    .join('')
    .replace(/^\./, '');
}

function parseWith<T>(schema: z.ZodType, input: unknown, fallback: string): ParseResult<T> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data as T };
  return {
    ok: false,
    issues: result.error.issues.map((issue) => ({
      ...locate(input, issue.path, fallback),
      message: issue.message,
    })),
  };
}

export const parseLawVersion = (input: unknown, where = 'law version') =>
  parseWith<LawVersion>(lawVersionSchema, input, where);
export const parseMatter = (input: unknown, where = 'matter') =>
  parseWith<Matter>(matterSchema, input, where);
export const parseTier = (input: unknown, where = 'tier') => parseWith<Tier>(tierSchema, input, where);
export const parseListItem = (input: unknown, where = 'list item') =>
  parseWith<ListItem>(listItemSchema, input, where);
export const parsePack = (input: unknown, where = 'pack') => parseWith<Pack>(packSchema, input, where);
export const parseDataManifest = (input: unknown, where = 'manifest') =>
  parseWith<DataManifest>(dataManifestSchema, input, where);

// Compile-time agreement between schemas and model types (both directions).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const agree = <T extends true>(_: T) => _;
agree<Same<z.infer<typeof lawVersionSchema>, LawVersion>>(true);
agree<Same<z.infer<typeof provisionRefSchema>, ProvisionRef>>(true);
agree<Same<z.infer<typeof statutoryPenaltySchema>, StatutoryPenalty>>(true);
agree<Same<z.infer<typeof matterSchema>, Matter>>(true);
agree<Same<z.infer<typeof tierSchema>, Tier>>(true);
agree<Same<z.infer<typeof listItemSchema>, ListItem>>(true);
agree<Same<z.infer<typeof packSchema>, Pack>>(true);
agree<Same<z.infer<typeof dataManifestSchema>, DataManifest>>(true);
