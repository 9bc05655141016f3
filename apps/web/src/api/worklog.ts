import { get, post } from './client';
import type { NewServiceLog, NewWorkshop, Page, ServiceLog, Workshop } from './types';

// The work log and workshops (libs/worklog): a lawyer sees and records their own, officials their
// jurisdiction's. Entries stay editable by their author for WORKLOG_EDIT_DAYS (`locked` after).

export interface WorklogQuery {
  regionCode?: string;
  lawyerId?: string;
  servicePointId?: string;
  from?: string;
  to?: string;
  page?: number;
  pageSize?: number;
}

export const listServiceLogs = (q: WorklogQuery) => get<Page<ServiceLog>>('/service-logs', { ...q });
export const createServiceLog = (body: NewServiceLog) => post<ServiceLog>('/service-logs', body);

export const listWorkshops = (q: Omit<WorklogQuery, 'lawyerId'> & { lecturerId?: string }) =>
  get<Page<Workshop>>('/workshops', { ...q });
export const createWorkshop = (body: NewWorkshop) => post<Workshop>('/workshops', body);
