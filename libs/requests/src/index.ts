export * from './requests.module';
export * from './requests.errors';
export * from './notices/notices.service';
export * from './requests/staff-requests.service';
export * from './absences/absences.service';
export * from './notices/clock-notices.service';
