import { idNumberCheckDigit } from '@app/legal-aid';
import type { CreateLegalAidCaseDto } from '@app/legal-aid';

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
