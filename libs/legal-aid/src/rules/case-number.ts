/** The county's one-character short name in case numbers: 慈溪市 → 慈. */
export function countyShortName(countyName: string): string {
  const [first] = countyName.trim();
  if (!first) throw new RangeError('A county name is needed');
  return first;
}

/** `(2026)慈法援字第0001号`: year of receipt, county, and the county's running number of that year. */
export function formatCaseNo(year: number, countyShort: string, seq: number): string {
  if (!Number.isInteger(seq) || seq < 1) throw new RangeError(`Not a case sequence number: ${seq}`);
  return `(${year})${countyShort}法援字第${String(seq).padStart(4, '0')}号`;
}
