import { ref } from 'vue';
import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router';
import { onSignedOut } from './api/client';
import type { Role } from './api/types';
import { loadStaffMessages } from './i18n';
import PointPage from './resident/PointPage.vue';
import PointsPage from './resident/PointsPage.vue';
import { homeFor, staffSession } from './shared/session';

// The two pages a resident lands on (the list, and a point's page from the QR code on its sign) are
// in the first download, so a slow 4G phone shows slots without a second round of fetches; every
// other page is its own chunk, and a resident's phone never loads the console's Element Plus or ECharts.
const routes: RouteRecordRaw[] = [
  { path: '/', name: 'points', component: PointsPage },
  { path: '/points/:id', name: 'point', component: PointPage, props: true },
  { path: '/points/:id/book', name: 'book', component: () => import('./resident/BookPage.vue'), props: true },
  { path: '/my', name: 'mine', component: () => import('./resident/MyBookingsPage.vue') },
  { path: '/privacy', name: 'privacy', component: () => import('./resident/PrivacyPage.vue') },
  { path: '/login', name: 'login', component: () => import('./staff/LoginPage.vue'), meta: { staff: true } },
  {
    path: '/lawyer',
    component: () => import('./lawyer/LawyerLayout.vue'),
    meta: { roles: ['lawyer'], staff: true },
    children: [
      { path: '', name: 'lawyer-today', component: () => import('./lawyer/TodayPage.vue') },
      { path: 'shifts', name: 'lawyer-shifts', component: () => import('./lawyer/ShiftsPage.vue') },
      { path: 'log', name: 'lawyer-log', component: () => import('./lawyer/WorkLogPage.vue') },
      { path: 'cases', name: 'lawyer-cases', component: () => import('./lawyer/CasesPage.vue') },
      { path: 'workshops', name: 'lawyer-workshops', component: () => import('./lawyer/WorkshopsPage.vue') },
      { path: 'requests', name: 'lawyer-requests', component: () => import('./lawyer/RequestsPage.vue') },
      { path: 'notices', name: 'lawyer-notices', component: () => import('./lawyer/NoticesPage.vue') },
    ],
  },
  {
    path: '/console',
    component: () => import('./console/ConsoleLayout.vue'),
    meta: { roles: ['official', 'admin', 'auditor'], staff: true },
    children: [
      { path: '', name: 'console-home', component: () => import('./console/HomeView.vue') },
      { path: 'points', name: 'console-points', component: () => import('./console/PointsView.vue') },
      { path: 'staff', name: 'console-staff', component: () => import('./console/StaffView.vue') },
      { path: 'advisors', name: 'console-advisors', component: () => import('./console/AdvisorsView.vue') },
      { path: 'roster', name: 'console-roster', component: () => import('./console/RosterView.vue') },
      { path: 'calendar', name: 'console-calendar', component: () => import('./console/CalendarView.vue') },
      {
        path: 'attendance',
        name: 'console-attendance',
        component: () => import('./console/AttendanceView.vue'),
      },
      { path: 'legal-aid', name: 'console-legal-aid', component: () => import('./console/LegalAidView.vue') },
      { path: 'stats', name: 'console-stats', component: () => import('./console/StatsView.vue') },
      { path: 'signs', name: 'console-signs', component: () => import('./console/SignsView.vue') },
      {
        path: 'supervision',
        name: 'console-supervision',
        component: () => import('./console/SupervisionView.vue'),
      },
      { path: 'requests', name: 'console-requests', component: () => import('./console/RequestsView.vue') },
      { path: 'leave', name: 'console-leave', component: () => import('./console/LeaveView.vue') },
      { path: 'worklog', name: 'console-worklog', component: () => import('./console/WorklogView.vue') },
      {
        path: 'workshops',
        name: 'console-workshops',
        component: () => import('./console/WorkshopsView.vue'),
      },
      { path: 'audit', name: 'console-audit', component: () => import('./console/AuditView.vue') },
      {
        path: 'appointments',
        name: 'console-appointments',
        component: () => import('./console/AppointmentsView.vue'),
      },
      { path: 'sms', name: 'console-sms', component: () => import('./console/SmsView.vue') },
      { path: 'imports', name: 'console-imports', component: () => import('./console/ImportsView.vue') },
      { path: 'periods', name: 'console-periods', component: () => import('./console/PeriodsView.vue') },
    ],
  },
  {
    path: '/print/sign/:id',
    name: 'sign',
    component: () => import('./print/SignPage.vue'),
    props: true,
    meta: { staff: true },
  },
  {
    path: '/print/duty-roster/:regionCode/:month',
    name: 'print-duty-roster',
    component: () => import('./print/DutyRosterPage.vue'),
    props: true,
    meta: { roles: ['official', 'admin'], staff: true },
  },
  {
    path: '/print/monthly/:regionCode/:month',
    name: 'print-monthly',
    component: () => import('./print/MonthlyTallyPage.vue'),
    props: true,
    meta: { roles: ['official', 'admin'], staff: true },
  },
  {
    // A point's sign-in kiosk: an official authorises the device once; then it shows the rotating code.
    path: '/kiosk/:pointId',
    name: 'kiosk',
    component: () => import('./kiosk/KioskPage.vue'),
    props: true,
    meta: { staff: true },
  },
  { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('./shared/NotFoundPage.vue') },
];

export const router = createRouter({
  history: createWebHistory(),
  routes,
  scrollBehavior: () => ({ top: 0 }),
});

/** True while the next page's code is loading. */
export const navigating = ref(false);
/** True when a page's code could not be fetched (offline, or a deploy replaced the files). */
export const routeLoadFailed = ref(false);

router.beforeEach(async (to) => {
  navigating.value = true;
  routeLoadFailed.value = false;
  const roles = to.matched.flatMap((r) => (r.meta.roles as Role[] | undefined) ?? []);
  const user = staffSession.value?.user;
  if (roles.length && !user) return { name: 'login', query: { next: to.fullPath } };
  if (roles.length && !roles.some((r) => user!.roles.includes(r))) return homeFor(user!);
  // Staff pages bring their own messages (see i18n/index.ts), fetched with the page's code.
  if (to.matched.some((r) => r.meta.staff)) await loadStaffMessages();
  return true;
});
router.afterEach(() => {
  navigating.value = false;
});
router.onError((err) => {
  console.error(err);
  navigating.value = false;
  routeLoadFailed.value = true;
});

onSignedOut.staff = () => {
  const here = router.currentRoute.value;
  if (here.name !== 'login') void router.push({ name: 'login', query: { next: here.fullPath } });
};
