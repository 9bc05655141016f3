import { download, get } from './client';
import type { DutyRoster, RegisterKind } from './types';

// The registers (台账) and the duty roster (值班表) of libs/registers, for officials.

export const dutyRoster = (regionCode: string, month: string) =>
  get<DutyRoster>('/registers/duty_roster', { regionCode, month, format: 'json' });

export const exportDutyRoster = (regionCode: string, month: string) =>
  download(
    '/registers/duty_roster',
    { regionCode, month, format: 'xlsx' },
    `duty-roster-${regionCode}-${month}.xlsx`,
  );

/** A register of a region's month as xlsx (masked; the export is audited). */
export const exportRegister = (kind: RegisterKind, regionCode: string, month: string) =>
  download(`/registers/${kind}`, { regionCode, month }, `register-${kind}-${regionCode}-${month}.xlsx`);
