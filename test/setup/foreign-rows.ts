import ExcelJS from 'exceljs';
import type { Jurisdiction, World } from './jurisdictions';

/** Who asks, and what they must never be shown. */
export interface Viewer {
  label: string;
  token?: string;
  /** The caller's own id (a lawyer's own rows may lie anywhere they served). */
  id?: string;
  /** The caller's jurisdiction as a region prefix; null for residents and anonymous callers. */
  region: string | null;
  /** The jurisdictions whose records this caller must never be shown. */
  foreign: Jurisdiction[];
  /** Ids of records elsewhere that are the caller's own (a resident's booking, its point and slot). */
  own?: Set<string>;
}

/** An answer as supertest gives it. */
export interface Answer {
  status: number;
  headers: Record<string, string>;
  body: unknown;
  text?: string;
}

/**
 * Where an answer shows the viewer something of a foreign jurisdiction: a row whose `regionCode` lies
 * outside the viewer's region (a row without one: its point's, else its lawyer's region), or any id
 * of a foreign jurisdiction's records anywhere in it; for files and feeds, a foreign id or the name of
 * a foreign person or point anywhere in their text. Empty when there is none.
 */
export async function foreignFindings(world: World, viewer: Viewer, answer: Answer): Promise<string[]> {
  const type = answer.headers['content-type'] ?? '';
  if (type.includes('json')) return jsonFindings(world, viewer, answer.body);
  const text = type.includes('spreadsheetml')
    ? await workbookText(answer.body as Buffer)
    : (answer.text ?? '');
  const findings: string[] = [];
  for (const j of viewer.foreign) {
    for (const [id, what] of j.ids)
      if (text.includes(id) && !viewer.own?.has(id)) findings.push(`${j.name} ${what} ${id}`);
    for (const name of j.names) if (text.includes(name)) findings.push(`${j.name}: “${name}”`);
  }
  return findings;
}

function jsonFindings(world: World, viewer: Viewer, body: unknown): string[] {
  const findings: string[] = [];
  const outside = (code: string | undefined) => !!viewer.region && !!code && !code.startsWith(viewer.region);
  const visit = (value: unknown, at: string): void => {
    if (typeof value === 'string') {
      for (const j of viewer.foreign) {
        const what = j.ids.get(value);
        // Points and their slots are public (the directory, booking), so a resident may be shown any.
        const isPublic = what?.startsWith('point') || what === 'slot';
        if (what && !viewer.own?.has(value) && !(viewer.region === null && isPublic))
          findings.push(`${at} is ${j.name}'s ${what} (${value})`);
      }
      return;
    }
    if (Array.isArray(value)) {
      value.forEach((v, i) => visit(v, `${at}[${i}]`));
      return;
    }
    if (!value || typeof value !== 'object') return;
    const row = value as Record<string, unknown>;
    // The row's region: its own, else its point's, else its lawyer's. A lawyer's own entries may lie
    // wherever they served.
    const [field, code] =
      typeof row.regionCode === 'string'
        ? ['regionCode', row.regionCode]
        : typeof row.servicePointId === 'string'
          ? ['servicePointId', world.regionOf.get(row.servicePointId)]
          : typeof row.lawyerId === 'string'
            ? ['lawyerId', world.regionOf.get(row.lawyerId)]
            : ['', undefined];
    if (outside(code) && !(viewer.id && row.lawyerId === viewer.id))
      findings.push(`${at}.${field} puts it in ${code}, outside ${viewer.region}`);
    for (const [key, v] of Object.entries(row)) visit(v, `${at}.${key}`);
  };
  visit(body, '$');
  return findings;
}

async function workbookText(buffer: Buffer): Promise<string> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(buffer as unknown as ArrayBuffer);
  const cells: string[] = [];
  book.eachSheet((sheet) => {
    cells.push(sheet.name);
    sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.text ?? ''))));
  });
  return cells.join('\n');
}
