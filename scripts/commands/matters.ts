// `matters [--law <name>] [--article <n>] [--as-of <date>] --json`: a law's matters as an officer cites
// them — violated and penalty provisions, and every sanction per party and per persons responsible.
import { findLaw } from '../../data/engine/laws.ts';
import type { Matter, ProvisionRef } from '../../data/engine/model.ts';
import { parseArticleNumber } from '../../data/engine/numerals.ts';
import { sanctionsOf } from '../../data/engine/sanctions.ts';
import { loadDataset } from '../data/load.ts';
import { isoDate, parseArgs } from '../lib/args.ts';
import { type Command, UsageError } from '../lib/command.ts';

const command: Command = {
  name: 'matters',
  summary: 'list matters with their violated and penalty provisions and sanctions per party and persons',
  usage:
    'npm run -s cli -- matters [--law <title, short name or abbreviation>] [--article <124 | 第一百二十四条>] [--as-of YYYY-MM-DD] --json',
  async run(args) {
    const { values, positionals } = parseArgs(args, {
      law: { type: 'string' },
      article: { type: 'string' },
      'as-of': { type: 'string' },
      json: { type: 'boolean' },
    });
    if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    if (!values.json) throw new UsageError('give --json (the output is JSON)');
    const asOf = isoDate(values['as-of'], '--as-of');
    const article = values.article === undefined ? null : parseArticleNumber(values.article);
    if (article === null && values.article !== undefined)
      throw new UsageError(`"${values.article}" is not an article number (124 or 第一百二十四条)`);
    const { laws, packs } = loadDataset();
    const lawId = values.law === undefined ? null : findLaw(laws, values.law);
    if (values.law !== undefined && !lawId) {
      console.error(`matters: unknown law "${values.law}"`);
      return 1;
    }
    const titles = new Map(laws.map((l) => [l.lawId, l.title]));
    const provision = (r: ProvisionRef) => ({
      law: titles.get(r.lawId) ?? r.lawId,
      article: r.article,
      paragraph: r.paragraph,
      item: r.item,
    });
    const selected = packs
      .flatMap((p) => p.matters)
      .filter(
        (m: Matter) =>
          (lawId === null || m.penalty.lawId === lawId) &&
          (article === null || m.penalty.article === article) &&
          (asOf === undefined ||
            (m.validity.from <= asOf && (m.validity.to === null || asOf < m.validity.to))),
      );
    const matters = selected.map((m) => {
      const { entity, persons } = sanctionsOf(m.statutory);
      return {
        id: m.id,
        name: m.name,
        domain: m.domain,
        authority: m.authority,
        violated: m.violated.map(provision),
        penalty: provision(m.penalty),
        sanctions: {
          entity: {
            fines: entity.fines,
            warning: entity.warning,
            confiscation: entity.confiscation,
            suspension: entity.suspension,
            revocation: entity.revocation,
            detention: entity.detention,
          },
          persons: persons && {
            fines: persons.fines,
            warning: persons.warning,
            confiscation: persons.confiscation,
            suspension: persons.suspension,
            revocation: persons.revocation,
            detention: persons.detention,
          },
        },
        basis: m.basis,
        lawVersion: m.lawVersion,
      };
    });
    console.log(JSON.stringify({ matters }, null, 2));
    return 0;
  },
};

export default command;
