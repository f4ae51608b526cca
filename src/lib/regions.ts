// Kemendagri region codes from the pinned idn-area-data package (no names typed by hand).
import { getProvinces, getRegencies } from 'idn-area-data';
import { TIMEZONES } from '../collections/common.ts';

export type Timezone = (typeof TIMEZONES)[number];
export interface Province {
  code: string;
  name: string;
  timezone: Timezone;
}
export interface Regency {
  code: string;
  name: string;
  provinceCode: string;
}
export interface Regions {
  provinces: Map<string, Province>;
  regencies: Map<string, Regency>;
}

// Legal time zones by province (Keppres 41/1987 plus later new provinces).
const WITA = new Set(['51', '52', '53', '63', '64', '65', '71', '72', '73', '74', '75', '76']);
const WIT = new Set(['81', '82', '91', '92', '93', '94', '95', '96']);

export function timezoneOf(provinceCode: string): Timezone {
  if (WIT.has(provinceCode)) return 'WIT';
  if (WITA.has(provinceCode)) return 'WITA';
  return 'WIB';
}

let cached: Promise<Regions> | undefined;

export function loadRegions(): Promise<Regions> {
  cached ??= (async () => {
    const [provs, regs] = await Promise.all([getProvinces(), getRegencies({ transform: true })]);
    const provinces = new Map<string, Province>();
    for (const p of provs) provinces.set(p.code, { code: p.code, name: p.name, timezone: timezoneOf(p.code) });
    const regencies = new Map<string, Regency>();
    for (const r of regs as { code: string; name: string; provinceCode: string }[])
      regencies.set(r.code, { code: r.code, name: r.name, provinceCode: r.provinceCode });
    return { provinces, regencies };
  })();
  return cached;
}

/** Province code of a region code ("53.71" → "53"). */
export const provinceOf = (code: string) => code.slice(0, 2);

/** Display name for a code, e.g. "Kota Kupang" or "Nusa Tenggara Timur". */
export function regionName(regions: Regions, code: string): string {
  return code.length === 2 ? (regions.provinces.get(code)?.name ?? code) : (regions.regencies.get(code)?.name ?? code);
}
