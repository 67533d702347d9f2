// Calendar days as the dataset uses them (YYYY-MM-DD). "Today" is the date in China, where the rules
// apply: UTC's date is still yesterday from 00:00 to 08:00 Beijing time, and an officer's machine may be
// set to any zone. China keeps UTC+8 all year (no daylight saving since 1991), so a fixed offset is exact.
import type { IsoDate } from './model.ts';

const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/** Today's date in China (Asia/Shanghai). */
export function todayInChina(now: Date = new Date()): IsoDate {
  return new Date(now.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** A real calendar day written YYYY-MM-DD (2023-02-30 is not). */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}
