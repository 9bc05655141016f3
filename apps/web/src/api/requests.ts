import { get, post, put } from './client';

/** A lawyer's request (POST /requests): swap, leave or 补卡, as the API answers it. */
export interface StaffRequest {
  id: string;
  kind: 'swap' | 'leave' | 'attendance_fix';
  status: 'pending' | 'accepted' | 'approved' | 'refused';
  lawyerId: string;
  lawyerName: string;
  regionCode: string;
  reason: string;
  shiftId: string | null;
  toLawyerId: string | null;
  toLawyerName: string | null;
  from: string | null;
  to: string | null;
  fixType: 'check_in' | 'check_out' | null;
  at: string | null;
  acceptedAt: string | null;
  decidedAt: string | null;
  decisionReason: string | null;
  createdAt: string;
}

export interface NewRequest {
  kind: StaffRequest['kind'];
  reason: string;
  shiftId?: string;
  toLawyerId?: string;
  from?: string;
  to?: string;
  fixType?: 'check_in' | 'check_out';
  at?: string;
}

export interface Notice {
  id: string;
  kind: string;
  text: string;
  createdAt: string;
  readAt: string | null;
}

export const listRequests = (q: { regionCode?: string; status?: string } = {}) =>
  get<StaffRequest[]>('/requests', q);
export const createRequest = (body: NewRequest) => post<StaffRequest>('/requests', body);
export const decideRequest = (id: string, action: 'accept' | 'approve' | 'refuse', reason?: string) =>
  post<StaffRequest>(`/requests/${id}/${action}`, reason ? { reason } : {});

export const listNotices = () => get<{ items: Notice[]; unread: number }>('/notices');
export const readNotice = (id: string) => post<Notice>(`/notices/${id}/read`);
export const noticeChannel = () => get<{ channel: 'sms' | 'in_app' }>('/notices/preference');
export const setNoticeChannel = (channel: 'sms' | 'in_app') =>
  put<{ channel: string }>('/notices/preference', { channel });

export interface Absence {
  id: string;
  shiftId: string;
  date: string;
  detectedAt: string;
  standbyLawyerId: string | null;
  acceptedAt: string | null;
}
export const listAbsences = (from: string, to: string) => get<Absence[]>('/absences', { from, to });
export const acceptAbsence = (id: string) => post<Absence>(`/absences/${id}/accept`);
