import { computed, ref } from 'vue';
import type { AuthUser, Role, TokenPair } from '../api/types';
import { forgetSeen } from './offline';
import { storage } from './prefs';

const STAFF_KEY = 'portal.staff';
const RESIDENT_KEY = 'portal.resident';

interface StaffSession {
  accessToken: string;
  refreshToken: string;
  user: AuthUser;
}

interface ResidentSession {
  accessToken: string;
  resident: { id: string; phoneMasked: string };
}

function load<T>(key: string): T | null {
  const raw = storage.read(key);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return null;
  }
}

export const staffSession = ref<StaffSession | null>(load<StaffSession>(STAFF_KEY));
export const residentSession = ref<ResidentSession | null>(load<ResidentSession>(RESIDENT_KEY));

export const currentUser = computed(() => staffSession.value?.user ?? null);

export function hasRole(...roles: Role[]): boolean {
  const mine = staffSession.value?.user.roles ?? [];
  return roles.some((r) => mine.includes(r));
}

export function saveStaff(pair: TokenPair | StaffSession): void {
  staffSession.value = { accessToken: pair.accessToken, refreshToken: pair.refreshToken, user: pair.user };
  storage.write(STAFF_KEY, JSON.stringify(staffSession.value));
}

export function clearStaff(): void {
  staffSession.value = null;
  forgetSeen('staff');
  try {
    localStorage.removeItem(STAFF_KEY);
  } catch {
    // nothing stored
  }
}

export function saveResident(session: ResidentSession): void {
  residentSession.value = session;
  storage.write(RESIDENT_KEY, JSON.stringify(session));
}

export function clearResident(): void {
  residentSession.value = null;
  forgetSeen('resident');
  try {
    localStorage.removeItem(RESIDENT_KEY);
  } catch {
    // nothing stored
  }
}

/** Where a staff member lands after signing in. */
export function homeFor(user: AuthUser): string {
  if (user.roles.includes('lawyer')) return '/lawyer';
  return '/console';
}
