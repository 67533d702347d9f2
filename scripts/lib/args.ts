// Minimal typed argument parsing on top of node:util's parseArgs; bad flags become UsageErrors.
import { parseArgs as nodeParseArgs, type ParseArgsConfig } from 'node:util';
import { isIsoDate } from '../../data/engine/dates.ts';
import { UsageError } from './command.ts';

export function parseArgs<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T) {
  try {
    return nodeParseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

export function isoDate(value: string | undefined, flag: string): string | undefined {
  if (value === undefined) return undefined;
  if (!isIsoDate(value)) {
    throw new UsageError(`${flag} must be a date YYYY-MM-DD, got "${value}"`);
  }
  return value;
}
