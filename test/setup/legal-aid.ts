import { Client } from 'pg';
import { idNumberCheckDigit } from '@app/legal-aid';
import type { CreateLegalAidCaseDto } from '@app/legal-aid';
import type { TestApp } from './test-app';

/** A valid 身份证 number of a 慈溪 resident born 1 January 1990, the n-th of its kind. */
export function idNumber(n: number): string {
  const first17 = `33028219900101${String(n % 1000).padStart(3, '0')}`;
  return `${first17}${idNumberCheckDigit(first17)}`;
}

/** The same number with a check digit that does not match. */
export function withWrongCheckDigit(id: string): string {
  const wrong = id[17] === '0' ? '1' : '0';
  return `${id.slice(0, 17)}${wrong}`;
}

/** An intake body as JSON carries it (receivedAt an ISO string). */
export type ApplicationBody = Omit<CreateLegalAidCaseDto, 'receivedAt'> & { receivedAt?: string };

/** An intake body for a point, with a distinct applicant per n. */
export function application(
  servicePointId: string,
  n: number,
  extra: Partial<ApplicationBody> = {},
): ApplicationBody {
  return {
    applicant: { name: `申请人${n}`, phone: `138${String(10_000_000 + n).slice(-8)}`, idNumber: idNumber(n) },
    servicePointId,
    category: 'labour_wages',
    summary: `在建筑工地务工，被拖欠工资${n}个月`,
    ...extra,
  };
}

/** Runs SQL against the test app's database (reads of what the API does not show, and fixtures). */
export async function sql<T = Record<string, unknown>>(
  t: TestApp,
  text: string,
  params: unknown[] = [],
): Promise<T[]> {
  const db = new Client({ connectionString: t.config.databaseUrl });
  await db.connect();
  try {
    return (await db.query(text, params)).rows as T[];
  } finally {
    await db.end();
  }
}

/** Demo ids the legal-aid suites need: the two town centres and staff by login name. */
export async function demoIds(t: TestApp): Promise<{
  shengshanCentre: string;
  zhangqiCentre: string;
  staff: Record<string, string>;
}> {
  const points = await sql<{ id: string; region_code: string }>(
    t,
    `SELECT id, region_code FROM service_point WHERE kind = 'township_center'`,
  );
  const staff = await sql<{ id: string; username: string }>(t, `SELECT id, username FROM staff`);
  return {
    shengshanCentre: points.find((p) => p.region_code === '330282113')!.id,
    zhangqiCentre: points.find((p) => p.region_code === '330282104')!.id,
    staff: Object.fromEntries(staff.map((s) => [s.username, s.id])),
  };
}

export const bearer = (token: string) => `Bearer ${token}`;
