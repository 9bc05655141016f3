/**
 * The test toolkit (`@app/testing`), for test code only (dependency-cruiser's
 * only-tests-import-testing): a database or the whole app per test file (`useTestDatabase`,
 * `useTestApp`, `sql`), the Authorization header (`bearer`), the demo's 胜山镇 and its seeded ids
 * (`SHENGSHAN_TOWN`, `ZHANGQI_TOWN`, `demoIds`, `staffDirectory`, `publishedWindowShifts`), and
 * creators of common records through the API (`createResident`, `createShift`, `createAppointment`,
 * `createServiceLog`), and local fakes of the SMS providers (`FakeAliyunSms`, `FakeTencentSms`).
 */
export * from './test-db';
export * from './test-app';
export * from './http';
export * from './township';
export * from './records';
export * from './sms-fakes';
export * from './second-county';
