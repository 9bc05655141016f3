/**
 * Generated from the API's OpenAPI document by `npm run api:types` (openapi-typescript); do not
 * edit. CI fails when it differs from what the current API generates.
 */

export interface paths {
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Ready when the database answers (200), 503 otherwise
         * @description The same answer as `/api/health/ready`, kept for existing clients.
         */
        get: operations["HealthController_check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness: 200 while the process serves HTTP; asks nothing of the database
         * @description For a process supervisor or an orchestrator’s liveness probe: restart the process only when this fails. A database outage does not make it fail (see `/api/health/ready`).
         */
        get: operations["HealthController_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness: 200 when the database answers a ping within 3 s and the instance is not stopping, 503 otherwise
         * @description For a load balancer or an orchestrator’s readiness probe: send no traffic while this is 503; it comes back by itself once the database does.
         */
        get: operations["HealthController_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Prometheus metrics: requests, latency, pool, job queues, SMS outbox, audit sealing, statistics check
         * @description Only with `Authorization: Bearer <METRICS_TOKEN>` (401 otherwise); 404 when `METRICS_TOKEN` is not set.
         */
        get: operations["MetricsController_scrape"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/client-config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The settings the web app reads: the public address */
        get: operations["ClientConfigController_get_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stats/ranking": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 排名: the counties or townships below a region ranked by one metric over a month or a year
         * @description For comparing counties and townships (city and province officials read every county below them; a county official its townships). Every county or township of the region is listed, zeros included. With GET /periods?status=open, the townships behind on closing.
         */
        get: operations["StatsController_ranking_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stats/monthly": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The monthly tally (月报) of a region in your jurisdiction, by child region, lawyer and topic */
        get: operations["StatsController_monthly_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stats/monthly/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The monthly tally as an xlsx workbook or CSV (UTF-8 with BOM) */
        get: operations["StatsController_monthlyExport_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stats/yearly": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The statistics of a year to date, by month, child region, lawyer and topic */
        get: operations["StatsController_yearly_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stats/yearly/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The year-end report through the last complete month (or `through`): the paragraph in Chinese (text) or the statistics workbook (xlsx)
         * @description Every non-zero metric with its unit, amounts in 万元 with two decimals, e.g. 至12月底,已为群众提供法律咨询237人次,代拟各类法律文书7份,…
         */
        get: operations["StatsController_yearlyReport_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/periods/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close a township’s month (月结), or report it as zero (零上报)
         * @description By an official of the township (or of its county). Only a month that is over (Asia/Shanghai). A month with records closes as `closed` (`zeroReport: true` is refused); a month without any record closes only with `zeroReport: true` (`zero`), never by default. The close keeps the figures as version 1. Afterwards the month’s records (work-log entries, workshops, legal-aid cases where they count by month) are locked for lawyers (422 PERIOD_CLOSED); an official’s correction of one (with its reason) makes the next version (2, 3 …), whose figures are kept too: GET /stats/monthly?version=1 reads the figures as first reported. Closes and amendments are in the audit trail. City and province officials read only (403 READ_ONLY_JURISDICTION).
         */
        post: operations["PeriodsController_close_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/periods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every township of a region with its month: open (not yet reported), closed or zero (零上报)
         * @description For the county (and city, province) official: which townships have closed the month, reported zero or are behind (`status=open`). `counts` gives the townships by status.
         */
        get: operations["PeriodsController_list_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit trail, newest first (auditor only); events are sealed into the hash chain before they are listed */
        get: operations["AuditEventsController_list_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit-events/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recompute the keyed hash chain and compare it with the last checkpoint kept outside the database: the first broken link, or the deleted tail */
        get: operations["AuditEventsController_verify_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Staff sign-in, opening a session. 401 INVALID_CREDENTIALS for a wrong password and an unknown name alike; 429 LOGIN_DELAYED (with Retry-After) when this address sent 5 wrong passwords for the name (it waits 1, 2, 4 … minutes; other addresses are not affected); 423 ACCOUNT_LOCKED after a distributed attack (20 wrong passwords from 5 addresses within an hour) until the security administrator unlocks it. Unknown names get exactly the same answers */
        post: operations["AuthController_login_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Exchange a refresh token for a new pair; the old one stops working */
        post: operations["AuthController_refresh_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End this session (and the refresh token’s, when it is one of yours), or every session of yours when no refresh token is given; their access tokens get 401 SESSION_ENDED at once (staff and residents) */
        post: operations["AuthController_logout_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who you are: your id, name, roles and region */
        get: operations["AuthController_me_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your open sign-in sessions, most recently used first (staff and residents) */
        get: operations["AuthController_sessions_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** End one of your sessions: its access tokens get 401 SESSION_ENDED at once, its refresh tokens stop working; 404 SESSION_NOT_FOUND for one that is not yours or already ended */
        delete: operations["AuthController_endSession_v1"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change your password (staff). Every session of the account ends, this one included: sign in again. A wrong current password is 400 and counts as a wrong login (429 LOGIN_DELAYED after 5 from this address); the new one may not be common or one of your last 5 */
        post: operations["AuthController_changePassword_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/security/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The open sign-in sessions of a staff member of your jurisdiction (staffId) or of a resident (residentId), most recently used first (security administrator) */
        get: operations["SecurityController_list_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/security/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** End a staff member’s or resident’s session: its access tokens get 401 SESSION_ENDED at once and its refresh tokens stop working (audited) */
        delete: operations["SecurityController_end_v1"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/security/accounts/{id}/unlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Lift the lock of an account after a distributed attack, and every address’s wait for its login name (audited) */
        post: operations["SecurityController_unlock_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Child regions of a region (GB/T 2260) */
        get: operations["RegionsController_list_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/service-points": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Active service points under a region (prefix match), with today’s duty
         * @description The public directory: every county’s points, the same for everyone, signed in or not. Cacheable: anonymous answers carry an `ETag` and `Cache-Control: public, max-age=N`, where N is at most `PUBLIC_CACHE_SECONDS` (default 10 s; for slots `PUBLIC_SLOTS_CACHE_SECONDS`, default 2 s), and are compressed (br or gzip) above 1 KiB when the client accepts it; `If-None-Match` with the current ETag answers 304. The server keeps the answer in memory for the same time: a change made through the same server instance (a shift, a point, a booking) shows in its next answer, one made through another instance within those seconds, so no copy is ever more than N seconds behind the data. A request with an access token gets the same JSON with `Cache-Control: no-store`. Booking decides on places by itself: a slot shown free a moment ago may be refused as full (409 SLOT_FULL).
         */
        get: operations["ServicePointsController_list_v1"];
        put?: never;
        /** Create a service point in your jurisdiction */
        post: operations["ServicePointsController_create_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/service-points/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One service point with its opening hours, its legal advisor and the published duty of the next 7 days
         * @description Cacheable: anonymous answers carry an `ETag` and `Cache-Control: public, max-age=N`, where N is at most `PUBLIC_CACHE_SECONDS` (default 10 s; for slots `PUBLIC_SLOTS_CACHE_SECONDS`, default 2 s), and are compressed (br or gzip) above 1 KiB when the client accepts it; `If-None-Match` with the current ETag answers 304. The server keeps the answer in memory for the same time: a change made through the same server instance (a shift, a point, a booking) shows in its next answer, one made through another instance within those seconds, so no copy is ever more than N seconds behind the data. A request with an access token gets the same JSON with `Cache-Control: no-store`. Booking decides on places by itself: a slot shown free a moment ago may be refused as full (409 SLOT_FULL).
         */
        get: operations["ServicePointsController_get_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a service point in your jurisdiction (404 outside it) */
        patch: operations["ServicePointsController_update_v1"];
        trace?: never;
    };
    "/api/v1/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Staff in your jurisdiction (phone masked) */
        get: operations["StaffController_list_v1"];
        put?: never;
        /** Create an ordinary account: officials add lawyers of their jurisdiction and officials of the regions below their own, the admin any ordinary account of its jurisdiction. Admin, security and auditor accounts are made only with `npm run cli -- accounts create` (403 PRIVILEGED_ACCOUNT for every caller) */
        post: operations["StaffController_create_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One staff member of your jurisdiction, phone masked */
        get: operations["StaffController_get_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change an ordinary account (status disabled ends its sign-in sessions at once). 403 PRIVILEGED_ACCOUNT for an admin, security or auditor account, whoever asks; 403 NOT_BELOW_CALLER for one’s own account and, for an official, an official at or above their level */
        patch: operations["StaffController_update_v1"];
        trace?: never;
    };
    "/api/v1/staff/{id}/phone": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The full phone number; every read is written to the audit trail */
        get: operations["StaffController_phone_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/advisor-assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Which lawyer advises which village point, in your jurisdiction */
        get: operations["AdvisorAssignmentsController_list_v1"];
        put?: never;
        /** Assign an advisor to a village point (409 when the village has one in that period) */
        post: operations["AdvisorAssignmentsController_create_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/advisor-assignments/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End an assignment on a given day */
        post: operations["AdvisorAssignmentsController_end_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/advisor-coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Villages with and without an advisor (法律顾问覆盖) */
        get: operations["AdvisorAssignmentsController_coverage_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The working-day calendar of a county (holidays off, 调休 make-up days on), each day with its source
         * @description The national calendar — the State Council notice of the year (loaded by the admin, else bundled), or for a year without one a provisional calendar of the statutory holidays — with the county’s overrides when `regionCode` (or the signed-in caller’s region) names a county, township or village. At most 366 days.
         */
        get: operations["CalendarController_list_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/years": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The years of the calendar (2024 to two years ahead) and whether each has its State Council notice */
        get: operations["CalendarController_years_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/years/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A year’s notice as it stands (loaded or bundled), or the statutory holidays of a provisional year */
        get: operations["CalendarController_year_v1"];
        /**
         * Load a year’s State Council notice for the whole deployment (admin); loading it again replaces it
         * @description The notice takes precedence over the bundled data and the provisional calendar; counties’ overrides still win for their county. The answer lists the days whose working-day status changed and what they reach: shifts now on a day off (their bookings go to needs_reschedule with an SMS to the resident) and points missing window duty on a new working day. 400 per field for overlapping holidays, dates outside the year, from after to, a make-up day that is not a Saturday or Sunday.
         */
        put: operations["CalendarController_loadNotice_v1"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/{date}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Override one date in a county’s calendar (county official: their own county only)
         * @description A township official gets 403 CALENDAR_NEEDS_COUNTY. Other counties’ calendars do not change. The answer lists what the change reaches, as a loaded notice’s does.
         */
        put: operations["CalendarController_set_v1"];
        post?: never;
        /**
         * Remove a county’s override of a date: it follows the national calendar again
         * @description 404 CALENDAR_OVERRIDE_NOT_FOUND when the county has none for that date.
         */
        delete: operations["CalendarController_remove_v1"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shifts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Shifts in your jurisdiction over a period (planned; cancelled ones on request) */
        get: operations["DutyShiftsController_list_v1"];
        put?: never;
        /**
         * Add a shift; 409 SHIFT_OVERLAP when the lawyer already has one then, 409 LAWYER_ON_LEAVE
         * @description The point must lie in your jurisdiction (404 SERVICE_POINT_NOT_FOUND otherwise) and so must the lawyer (403 OUTSIDE_JURISDICTION): a township official schedules their own advisor group, a county official any lawyer of the county at any of its points. A lawyer of another township comes only on a village visit to a village they advise that day. A lawyer of another county: 422 LAWYER_OUTSIDE_REGION.
         */
        post: operations["DutyShiftsController_create_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shifts/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish the planned shifts of a region and period: the public sees them from then on
         * @description Refused with 422 SHIFTS_ON_DAYS_OFF (details.conflicts: the shifts) while planned window duty or village visits of the period stand on days off of the county calendar, until they are cancelled or the official sends confirmDaysOff: true.
         */
        post: operations["DutyShiftsController_publish_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shifts/swap": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Hand a shift to another lawyer (409 when that lawyer is busy or on leave)
         * @description The shift must lie in your jurisdiction (404 SHIFT_NOT_FOUND otherwise) and so must the new lawyer (403 OUTSIDE_JURISDICTION), as for POST /shifts: a lawyer of another township only for a village visit to a village they advise that day; of another county 422 LAWYER_OUTSIDE_REGION.
         */
        post: operations["DutyShiftsController_swap_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shifts/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a shift, with a reason; it stays listed with status cancelled */
        post: operations["DutyShiftsController_cancel_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rosters/generate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Fill the roster: window duty at each township centre on every working day, a weekly visit to every pilot village
         * @description Keeps existing shifts and fills only gaps, so running it again creates nothing new. Respects leave and opening hours.
         */
        post: operations["RostersController_generate_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rosters/coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Working days without window duty at a township centre, and pilot villages without their weekly visit */
        get: operations["RostersController_coverage_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/unavailability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Leave of lawyers in your jurisdiction (a lawyer: their own) */
        get: operations["UnavailabilityController_list_v1"];
        put?: never;
        /** Record leave (whole days); 409 SHIFTS_DURING_LEAVE when the lawyer has shifts then */
        post: operations["UnavailabilityController_create_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/unavailability/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw a leave or unavailability */
        post: operations["UnavailabilityController_cancel_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/lawyers/{id}/calendar-token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Make (or replace) the secret link of a lawyer’s calendar subscription */
        post: operations["CalendarFeedController_rotate_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/lawyers/{id}/calendar.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** iCalendar feed (RFC 5545) of the lawyer’s published shifts; cancelled ones as STATUS:CANCELLED */
        get: operations["CalendarFeedController_feed_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/attendance/check-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in (签到). Repeating the same idempotencyKey returns the first answer and records nothing
         * @description Never refused for bad GPS, a missing shift or a late upload: outside the fence, low accuracy, no location and unscheduled sign-ins are recorded and flagged; one sent later than ATTENDANCE_MAX_DELAY_HOURS is kept for review (202).
         */
        post: operations["AttendanceController_checkIn_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/attendance/check-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out (签退); a sign-out without a sign-in that day is recorded and flagged no_check_in; one sent later than ATTENDANCE_MAX_DELAY_HOURS is kept for review (202) */
        post: operations["AttendanceController_checkOut_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/attendance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Attendance per shift, evaluated now (a lawyer sees their own); status=exceptions lists late, left early, absent and incomplete */
        get: operations["AttendanceController_list_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/attendance/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sign-in and sign-out events; flagged=true gives the exception list (outside the fence, unscheduled, no location, delayed) */
        get: operations["AttendanceController_events_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/attendance/pending-review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sign-ins and sign-outs awaiting review (status pending_review: sent later than ATTENDANCE_MAX_DELAY_HOURS), oldest first, in your jurisdiction (a lawyer: their own); decide with POST /attendance/corrections action accept or refuse */
        get: operations["AttendanceController_pendingReview_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/attendance/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a missing sign-in/out, void a wrong one, or accept or refuse one awaiting review, with a reason; audited; the original stays
         * @description accept / refuse: only for an event with status pending_review (422 EVENT_NOT_UNDER_REVIEW otherwise), once (409 EVENT_ALREADY_REVIEWED); an accepted one counts at its own time, a refused one stays recorded and never counts. void: not for an event that does not count (422 EVENT_NOT_COUNTED).
         */
        post: operations["AttendanceController_correct_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/attendance/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A month’s attendance sheet (值班考勤表) as xlsx */
        get: operations["AttendanceController_export_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/kiosks/qr-code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The QR code a kiosk shows now (签到码): changes every 30 seconds, signed with its point’s key
         * @description For a device an official authorised (POST /kiosks), with its own token, not a person’s access token; the token can do nothing else. Fetch again at validUntil. An unknown or revoked token gets 401 KIOSK_TOKEN_INVALID.
         */
        get: operations["KiosksController_code_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/kiosks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A service point’s kiosks, revoked ones too, newest first */
        get: operations["KiosksController_list_v1"];
        put?: never;
        /**
         * Authorise a device (the point’s tablet) as its kiosk; audited
         * @description Answers the device’s long-lived token once; the kiosk page keeps it and the official’s own session need not stay on the device. The point gets its signing key with its first kiosk.
         */
        post: operations["KiosksController_authorise_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/kiosks/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke a kiosk: its token stops working at once; audited */
        post: operations["KiosksController_revoke_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/service-points/{id}/qr-key/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate the point’s QR signing key; audited
         * @description Its kiosks show codes of the new key from their next fetch. A code of the old key still verifies when its window began before the rotation (a scan made offline and uploaded later); any later one is refused 422 QR_SIGNATURE_INVALID.
         */
        post: operations["ServicePointQrKeyController_rotate_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sms-outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** SMS by delivery status (default: failed) in your jurisdiction, phones masked, newest first */
        get: operations["OutboxController_list_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sms-outbox/{id}/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a failed SMS again (重发); audited
         * @description Puts the message back in the outbox, due now and with its attempts counted afresh, for the delivery worker to hand over as it does a new one. Answers the message as it stands then (`pending`, or `sent` when it was handed over at once). Only a `failed` message of your jurisdiction; a verification code is never sent again (its code is gone from the outbox).
         */
        post: operations["OutboxController_resend_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dev/outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Development only (not in production, and only on a server listening on 127.0.0.1): the SMS a phone received and those still waiting or failed, newest first */
        get: operations["DevOutboxController_list_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/otp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a 6-digit code by SMS (valid 5 min; 1 a minute and 10 a day per phone; per-address limit) */
        post: operations["OtpController_send_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/otp/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check the code (5 tries) and get a resident access token */
        post: operations["OtpController_verify_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/service-points/{id}/slots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Bookable 30-minute slots of a point from its published duty, with places left
         * @description Cacheable: anonymous answers carry an `ETag` and `Cache-Control: public, max-age=N`, where N is at most `PUBLIC_CACHE_SECONDS` (default 10 s; for slots `PUBLIC_SLOTS_CACHE_SECONDS`, default 2 s), and are compressed (br or gzip) above 1 KiB when the client accepts it; `If-None-Match` with the current ETag answers 304. The server keeps the answer in memory for the same time: a change made through the same server instance (a shift, a point, a booking) shows in its next answer, one made through another instance within those seconds, so no copy is ever more than N seconds behind the data. A request with an access token gets the same JSON with `Cache-Control: no-store`. Booking decides on places by itself: a slot shown free a moment ago may be refused as full (409 SLOT_FULL). A booking or cancellation through this instance shows in its next answer.
         */
        get: operations["AppointmentsController_slotsOf_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The day’s appointments at a point, phones masked */
        get: operations["AppointmentsController_dayList_v1"];
        put?: never;
        /**
         * Book a slot: 409 SLOT_FULL, OVERLAPPING_BOOKING or TOO_MANY_BOOKINGS; an SMS confirms the code
         * @description A resident books for themselves. Lawyers and officials book for a resident who called or came in (代约) at a slot of their jurisdiction, with `resident: { phone, name?, code? }`: with `code` (read out by the resident, sent by POST /appointments/phone-checks) the phone is checked, without it recorded as entered by staff; the audit trail says which. A slot full: join its waitlist (POST /slots/{id}/waitlist).
         */
        post: operations["AppointmentsController_book_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/phone-checks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Staff booking for a resident (代约): send the resident a 6-digit code to read out, to check the phone (valid 5 min; the login code limits apply) */
        post: operations["AppointmentsController_sendPhoneCheck_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The resident’s own bookings, newest first, with the point’s and lawyer’s names and the rating given */
        get: operations["AppointmentsController_mine_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/{id}/arrive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark that the resident has arrived for the consultation (from the slot’s start) */
        post: operations["AppointmentsController_arrive_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark a consultation completed (from the slot’s start); the answer’s serviceLogDraft can be sent to POST /service-logs as is
         * @description The resident gets one SMS with a link to rate the consultation without signing in (GET/POST /ratings/{token}, once, within 7 days).
         */
        post: operations["AppointmentsController_complete_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/{id}/no-show": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark that the resident did not come (from NO_SHOW_GRACE_MINUTES, default 15, after the slot starts) */
        post: operations["AppointmentsController_noShow_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/{id}/rating": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rate a completed consultation 1–5, once */
        post: operations["AppointmentsController_rate_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/{id}/reschedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move your booking to another slot (also after staff cancelled its shift); the code stays
         * @description An SMS names the new time; the place left goes to the old slot’s waitlist.
         */
        post: operations["AppointmentsController_reschedule_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a booking before it starts; the place is freed (and offered to the slot’s waitlist)
         * @description A resident cancels their own. Lawyers and officials cancel one of their jurisdiction with a `reason` (400 without), which the resident is told by SMS; outside it: 404.
         */
        post: operations["AppointmentsController_cancel_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/slots/{id}/waitlist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Join the waitlist of a full slot
         * @description When a place frees, the first in line who has no booking at an overlapping time is offered it by SMS and it is held for them for WAITLIST_OFFER_MINUTES (default 30); unconfirmed, it passes on to the next. The answer gives your place in line.
         */
        post: operations["WaitlistController_joinSlot_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/service-points/{id}/waitlist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Join the waitlist of a day at a point whose slots are all taken: offered any slot of the day that frees
         * @description When a place frees, the first in line who has no booking at an overlapping time is offered it by SMS and it is held for them for WAITLIST_OFFER_MINUTES (default 30); unconfirmed, it passes on to the next.
         */
        post: operations["WaitlistController_joinDay_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/waitlist/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your waitlist entries, newest first, with your place in line and any offer */
        get: operations["WaitlistController_mine_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/waitlist/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take the place offered to you (one tap from the SMS) while the offer holds: the booking is made */
        post: operations["WaitlistController_confirm_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/waitlist/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Leave the line; a place held for you passes on to the next */
        delete: operations["WaitlistController_leave_v1"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ratings/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The consultation a rating link (from the SMS after completion) rates, without signing in */
        get: operations["RatingLinksController_show_v1"];
        put?: never;
        /** Rate the consultation 1–5 through the link of the SMS, without signing in: once, within 7 days */
        post: operations["RatingLinksController_rate_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/service-logs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The work log, newest first: a lawyer sees their own entries, staff those of their jurisdiction */
        get: operations["ServiceLogsController_list_v1"];
        put?: never;
        /**
         * Record a service given (工作日志)
         * @description A lawyer records their own services at points where they had a shift that business day or advise the village (else 403 NOT_ON_DUTY_AT_POINT), while the service’s edit window is open (422 TOO_OLD_TO_RECORD after it). An official records for a lawyer of their jurisdiction (lawyerId required) at any point of it (404 outside), and may backfill. Amounts only where the type has them (400 per field). With appointmentId: the appointment must be completed at that point; a second log of it is 409 APPOINTMENT_ALREADY_LOGGED. Counted in the statistics at once.
         */
        post: operations["ServiceLogsController_create_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/service-logs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One entry (404 for another lawyer’s entry or outside your jurisdiction) */
        get: operations["ServiceLogsController_get_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit (its lawyer, until the end of the WORKLOG_EDIT_DAYS-th day after the service date) or correct (an official, with reason) an entry
         * @description Edit window: an entry is editable (and voidable) by its own lawyer until the end of the WORKLOG_EDIT_DAYS-th day (default 7) after the service date, in Asia/Shanghai calendar days: a service on 2 March is editable by its lawyer until 9 March 23:59:59 (editableUntil = 10 March 00:00 +08:00). It counts from when the service took place, not from when the entry was written: an entry an official backfills late is locked for its lawyer at once. Time is the server’s clock. After it the lawyer gets 422 LOG_LOCKED (details.editableUntil); an official of the jurisdiction corrects at any time and must give a reason. A lawyer may move occurredAt only to a date whose window is still open. Audited with the before/after diff (action update or correction); the statistics move with the change. When the type changes, amounts the new type does not have are dropped.
         */
        patch: operations["ServiceLogsController_update_v1"];
        trace?: never;
    };
    "/api/v1/service-logs/{id}/void": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Void an entry with a reason (its lawyer within the edit window, or an official)
         * @description Edit window: an entry is editable (and voidable) by its own lawyer until the end of the WORKLOG_EDIT_DAYS-th day (default 7) after the service date, in Asia/Shanghai calendar days: a service on 2 March is editable by its lawyer until 9 March 23:59:59 (editableUntil = 10 March 00:00 +08:00). It counts from when the service took place, not from when the entry was written: an entry an official backfills late is locked for its lawyer at once. Time is the server’s clock. After it the lawyer gets 422 LOG_LOCKED; an official voids at any time. The entry stays, shows voidedAt and voidReason, and counts nowhere; 409 ALREADY_VOIDED.
         */
        post: operations["ServiceLogsController_void_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/service-logs/{id}/follow-up": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 回访: record a phone follow-up of a consultation (reached or not, satisfied or not)
         * @description A lawyer follows up their own consultations, an official those of their jurisdiction (404 otherwise). `satisfied` only when reached (400 otherwise). The first call that reaches the resident marks the consultation followed up (followedUpAt); another reaching call is 409 ALREADY_FOLLOWED_UP, calls that did not reach may repeat. Counted at once: followUps, followUpsReached, followUpsSatisfied / followUpsUnsatisfied (on the day of the call) and consultationsFollowedUp (on the consultation’s day).
         */
        post: operations["ServiceLogsController_followUp_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workshops": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Workshops of your jurisdiction, newest first */
        get: operations["WorkshopsController_list_v1"];
        put?: never;
        /**
         * Record a lecture, publicity event or training (法治讲座/普法宣传)
         * @description A lawyer records their own, at a point of their township, while the workshop’s edit window is open (422 TOO_OLD_TO_RECORD after it); an official records any in their jurisdiction (lecturerId optional) and may backfill. Not in the future. Counted in the statistics at once.
         */
        post: operations["WorkshopsController_create_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workshops/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One workshop record of your jurisdiction (a lawyer: their own) */
        get: operations["WorkshopsController_get_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit (its lecturer, until the end of the WORKLOG_EDIT_DAYS-th day after heldAt; then 422 WORKSHOP_LOCKED) or correct (an official, with reason)
         * @description Edit window: an entry is editable (and voidable) by its own lawyer until the end of the WORKLOG_EDIT_DAYS-th day (default 7) after the service date, in Asia/Shanghai calendar days: a service on 2 March is editable by its lawyer until 9 March 23:59:59 (editableUntil = 10 March 00:00 +08:00). It counts from when the service took place, not from when the entry was written: an entry an official backfills late is locked for its lawyer at once. Time is the server’s clock. For a workshop the date is heldAt's. After it the lecturer gets 422 WORKSHOP_LOCKED (details.editableUntil); an official corrects at any time, with a reason. Audited with the before/after diff; the statistics move with the change.
         */
        patch: operations["WorkshopsController_update_v1"];
        trace?: never;
    };
    "/api/v1/workshops/{id}/void": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Void a workshop with a reason; it stays listed with includeVoided=true and counts nowhere
         * @description Edit window: an entry is editable (and voidable) by its own lawyer until the end of the WORKLOG_EDIT_DAYS-th day (default 7) after the service date, in Asia/Shanghai calendar days: a service on 2 March is editable by its lawyer until 9 March 23:59:59 (editableUntil = 10 March 00:00 +08:00). It counts from when the service took place, not from when the entry was written: an entry an official backfills late is locked for its lawyer at once. Time is the server’s clock. For a workshop the date is heldAt's. After it the lecturer gets 422 WORKSHOP_LOCKED; an official voids at any time.
         */
        post: operations["WorkshopsController_void_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/legal-aid-cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Cases with their timeline, applicant masked: lawyers see the cases assigned to them or that they took in, officials their jurisdiction
         * @description overdue=true lists the cases past a statutory clock today; overdue=true&month=YYYY-MM is that month’s overdue report: every case past a clock on at least one day of the month, including those decided or first assigned late in it (decidedLate / assignedLate).
         */
        get: operations["LegalAidCasesController_list_v1"];
        put?: never;
        /**
         * Take in an application (lawyers at a point of their township, officials in their jurisdiction)
         * @description The case number is (year of receipt)county法援字第NNNN号, running per county and year without gaps. The applicant’s phone and 身份证 number (GB 11643 checksum) are stored encrypted. The decision is due 7 days after receipt (decisionDue). Status machine: applied → accepted | rejected (decision); accepted → assigned (assign; again while assigned or in_progress to reassign, recorded); assigned → in_progress (start); assigned | in_progress → closed (close); applied | accepted | assigned | in_progress → withdrawn (withdraw); accepted | assigned | in_progress → terminated (terminate). Any other step: 422 ILLEGAL_TRANSITION (closing a never-assigned case: 422 CASE_NOT_ASSIGNED). Every step is in the timeline with actor and time, and in the audit trail.
         */
        post: operations["LegalAidCasesController_intake_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/legal-aid-cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One case with its timeline; reveal=true unmasks the applicant (audited) */
        get: operations["LegalAidCasesController_get_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/legal-aid-cases/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Grant (accepted) or refuse (rejected) legal aid; granting sets assignmentDue 3 days on
         * @description decidedAt (optional, default now) dates a decision recorded afterwards: not in the future, not before the application was received (400 naming decidedAt). The decision date (its business day, Asia/Shanghai) is when an accepted case counts in the statistics (legalAidCases), starts the assignment clock, and, after decisionDue, marks the case decidedLate; the timeline shows it as the step’s `at`, with `recordedAt` when it was entered. Status machine: applied → accepted | rejected (decision); accepted → assigned (assign; again while assigned or in_progress to reassign, recorded); assigned → in_progress (start); assigned | in_progress → closed (close); applied | accepted | assigned | in_progress → withdrawn (withdraw); accepted | assigned | in_progress → terminated (terminate). Any other step: 422 ILLEGAL_TRANSITION (closing a never-assigned case: 422 CASE_NOT_ASSIGNED). Every step is in the timeline with actor and time, and in the audit trail.
         */
        post: operations["LegalAidCasesController_decide_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/legal-aid-cases/{id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Assign (or reassign) a lawyer of the same county: 404 LAWYER_NOT_FOUND, 422 LAWYER_OUTSIDE_COUNTY
         * @description assignedAt (optional, default now) dates an assignment recorded afterwards: not in the future, not before the decision, nor before the previous assignment or the start of work for a reassignment (400 naming assignedAt). The first assignment after assignmentDue marks the case assignedLate.
         */
        post: operations["LegalAidCasesController_assign_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/legal-aid-cases/{id}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The assigned lawyer (or an official) starts work: assigned → in_progress */
        post: operations["LegalAidCasesController_start_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/legal-aid-cases/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close with the outcome and the amount recovered (yuan): by the assigned lawyer or an official
         * @description closedAt (optional, default now) dates a closing recorded afterwards: not in the future, not before the assignment, the start of work or the decision (400 naming closedAt). The amount recovered counts on the closing day.
         */
        post: operations["LegalAidCasesController_close_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/legal-aid-cases/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The applicant withdraws (recorded by an official or a lawyer who has the case) */
        post: operations["LegalAidCasesController_withdraw_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/legal-aid-cases/{id}/terminate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End legal aid for a granted case, with a reason (《法律援助法》第四十八条) */
        post: operations["LegalAidCasesController_terminate_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/templates/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The xlsx template of an import: Chinese headers, drop-downs of the allowed values, an example row */
        get: operations["ImportsController_template_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The imports of a region in your jurisdiction, newest first (withdrawn ones included) */
        get: operations["ImportsController_list_v1"];
        put?: never;
        /**
         * Import past records from an xlsx (multipart) or JSON rows: a dry run, or a commit of all rows or none
         * @description Dry run (dryRun=true): every row’s problems (row, field, column, message in Chinese), nothing written, 200. Commit: all rows in one transaction with the statistics moved in it, 200 with the import’s id; any row with a problem refuses the whole file (400 IMPORT_ROWS_INVALID with details.rejected). The same file, or rows an import that stands already brought in, are refused (409 IMPORT_DUPLICATE). Dates 2010-01-01 to now.
         */
        post: operations["ImportsController_run_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Withdraw a whole import: its records voided (they count nowhere), the counters moved back; audited */
        delete: operations["ImportsController_withdraw_v1"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registers/duty_roster": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A township’s month of published duty (值班表): JSON for the print page, or xlsx to post
         * @description One row per day (weekday, holiday), one column per service point with duty that month (the township centre first), the lawyers on duty and their hours in each cell, and the township office’s phone. Published, planned shifts only. The workbook prints on A4, landscape where wide, fitted to the page width, its headers on every page.
         */
        get: operations["RegistersController_dutyRoster_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registers/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A register (台账) of a region and period as xlsx: 工作日志 (service_logs), 法律援助案件台账 (legal_aid_cases), 法治讲座台账 (workshops), 合同审核台账 (contract_reviews)
         * @description One row per live record (voided ones left out) in your view — officials their jurisdiction, a lawyer their own records — oldest first, with Chinese headers, the Chinese names of types, topics, categories and statuses, and dates and times in Asia/Shanghai. The legal-aid applicants’ phone and ID numbers are masked unless `reveal=true` and you may reveal them. Every export is recorded in the audit trail (action `export.register`, with the records whose personal data it shows). At most 20,000 records per file (422 REGISTER_TOO_LARGE with details.rows: ask for a shorter period). The workbook prints on A4, landscape, fitted to the page width, the title and headers on every page.
         */
        get: operations["RegistersController_register_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/obligations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The obligations in force in a region of your jurisdiction (set on it, above or below it) */
        get: operations["ObligationsController_list_v1"];
        put?: never;
        /**
         * Set an obligation for the points of a region (a county or township official)
         * @description E.g. 2 service days a month in each village (measure service_days, pointKind village_point), a lecture a quarter, a weekly visit to pilot villages (visits, pilotOnly). Where several hold at a point, the narrowest region wins, then the one of the point’s kind, then a pilot-only one. Audited.
         */
        post: operations["ObligationsController_create_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/obligations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove an obligation of your jurisdiction (audited); answers the removed obligation */
        delete: operations["ObligationsController_delete_v1"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quotas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Live quotas per village (or centre) and advisor: required, delivered, still planned, status
         * @description For each advisor answering for a point (a village’s advisor, a lawyer on window duty at a centre) and each obligation binding there whose period is of the kind asked (month: days and hours; quarter: lectures; ISO week: visits). Delivered comes from real sign-ins as attendance evaluates them and from the work log and lectures; planned from published shifts not yet over, as of now. At-risk quotas come first. A lawyer sees only their own.
         */
        get: operations["QuotasController_list_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The advisors’ quarterly assessment (考核) per advisor and village, as JSON or as the xlsx table
         * @description Service days and hours from sign-ins, services by type from the work log, lectures, ratings, obligation periods met, absences (shifts without a sign-in). format=xlsx: the same rows under Chinese headers, A4 landscape fitted to the width with the header rows repeated, as an attachment. A score only where the county set weights.
         */
        get: operations["AssessmentsController_assess_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessment-weights": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A county’s weights of the assessment’s score (null: a plain listing) */
        get: operations["AssessmentWeightsController_get_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessment-weights/{countyCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set the county’s weights of the assessment’s score (its county official); all omitted or 0: no score
         * @description The score of an advisor at a village is Σ weight × figure, two decimals. Audited.
         */
        put: operations["AssessmentWeightsController_put_v1"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Requests: a lawyer’s own and those naming them; an official’s jurisdiction’s */
        get: operations["StaffRequestsController_list_v1"];
        put?: never;
        /**
         * Ask for a swap, leave or a 补卡 (attendance_fix); the township official decides
         * @description A swap names a colleague, who accepts first (POST /requests/:id/accept). A 补卡 is for a missing sign-in or sign-out of one of your own shifts that has begun. Photos are not taken yet (the app has no upload store).
         */
        post: operations["StaffRequestsController_create_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/requests/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The colleague a swap names accepts it (before the official approves) */
        post: operations["StaffRequestsController_accept_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/requests/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve: the swap, leave or correction is made as the official’s direct action makes it, with its checks */
        post: operations["StaffRequestsController_approve_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/requests/{id}/refuse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Refuse with a reason; the lawyer is told */
        post: operations["StaffRequestsController_refuse_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your notices, newest first, with the unread count */
        get: operations["NoticesController_list_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notices/preference": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How you are told: sms or in_app */
        get: operations["NoticesController_preference_v1"];
        /** Choose how you are told: sms (also by SMS) or in_app */
        put: operations["NoticesController_setPreference_v1"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notices/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark one of your notices read */
        post: operations["NoticesController_read_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/absences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Absences of window shifts: an official’s jurisdiction’s; a lawyer’s those they stand by for */
        get: operations["AbsencesController_list_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/absences/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The standby takes the absent lawyer’s shift (an audited swap); the booked residents are told by SMS */
        post: operations["AbsencesController_accept_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        ErrorResponse: {
            /**
             * @description The HTTP status
             * @example 409
             */
            statusCode: number;
            /**
             * @description The HTTP reason phrase
             * @example Conflict
             */
            error: string;
            /**
             * @description Stable SCREAMING_SNAKE code to react to, e.g. VALIDATION_FAILED (400), UNAUTHENTICATED or SESSION_ENDED (401), OUTSIDE_JURISDICTION (403), SHIFT_NOT_FOUND (404), SLOT_FULL (409), LOG_LOCKED (422), DATABASE_UNAVAILABLE (503)
             * @example SLOT_FULL
             */
            code: string;
            /** @description For people; may change wording, never meaning */
            message: string;
            /** @description More about the failure: for VALIDATION_FAILED the messages of each invalid field, keyed by its path (`{ "applicant.phone": ["..."] }`); otherwise what the code documents (e.g. the conflicting record) */
            details?: {
                [key: string]: unknown;
            };
            /**
             * Format: uuid
             * @description The server’s id of the request, also sent as the x-request-id header
             */
            requestId: string;
        };
        ClientConfigResponse: {
            /**
             * @description The public address of the portal (PUBLIC_BASE_URL), without a trailing slash: printed signs’ QR codes lead there, whatever address the console was opened at
             * @example https://fl.example.gov.cn
             */
            publicBaseUrl: string;
        };
        RankingRowResponse: {
            /** @description Highest first; equal values share a rank (1, 1, 3); rows without a value come last */
            rank: number;
            /** @example 330282 */
            regionCode: string;
            /** @example 慈溪市 */
            name: string;
            /** @description The metric’s value (yuan for amounts, 0–1 for shares; null for a share with nothing to divide) */
            value: number | null;
        };
        RankingResponse: {
            /** @example 3302 */
            regionCode: string;
            /** @example 宁波市 */
            name: string;
            /** @example 2026-11 */
            period: string;
            /**
             * @description The first month counted
             * @example 2026-11
             */
            fromMonth: string;
            /**
             * @description The last month counted
             * @example 2026-11
             */
            toMonth: string;
            /** @enum {string} */
            metric: "consultations" | "documentsDrafted" | "legalAidCases" | "legalAidRecovered" | "legalAidReferrals" | "mediations" | "mediationsResolved" | "mediationAmount" | "gridGuidance" | "villageAffairs" | "contractsReviewed" | "contractAmount" | "workshops" | "lectures" | "workshopAudience" | "dutyDays" | "appointments" | "appointmentsCompleted" | "noShows" | "ratings" | "ratingsSatisfied" | "ratingsViaSms" | "ratingsViaSmsSatisfied" | "followUps" | "followUpsReached" | "followUpsSatisfied" | "followUpsUnsatisfied" | "consultationsFollowedUp" | "villageDisputesAssisted" | "satisfactionRate" | "satisfactionRateApp" | "satisfactionRateSmsLink" | "satisfactionRatePhone" | "followUpRate";
            /** @enum {string} */
            level: "county" | "township";
            /** @description Every county or township of the region, zeros included, in rank order */
            items: components["schemas"]["RankingRowResponse"][];
        };
        StatsFreshnessResponse: {
            /**
             * @description Where the figures were read: a streaming replica (DATABASE_READ_URL) unless the caller changed something in the last READ_AFTER_WRITE_SECONDS, or the replica lags or fails
             * @enum {string}
             */
            source: "primary" | "replica";
            /**
             * Format: date-time
             * @description The figures include every change committed up to this instant
             */
            asOf: string;
            /** @description How far the replica's replay was behind, in seconds (0 on the primary) */
            lagSeconds: number;
        };
        MetricsResponse: {
            /** @description Share of satisfied answers over every source (回访满意率, 0–1, four decimals): ratings of 4–5 (app and SMS link) plus phone follow-ups that reached a satisfied resident, among all ratings and answered phone follow-ups; null when there are none. */
            satisfactionRate: number | null;
            /** @description The satisfaction rate of ratings given in the app (ratings − ratingsViaSms); null without any. */
            satisfactionRateApp: number | null;
            /** @description The satisfaction rate of ratings given through the SMS link after completion; null without any. */
            satisfactionRateSmsLink: number | null;
            /** @description The satisfaction rate of phone follow-ups (回访) that reached the resident and got an answer; null without any. */
            satisfactionRatePhone: number | null;
            /** @description Share of consultations followed up by phone (回访率): consultationsFollowedUp / consultations (人次), 0–1; null without consultations. */
            followUpRate: number | null;
            /** @description 法律咨询（人次）: Sum of peopleCount of consultation logs (人次). */
            consultations: number;
            /** @description 代拟法律文书（份）: document_drafting logs (份). */
            documentsDrafted: number;
            /** @description 办理法律援助（件）: Legal-aid cases accepted in the period, by decision date, counted at the service point that took them in (件). */
            legalAidCases: number;
            /** @description 法律援助挽回经济损失（元）: Amount recovered by legal-aid cases closed in the period, by closing date (元). In yuan, two decimals at most. */
            legalAidRecovered: number;
            /** @description 协助申请法律援助（件）: legal_aid logs: applications a lawyer helped a resident make (件). */
            legalAidReferrals: number;
            /** @description 参与矛盾纠纷调处（起）: mediation logs (起). */
            mediations: number;
            /** @description 调处成功（起）: mediation logs marked resolved (起). */
            mediationsResolved: number;
            /** @description 涉及金额（元）: Sum of amountInvolved of mediation logs (元). In yuan, two decimals at most. */
            mediationAmount: number;
            /** @description 指导网格员化解纠纷（起）: grid_guidance logs (起). */
            gridGuidance: number;
            /** @description 协助村级处置法律事务（件）: village_affairs logs (件). */
            villageAffairs: number;
            /** @description 审核村级经济合同（份）: contract_review logs (份). */
            contractsReviewed: number;
            /** @description 合同标的额（元）: Sum of contractAmount of contract_review logs (元). In yuan, two decimals at most. */
            contractAmount: number;
            /** @description 开展普法活动（场）: Workshops of every kind (场). */
            workshops: number;
            /** @description 开展法治讲座（堂）: Workshops of kind lecture (堂). */
            lectures: number;
            /** @description 受众（人次）: Sum of audienceCount of workshops (人次). */
            workshopAudience: number;
            /** @description 坐诊（天）: Distinct service point × day with a window shift whose lawyer signed in (坐诊天数); per lawyer, the days that lawyer did so. A sign-in sent too late to be taken as is counts once an official accepts it. */
            dutyDays: number;
            /** @description 预约（次）: Appointments booked for a slot in the period and not cancelled (次). */
            appointments: number;
            /** @description 预约完成（次）: Appointments completed (次). */
            appointmentsCompleted: number;
            /** @description 爽约（次）: Appointments marked no-show (次). */
            noShows: number;
            /** @description 回访评价（次）: Ratings given (次). */
            ratings: number;
            /** @description 满意评价（次）: Ratings of 4 or 5 (次). */
            ratingsSatisfied: number;
            /** @description 短信回访评价（次）: Of the ratings, those given through the link of the SMS after completion (次); the rest were given in the app. */
            ratingsViaSms: number;
            /** @description 短信回访满意（次）: Of the ratings through the SMS link, those of 4 or 5 (次). */
            ratingsViaSmsSatisfied: number;
            /** @description 电话回访（次）: Phone follow-ups (回访) of consultations recorded, reached or not, on the day of the call at the consultation’s point, for its lawyer (次). */
            followUps: number;
            /** @description 电话回访接通（次）: Phone follow-ups that reached the resident (次). */
            followUpsReached: number;
            /** @description 电话回访满意（次）: Phone follow-ups that reached the resident, who was satisfied (次). */
            followUpsSatisfied: number;
            /** @description 电话回访不满意（次）: Phone follow-ups that reached the resident, who was not satisfied (次). */
            followUpsUnsatisfied: number;
            /** @description 已回访咨询（人次）: Sum of peopleCount of consultation logs whose phone follow-up reached the resident, on the consultation’s day (人次). */
            consultationsFollowedUp: number;
            /** @description 协助各村调处各类纠纷（起）: The advisor group’s help with village disputes, grid workers’ mediations they guided included (协助各村调处各类纠纷, 包括指导网格员调解数): mediations + gridGuidance (起). */
            villageDisputesAssisted: number;
        };
        RegionMetricsResponse: {
            /** @description Share of satisfied answers over every source (回访满意率, 0–1, four decimals): ratings of 4–5 (app and SMS link) plus phone follow-ups that reached a satisfied resident, among all ratings and answered phone follow-ups; null when there are none. */
            satisfactionRate: number | null;
            /** @description The satisfaction rate of ratings given in the app (ratings − ratingsViaSms); null without any. */
            satisfactionRateApp: number | null;
            /** @description The satisfaction rate of ratings given through the SMS link after completion; null without any. */
            satisfactionRateSmsLink: number | null;
            /** @description The satisfaction rate of phone follow-ups (回访) that reached the resident and got an answer; null without any. */
            satisfactionRatePhone: number | null;
            /** @description Share of consultations followed up by phone (回访率): consultationsFollowedUp / consultations (人次), 0–1; null without consultations. */
            followUpRate: number | null;
            /** @description 法律咨询（人次）: Sum of peopleCount of consultation logs (人次). */
            consultations: number;
            /** @description 代拟法律文书（份）: document_drafting logs (份). */
            documentsDrafted: number;
            /** @description 办理法律援助（件）: Legal-aid cases accepted in the period, by decision date, counted at the service point that took them in (件). */
            legalAidCases: number;
            /** @description 法律援助挽回经济损失（元）: Amount recovered by legal-aid cases closed in the period, by closing date (元). In yuan, two decimals at most. */
            legalAidRecovered: number;
            /** @description 协助申请法律援助（件）: legal_aid logs: applications a lawyer helped a resident make (件). */
            legalAidReferrals: number;
            /** @description 参与矛盾纠纷调处（起）: mediation logs (起). */
            mediations: number;
            /** @description 调处成功（起）: mediation logs marked resolved (起). */
            mediationsResolved: number;
            /** @description 涉及金额（元）: Sum of amountInvolved of mediation logs (元). In yuan, two decimals at most. */
            mediationAmount: number;
            /** @description 指导网格员化解纠纷（起）: grid_guidance logs (起). */
            gridGuidance: number;
            /** @description 协助村级处置法律事务（件）: village_affairs logs (件). */
            villageAffairs: number;
            /** @description 审核村级经济合同（份）: contract_review logs (份). */
            contractsReviewed: number;
            /** @description 合同标的额（元）: Sum of contractAmount of contract_review logs (元). In yuan, two decimals at most. */
            contractAmount: number;
            /** @description 开展普法活动（场）: Workshops of every kind (场). */
            workshops: number;
            /** @description 开展法治讲座（堂）: Workshops of kind lecture (堂). */
            lectures: number;
            /** @description 受众（人次）: Sum of audienceCount of workshops (人次). */
            workshopAudience: number;
            /** @description 坐诊（天）: Distinct service point × day with a window shift whose lawyer signed in (坐诊天数); per lawyer, the days that lawyer did so. A sign-in sent too late to be taken as is counts once an official accepts it. */
            dutyDays: number;
            /** @description 预约（次）: Appointments booked for a slot in the period and not cancelled (次). */
            appointments: number;
            /** @description 预约完成（次）: Appointments completed (次). */
            appointmentsCompleted: number;
            /** @description 爽约（次）: Appointments marked no-show (次). */
            noShows: number;
            /** @description 回访评价（次）: Ratings given (次). */
            ratings: number;
            /** @description 满意评价（次）: Ratings of 4 or 5 (次). */
            ratingsSatisfied: number;
            /** @description 短信回访评价（次）: Of the ratings, those given through the link of the SMS after completion (次); the rest were given in the app. */
            ratingsViaSms: number;
            /** @description 短信回访满意（次）: Of the ratings through the SMS link, those of 4 or 5 (次). */
            ratingsViaSmsSatisfied: number;
            /** @description 电话回访（次）: Phone follow-ups (回访) of consultations recorded, reached or not, on the day of the call at the consultation’s point, for its lawyer (次). */
            followUps: number;
            /** @description 电话回访接通（次）: Phone follow-ups that reached the resident (次). */
            followUpsReached: number;
            /** @description 电话回访满意（次）: Phone follow-ups that reached the resident, who was satisfied (次). */
            followUpsSatisfied: number;
            /** @description 电话回访不满意（次）: Phone follow-ups that reached the resident, who was not satisfied (次). */
            followUpsUnsatisfied: number;
            /** @description 已回访咨询（人次）: Sum of peopleCount of consultation logs whose phone follow-up reached the resident, on the consultation’s day (人次). */
            consultationsFollowedUp: number;
            /** @description 协助各村调处各类纠纷（起）: The advisor group’s help with village disputes, grid workers’ mediations they guided included (协助各村调处各类纠纷, 包括指导网格员调解数): mediations + gridGuidance (起). */
            villageDisputesAssisted: number;
            /** @description A child region, or the region itself for records on it directly */
            regionCode: string;
            name: string;
        };
        LawyerMetricsResponse: {
            /** @description Share of satisfied answers over every source (回访满意率, 0–1, four decimals): ratings of 4–5 (app and SMS link) plus phone follow-ups that reached a satisfied resident, among all ratings and answered phone follow-ups; null when there are none. */
            satisfactionRate: number | null;
            /** @description The satisfaction rate of ratings given in the app (ratings − ratingsViaSms); null without any. */
            satisfactionRateApp: number | null;
            /** @description The satisfaction rate of ratings given through the SMS link after completion; null without any. */
            satisfactionRateSmsLink: number | null;
            /** @description The satisfaction rate of phone follow-ups (回访) that reached the resident and got an answer; null without any. */
            satisfactionRatePhone: number | null;
            /** @description Share of consultations followed up by phone (回访率): consultationsFollowedUp / consultations (人次), 0–1; null without consultations. */
            followUpRate: number | null;
            /** @description 法律咨询（人次）: Sum of peopleCount of consultation logs (人次). */
            consultations: number;
            /** @description 代拟法律文书（份）: document_drafting logs (份). */
            documentsDrafted: number;
            /** @description 办理法律援助（件）: Legal-aid cases accepted in the period, by decision date, counted at the service point that took them in (件). */
            legalAidCases: number;
            /** @description 法律援助挽回经济损失（元）: Amount recovered by legal-aid cases closed in the period, by closing date (元). In yuan, two decimals at most. */
            legalAidRecovered: number;
            /** @description 协助申请法律援助（件）: legal_aid logs: applications a lawyer helped a resident make (件). */
            legalAidReferrals: number;
            /** @description 参与矛盾纠纷调处（起）: mediation logs (起). */
            mediations: number;
            /** @description 调处成功（起）: mediation logs marked resolved (起). */
            mediationsResolved: number;
            /** @description 涉及金额（元）: Sum of amountInvolved of mediation logs (元). In yuan, two decimals at most. */
            mediationAmount: number;
            /** @description 指导网格员化解纠纷（起）: grid_guidance logs (起). */
            gridGuidance: number;
            /** @description 协助村级处置法律事务（件）: village_affairs logs (件). */
            villageAffairs: number;
            /** @description 审核村级经济合同（份）: contract_review logs (份). */
            contractsReviewed: number;
            /** @description 合同标的额（元）: Sum of contractAmount of contract_review logs (元). In yuan, two decimals at most. */
            contractAmount: number;
            /** @description 开展普法活动（场）: Workshops of every kind (场). */
            workshops: number;
            /** @description 开展法治讲座（堂）: Workshops of kind lecture (堂). */
            lectures: number;
            /** @description 受众（人次）: Sum of audienceCount of workshops (人次). */
            workshopAudience: number;
            /** @description 坐诊（天）: Distinct service point × day with a window shift whose lawyer signed in (坐诊天数); per lawyer, the days that lawyer did so. A sign-in sent too late to be taken as is counts once an official accepts it. */
            dutyDays: number;
            /** @description 预约（次）: Appointments booked for a slot in the period and not cancelled (次). */
            appointments: number;
            /** @description 预约完成（次）: Appointments completed (次). */
            appointmentsCompleted: number;
            /** @description 爽约（次）: Appointments marked no-show (次). */
            noShows: number;
            /** @description 回访评价（次）: Ratings given (次). */
            ratings: number;
            /** @description 满意评价（次）: Ratings of 4 or 5 (次). */
            ratingsSatisfied: number;
            /** @description 短信回访评价（次）: Of the ratings, those given through the link of the SMS after completion (次); the rest were given in the app. */
            ratingsViaSms: number;
            /** @description 短信回访满意（次）: Of the ratings through the SMS link, those of 4 or 5 (次). */
            ratingsViaSmsSatisfied: number;
            /** @description 电话回访（次）: Phone follow-ups (回访) of consultations recorded, reached or not, on the day of the call at the consultation’s point, for its lawyer (次). */
            followUps: number;
            /** @description 电话回访接通（次）: Phone follow-ups that reached the resident (次). */
            followUpsReached: number;
            /** @description 电话回访满意（次）: Phone follow-ups that reached the resident, who was satisfied (次). */
            followUpsSatisfied: number;
            /** @description 电话回访不满意（次）: Phone follow-ups that reached the resident, who was not satisfied (次). */
            followUpsUnsatisfied: number;
            /** @description 已回访咨询（人次）: Sum of peopleCount of consultation logs whose phone follow-up reached the resident, on the consultation’s day (人次). */
            consultationsFollowedUp: number;
            /** @description 协助各村调处各类纠纷（起）: The advisor group’s help with village disputes, grid workers’ mediations they guided included (协助各村调处各类纠纷, 包括指导网格员调解数): mediations + gridGuidance (起). */
            villageDisputesAssisted: number;
            /** Format: uuid */
            lawyerId: string;
            name: string;
            /** @description false: a lawyer only named in imported records (not, or no longer, on the staff; no login), shown by the name the ledger gave */
            onStaff: boolean;
        };
        TopicMetricsResponse: {
            /** @description Share of satisfied answers over every source (回访满意率, 0–1, four decimals): ratings of 4–5 (app and SMS link) plus phone follow-ups that reached a satisfied resident, among all ratings and answered phone follow-ups; null when there are none. */
            satisfactionRate: number | null;
            /** @description The satisfaction rate of ratings given in the app (ratings − ratingsViaSms); null without any. */
            satisfactionRateApp: number | null;
            /** @description The satisfaction rate of ratings given through the SMS link after completion; null without any. */
            satisfactionRateSmsLink: number | null;
            /** @description The satisfaction rate of phone follow-ups (回访) that reached the resident and got an answer; null without any. */
            satisfactionRatePhone: number | null;
            /** @description Share of consultations followed up by phone (回访率): consultationsFollowedUp / consultations (人次), 0–1; null without consultations. */
            followUpRate: number | null;
            /** @description 法律咨询（人次）: Sum of peopleCount of consultation logs (人次). */
            consultations: number;
            /** @description 代拟法律文书（份）: document_drafting logs (份). */
            documentsDrafted: number;
            /** @description 办理法律援助（件）: Legal-aid cases accepted in the period, by decision date, counted at the service point that took them in (件). */
            legalAidCases: number;
            /** @description 法律援助挽回经济损失（元）: Amount recovered by legal-aid cases closed in the period, by closing date (元). In yuan, two decimals at most. */
            legalAidRecovered: number;
            /** @description 协助申请法律援助（件）: legal_aid logs: applications a lawyer helped a resident make (件). */
            legalAidReferrals: number;
            /** @description 参与矛盾纠纷调处（起）: mediation logs (起). */
            mediations: number;
            /** @description 调处成功（起）: mediation logs marked resolved (起). */
            mediationsResolved: number;
            /** @description 涉及金额（元）: Sum of amountInvolved of mediation logs (元). In yuan, two decimals at most. */
            mediationAmount: number;
            /** @description 指导网格员化解纠纷（起）: grid_guidance logs (起). */
            gridGuidance: number;
            /** @description 协助村级处置法律事务（件）: village_affairs logs (件). */
            villageAffairs: number;
            /** @description 审核村级经济合同（份）: contract_review logs (份). */
            contractsReviewed: number;
            /** @description 合同标的额（元）: Sum of contractAmount of contract_review logs (元). In yuan, two decimals at most. */
            contractAmount: number;
            /** @description 开展普法活动（场）: Workshops of every kind (场). */
            workshops: number;
            /** @description 开展法治讲座（堂）: Workshops of kind lecture (堂). */
            lectures: number;
            /** @description 受众（人次）: Sum of audienceCount of workshops (人次). */
            workshopAudience: number;
            /** @description 坐诊（天）: Distinct service point × day with a window shift whose lawyer signed in (坐诊天数); per lawyer, the days that lawyer did so. A sign-in sent too late to be taken as is counts once an official accepts it. */
            dutyDays: number;
            /** @description 预约（次）: Appointments booked for a slot in the period and not cancelled (次). */
            appointments: number;
            /** @description 预约完成（次）: Appointments completed (次). */
            appointmentsCompleted: number;
            /** @description 爽约（次）: Appointments marked no-show (次). */
            noShows: number;
            /** @description 回访评价（次）: Ratings given (次). */
            ratings: number;
            /** @description 满意评价（次）: Ratings of 4 or 5 (次). */
            ratingsSatisfied: number;
            /** @description 短信回访评价（次）: Of the ratings, those given through the link of the SMS after completion (次); the rest were given in the app. */
            ratingsViaSms: number;
            /** @description 短信回访满意（次）: Of the ratings through the SMS link, those of 4 or 5 (次). */
            ratingsViaSmsSatisfied: number;
            /** @description 电话回访（次）: Phone follow-ups (回访) of consultations recorded, reached or not, on the day of the call at the consultation’s point, for its lawyer (次). */
            followUps: number;
            /** @description 电话回访接通（次）: Phone follow-ups that reached the resident (次). */
            followUpsReached: number;
            /** @description 电话回访满意（次）: Phone follow-ups that reached the resident, who was satisfied (次). */
            followUpsSatisfied: number;
            /** @description 电话回访不满意（次）: Phone follow-ups that reached the resident, who was not satisfied (次). */
            followUpsUnsatisfied: number;
            /** @description 已回访咨询（人次）: Sum of peopleCount of consultation logs whose phone follow-up reached the resident, on the consultation’s day (人次). */
            consultationsFollowedUp: number;
            /** @description 协助各村调处各类纠纷（起）: The advisor group’s help with village disputes, grid workers’ mediations they guided included (协助各村调处各类纠纷, 包括指导网格员调解数): mediations + gridGuidance (起). */
            villageDisputesAssisted: number;
            /** @enum {string} */
            topic: "marriage_family" | "labour_wages" | "land_housing" | "contract_debt" | "neighbour" | "traffic" | "inheritance" | "consumer" | "administrative" | "other";
            /** @example 劳动报酬 */
            label: string;
        };
        MonthlyStatsResponse: {
            freshness: components["schemas"]["StatsFreshnessResponse"];
            regionCode: string;
            /** @example 胜山镇 */
            name: string;
            /** @example 2026-11 */
            month: string;
            /**
             * @description A township's month: open, closed (月结, with figures) or closed as a zero report (零上报); null above a township (see GET /periods for a county's townships)
             * @enum {string|null}
             */
            periodStatus: "open" | "closed" | "zero" | null;
            /** @description The version of a closed township-month these figures are: 1 as first reported at the close, 2, 3 … after each amendment (an official’s correction of a record of the month, with its reason); null while the month is open and above a township */
            version: number | null;
            totals: components["schemas"]["MetricsResponse"];
            /** @description 服务群众人数 (人): the residents served in the period, each counted once however often they came — residents whose booked consultation was served (arrived or completed) and the phone numbers recorded on consultations of the work log (residentPhone), compared by a keyed blind index; a year’s is a distinct count over the year, not the sum of its months’. Shown next to consultations (人次). */
            uniqueResidents: number;
            /** @description One row per child region, plus the region itself when records sit on it: they sum to totals */
            byRegion: components["schemas"]["RegionMetricsResponse"][];
            /** @description Every lawyer with a figure in the period, in pinyin order of their names; dutyDays is the lawyer's own days at a window */
            byLawyer: components["schemas"]["LawyerMetricsResponse"][];
            /** @description Service logs and appointments by topic */
            byTopic: components["schemas"]["TopicMetricsResponse"][];
            /** @description The totals of the region in the month before (环比). null when there is nothing to compare: no record at all of the region in that period (voided records count nowhere). */
            previousMonth: components["schemas"]["MetricsResponse"] | null;
            /** @description The totals of the region in the same month of last year (同比). null when there is nothing to compare: no record at all of the region in that period (voided records count nowhere). */
            sameMonthLastYear: components["schemas"]["MetricsResponse"] | null;
        };
        MonthMetricsResponse: {
            /** @description Share of satisfied answers over every source (回访满意率, 0–1, four decimals): ratings of 4–5 (app and SMS link) plus phone follow-ups that reached a satisfied resident, among all ratings and answered phone follow-ups; null when there are none. */
            satisfactionRate: number | null;
            /** @description The satisfaction rate of ratings given in the app (ratings − ratingsViaSms); null without any. */
            satisfactionRateApp: number | null;
            /** @description The satisfaction rate of ratings given through the SMS link after completion; null without any. */
            satisfactionRateSmsLink: number | null;
            /** @description The satisfaction rate of phone follow-ups (回访) that reached the resident and got an answer; null without any. */
            satisfactionRatePhone: number | null;
            /** @description Share of consultations followed up by phone (回访率): consultationsFollowedUp / consultations (人次), 0–1; null without consultations. */
            followUpRate: number | null;
            /** @description 法律咨询（人次）: Sum of peopleCount of consultation logs (人次). */
            consultations: number;
            /** @description 代拟法律文书（份）: document_drafting logs (份). */
            documentsDrafted: number;
            /** @description 办理法律援助（件）: Legal-aid cases accepted in the period, by decision date, counted at the service point that took them in (件). */
            legalAidCases: number;
            /** @description 法律援助挽回经济损失（元）: Amount recovered by legal-aid cases closed in the period, by closing date (元). In yuan, two decimals at most. */
            legalAidRecovered: number;
            /** @description 协助申请法律援助（件）: legal_aid logs: applications a lawyer helped a resident make (件). */
            legalAidReferrals: number;
            /** @description 参与矛盾纠纷调处（起）: mediation logs (起). */
            mediations: number;
            /** @description 调处成功（起）: mediation logs marked resolved (起). */
            mediationsResolved: number;
            /** @description 涉及金额（元）: Sum of amountInvolved of mediation logs (元). In yuan, two decimals at most. */
            mediationAmount: number;
            /** @description 指导网格员化解纠纷（起）: grid_guidance logs (起). */
            gridGuidance: number;
            /** @description 协助村级处置法律事务（件）: village_affairs logs (件). */
            villageAffairs: number;
            /** @description 审核村级经济合同（份）: contract_review logs (份). */
            contractsReviewed: number;
            /** @description 合同标的额（元）: Sum of contractAmount of contract_review logs (元). In yuan, two decimals at most. */
            contractAmount: number;
            /** @description 开展普法活动（场）: Workshops of every kind (场). */
            workshops: number;
            /** @description 开展法治讲座（堂）: Workshops of kind lecture (堂). */
            lectures: number;
            /** @description 受众（人次）: Sum of audienceCount of workshops (人次). */
            workshopAudience: number;
            /** @description 坐诊（天）: Distinct service point × day with a window shift whose lawyer signed in (坐诊天数); per lawyer, the days that lawyer did so. A sign-in sent too late to be taken as is counts once an official accepts it. */
            dutyDays: number;
            /** @description 预约（次）: Appointments booked for a slot in the period and not cancelled (次). */
            appointments: number;
            /** @description 预约完成（次）: Appointments completed (次). */
            appointmentsCompleted: number;
            /** @description 爽约（次）: Appointments marked no-show (次). */
            noShows: number;
            /** @description 回访评价（次）: Ratings given (次). */
            ratings: number;
            /** @description 满意评价（次）: Ratings of 4 or 5 (次). */
            ratingsSatisfied: number;
            /** @description 短信回访评价（次）: Of the ratings, those given through the link of the SMS after completion (次); the rest were given in the app. */
            ratingsViaSms: number;
            /** @description 短信回访满意（次）: Of the ratings through the SMS link, those of 4 or 5 (次). */
            ratingsViaSmsSatisfied: number;
            /** @description 电话回访（次）: Phone follow-ups (回访) of consultations recorded, reached or not, on the day of the call at the consultation’s point, for its lawyer (次). */
            followUps: number;
            /** @description 电话回访接通（次）: Phone follow-ups that reached the resident (次). */
            followUpsReached: number;
            /** @description 电话回访满意（次）: Phone follow-ups that reached the resident, who was satisfied (次). */
            followUpsSatisfied: number;
            /** @description 电话回访不满意（次）: Phone follow-ups that reached the resident, who was not satisfied (次). */
            followUpsUnsatisfied: number;
            /** @description 已回访咨询（人次）: Sum of peopleCount of consultation logs whose phone follow-up reached the resident, on the consultation’s day (人次). */
            consultationsFollowedUp: number;
            /** @description 协助各村调处各类纠纷（起）: The advisor group’s help with village disputes, grid workers’ mediations they guided included (协助各村调处各类纠纷, 包括指导网格员调解数): mediations + gridGuidance (起). */
            villageDisputesAssisted: number;
            /** @example 2026-11 */
            month: string;
        };
        YearlyStatsResponse: {
            freshness: components["schemas"]["StatsFreshnessResponse"];
            regionCode: string;
            /** @example 胜山镇 */
            name: string;
            /** @example 2026 */
            year: number;
            /**
             * @description The last month counted
             * @example 2026-12
             */
            through: string;
            totals: components["schemas"]["MetricsResponse"];
            /** @description 服务群众人数 (人): the residents served in the period, each counted once however often they came — residents whose booked consultation was served (arrived or completed) and the phone numbers recorded on consultations of the work log (residentPhone), compared by a keyed blind index; a year’s is a distinct count over the year, not the sum of its months’. Shown next to consultations (人次). */
            uniqueResidents: number;
            byMonth: components["schemas"]["MonthMetricsResponse"][];
            byRegion: components["schemas"]["RegionMetricsResponse"][];
            /** @description Every lawyer with a figure in the period, in pinyin order of their names; dutyDays is the lawyer's own days at a window */
            byLawyer: components["schemas"]["LawyerMetricsResponse"][];
            byTopic: components["schemas"]["TopicMetricsResponse"][];
            /** @description The totals of the region in the same months of last year, January through the month of `through` (同比). null when there is nothing to compare: no record at all of the region in that period (voided records count nowhere). */
            lastYear: components["schemas"]["MetricsResponse"] | null;
        };
        ClosePeriodDto: {
            /**
             * @description The township (9 digits) whose month is closed
             * @example 330282113
             */
            regionCode: string;
            /**
             * @description A month that is over (Asia/Shanghai)
             * @example 2026-11
             */
            month: string;
            /** @description 零上报: true closes a month without any record as a zero report, explicitly (never by default); refused (422 PERIOD_HAS_RECORDS) for a month that has records */
            zeroReport?: boolean;
        };
        PeriodResponse: {
            /** Format: uuid */
            id: string;
            /** @example 330282113 */
            regionCode: string;
            /** @example 2026-11 */
            month: string;
            /**
             * @description closed: a report with figures (月结); zero: a zero report (零上报)
             * @enum {string}
             */
            status: "closed" | "zero";
            /** @description 1 at the close; 2, 3 … after each amendment */
            version: number;
            /** Format: date-time */
            closedAt: string;
        };
        TownshipPeriodResponse: {
            /** @example 330282113 */
            regionCode: string;
            /** @example 胜山镇 */
            name: string;
            /**
             * @description open: not yet reported; closed: reported with figures (月结); zero: reported as 零上报
             * @enum {string}
             */
            status: "open" | "closed" | "zero";
            /** @description The current version; null while open */
            version: number | null;
            /** Format: date-time */
            closedAt: string | null;
        };
        PeriodCountsResponse: {
            open: number;
            closed: number;
            zero: number;
        };
        PeriodsPageResponse: {
            /** @example 330282 */
            regionCode: string;
            /** @example 2026-11 */
            month: string;
            items: components["schemas"]["TownshipPeriodResponse"][];
            /** @description All matches, over every page */
            total: number;
            page: number;
            pageSize: number;
            /** @description The townships of the region by status, whatever the `status` filter */
            counts: components["schemas"]["PeriodCountsResponse"];
        };
        AuditEventResponse: {
            id: number;
            /** @description Position in the hash chain; null for an event written after the listing sealed the chain */
            seq: number | null;
            /** Format: date-time */
            occurredAt: string;
            /** Format: uuid */
            actorId: string | null;
            actorName: string | null;
            /** @example update */
            action: string;
            /** @example service_point */
            entityType: string;
            entityId: string | null;
            regionCode: string | null;
            ip: string | null;
            /** Format: uuid */
            requestId: string | null;
            /** @description Changed fields as { field: { from, to } }, without secrets */
            changes: {
                [key: string]: unknown;
            } | null;
            hash: string | null;
        };
        AuditCheckpointResponse: {
            /** @description The last link of the chain when the checkpoint was written */
            seq: number;
            /** @description When it was written (ISO instant) */
            at: string;
        };
        AuditChainResponse: {
            /** @description True when every link is in place and carries its keyed digest (links before the keyed chain began: the old unkeyed one) and the chain still reaches the last checkpoint with the same hash */
            intact: boolean;
            /** @description Links checked */
            checked: number;
            /** @description First link that is out of place or does not carry its digest, or the checkpoint’s link when it now has another hash */
            brokenSeq: number | null;
            /** @description The last checkpoint written outside the database (AUDIT_CHECKPOINT_FILE) for this database; null before the first seal */
            checkpoint: components["schemas"]["AuditCheckpointResponse"] | null;
            /** @description Only when the chain ends before the last checkpoint: the last link present; the events after it were deleted */
            missingAfter?: number;
        };
        LoginDto: {
            /** @example shengshan.official */
            username: string;
            /** @example Demo@2026pass */
            password: string;
        };
        AuthUser: {
            /** Format: uuid */
            id: string;
            name: string;
            roles: ("lawyer" | "official" | "admin" | "security" | "auditor" | "resident")[];
            /** @example 330282113 */
            regionCode: string | null;
        };
        TokenPairResponse: {
            /** @description JWT, valid 15 minutes (ACCESS_TOKEN_TTL_SECONDS) while its sign-in session is open; send as Authorization: Bearer … */
            accessToken: string;
            /** @description Opaque; exchange at /auth/refresh for a new pair (single use); it ends with its session */
            refreshToken: string;
            /** @description Seconds until the access token expires */
            expiresIn: number;
            user: components["schemas"]["AuthUser"];
        };
        RefreshDto: {
            refreshToken: string;
        };
        LogoutDto: {
            /** @description The refresh token of a session to end besides this one (the access token’s session always ends); omitted: every session of the caller ends */
            refreshToken?: string;
        };
        SessionResponse: {
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @description Sign-in (or SMS-code sign-in of a resident)
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description Last request seen, written every few seconds
             */
            lastSeenAt: string;
            /**
             * @description Address at sign-in
             * @example 203.0.113.7
             */
            ip: string | null;
            /** @description User-Agent at sign-in (200 characters at most) */
            userAgent: string | null;
            /** @description True for the session of the access token that asks */
            current: boolean;
        };
        ChangePasswordDto: {
            currentPassword: string;
            /** @description At least 10 characters from 3 of: lower case, upper case, digits, symbols; not containing the login name; not one of the most common passwords (a bundled list, also with digits or symbols appended); not one of the account’s last PASSWORD_HISTORY (default 5) passwords */
            newPassword: string;
        };
        StaffSessionResponse: {
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @description Sign-in (or SMS-code sign-in of a resident)
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description Last request seen, written every few seconds
             */
            lastSeenAt: string;
            /**
             * @description Address at sign-in
             * @example 203.0.113.7
             */
            ip: string | null;
            /** @description User-Agent at sign-in (200 characters at most) */
            userAgent: string | null;
            /** @description True for the session of the access token that asks */
            current: boolean;
            /** @enum {string} */
            kind: "staff" | "resident";
            /** Format: uuid */
            staffId: string | null;
            /** Format: uuid */
            residentId: string | null;
        };
        StaffResponse: {
            /** Format: uuid */
            id: string;
            username: string;
            name: string;
            roles: ("lawyer" | "official" | "admin" | "security" | "auditor" | "resident")[];
            /** @enum {string} */
            kind: "lawyer" | "legal_worker" | "public_lawyer" | "official" | "admin" | "security" | "auditor";
            regionCode: string;
            licenseNo: string | null;
            firm: string | null;
            /** @example 138****5678 */
            phoneMasked: string | null;
            /** @enum {string} */
            status: "active" | "disabled";
            /** @description True while the whole account is locked after a distributed attack on it (wrong passwords from many addresses); the security administrator unlocks it */
            locked: boolean;
        };
        RegionResponse: {
            /** @example 330282113 */
            code: string;
            /** @example 胜山镇 */
            name: string;
            /** @enum {string} */
            level: "province" | "city" | "county" | "township" | "village";
        };
        LatLngResponse: {
            /** @example 30.2874 */
            lat: number;
            /** @example 121.4257 */
            lng: number;
        };
        OpeningPeriodDto: {
            /**
             * @description ISO weekday, 1 = Monday … 7 = Sunday
             * @example 1
             */
            weekday: number;
            /** @example 08:30 */
            from: string;
            /** @example 11:30 */
            to: string;
        };
        DutySummary: {
            /** @example 王建国 */
            lawyerName: string;
            /**
             * @description Local start time (Asia/Shanghai)
             * @example 08:30
             */
            from: string;
            /**
             * @description Local end time (Asia/Shanghai)
             * @example 17:00
             */
            to: string;
            /** @enum {string} */
            kind: "window" | "village_visit" | "on_call";
        };
        ServicePointResponse: {
            /** Format: uuid */
            id: string;
            /** @example 330282113201 */
            regionCode: string;
            /** @example 一灶村 */
            regionName: string;
            /** @enum {string} */
            kind: "county_center" | "township_center" | "village_point";
            name: string;
            address: string;
            /** @description Latitude, WGS-84 */
            lat: number | null;
            /** @description Longitude, WGS-84 */
            lng: number | null;
            /** @description The same location in GCJ-02, for links to 高德 and 腾讯 maps (which expect it); null without a location or outside China */
            gcj02: components["schemas"]["LatLngResponse"] | null;
            geofenceRadiusM: number;
            phone: string | null;
            openingHours: components["schemas"]["OpeningPeriodDto"][];
            isPilot: boolean;
            signInstalled: boolean;
            active: boolean;
            /** @description Published duty at this point today */
            todayDuty: components["schemas"]["DutySummary"][];
        };
        UpcomingDuty: {
            /** @example 王建国 */
            lawyerName: string;
            /**
             * @description Local start time (Asia/Shanghai)
             * @example 08:30
             */
            from: string;
            /**
             * @description Local end time (Asia/Shanghai)
             * @example 17:00
             */
            to: string;
            /** @enum {string} */
            kind: "window" | "village_visit" | "on_call";
            /**
             * Format: date
             * @example 2026-11-23
             */
            date: string;
        };
        ServicePointDetailResponse: {
            /** Format: uuid */
            id: string;
            /** @example 330282113201 */
            regionCode: string;
            /** @example 一灶村 */
            regionName: string;
            /** @enum {string} */
            kind: "county_center" | "township_center" | "village_point";
            name: string;
            address: string;
            /** @description Latitude, WGS-84 */
            lat: number | null;
            /** @description Longitude, WGS-84 */
            lng: number | null;
            /** @description The same location in GCJ-02, for links to 高德 and 腾讯 maps (which expect it); null without a location or outside China */
            gcj02: components["schemas"]["LatLngResponse"] | null;
            geofenceRadiusM: number;
            phone: string | null;
            openingHours: components["schemas"]["OpeningPeriodDto"][];
            isPilot: boolean;
            signInstalled: boolean;
            active: boolean;
            /** @description Published duty at this point today */
            todayDuty: components["schemas"]["DutySummary"][];
            /** @description Published duty of the next 7 days, today included */
            upcomingShifts: components["schemas"]["UpcomingDuty"][];
            /** @description The point’s legal advisor today (一村一顾问), if any */
            advisorName: string | null;
        };
        CreateServicePointDto: {
            /**
             * @description GB/T 2260 code: 6 digits for a county centre, 9 for a township centre, 12 for a village point
             * @example 330282113201
             */
            regionCode: string;
            /** @enum {string} */
            kind: "county_center" | "township_center" | "village_point";
            /** @example 一灶村公共法律服务点 */
            name: string;
            address?: string;
            /**
             * @description Latitude in `coordSystem`; stored and answered as WGS-84. Given together with lng
             * @example 30.2316
             */
            lat?: number;
            /**
             * @description Longitude in `coordSystem`; stored and answered as WGS-84. Given together with lat
             * @example 121.4234
             */
            lng?: number;
            /**
             * @description The coordinate system lat/lng are given in: wgs84 (GPS), gcj02 (高德 and 腾讯 maps, where officials copy a location from), bd09 (百度 maps). Converted to WGS-84 before it is stored. The default stays wgs84 so that existing clients keep their meaning; the console sends gcj02. gcj02 and bd09 coordinates must lie in China (400 otherwise)
             * @default wgs84
             * @enum {string}
             */
            coordSystem?: "wgs84" | "gcj02" | "bd09";
            /**
             * @description Sign-in geofence radius in metres
             * @default 200
             */
            geofenceRadiusM?: number;
            /** @description Weekly opening hours */
            openingHours?: components["schemas"]["OpeningPeriodDto"][];
            /** @example 0574-63000000 */
            phone?: string;
            /** @description Pilot village: its advisor visits every week */
            isPilot?: boolean;
            /** @description The service-point sign (标识牌) is installed */
            signInstalled?: boolean;
            /** @default true */
            active?: boolean;
        };
        UpdateServicePointDto: {
            /**
             * @description GB/T 2260 code: 6 digits for a county centre, 9 for a township centre, 12 for a village point
             * @example 330282113201
             */
            regionCode?: string;
            /** @enum {string} */
            kind?: "county_center" | "township_center" | "village_point";
            /** @example 一灶村公共法律服务点 */
            name?: string;
            address?: string;
            /**
             * @description Latitude in `coordSystem`; stored and answered as WGS-84. Given together with lng
             * @example 30.2316
             */
            lat?: number;
            /**
             * @description Longitude in `coordSystem`; stored and answered as WGS-84. Given together with lat
             * @example 121.4234
             */
            lng?: number;
            /**
             * @description The coordinate system lat/lng are given in: wgs84 (GPS), gcj02 (高德 and 腾讯 maps, where officials copy a location from), bd09 (百度 maps). Converted to WGS-84 before it is stored. The default stays wgs84 so that existing clients keep their meaning; the console sends gcj02. gcj02 and bd09 coordinates must lie in China (400 otherwise)
             * @default wgs84
             * @enum {string}
             */
            coordSystem?: "wgs84" | "gcj02" | "bd09";
            /**
             * @description Sign-in geofence radius in metres
             * @default 200
             */
            geofenceRadiusM?: number;
            /** @description Weekly opening hours */
            openingHours?: components["schemas"]["OpeningPeriodDto"][];
            /** @example 0574-63000000 */
            phone?: string;
            /** @description Pilot village: its advisor visits every week */
            isPilot?: boolean;
            /** @description The service-point sign (标识牌) is installed */
            signInstalled?: boolean;
            /** @default true */
            active?: boolean;
        };
        CreateStaffDto: {
            /**
             * @description Login name: letters, digits, dot, dash, underscore
             * @example lawyer11
             */
            username: string;
            /** @example 王律师 */
            name: string;
            /**
             * @description lawyer, legal_worker and public_lawyer get the lawyer role; admin, security and auditor are refused (403 PRIVILEGED_ACCOUNT: made only with the command line)
             * @enum {string}
             */
            kind: "lawyer" | "legal_worker" | "public_lawyer" | "official" | "admin" | "security" | "auditor";
            /**
             * @description Region governed (officials) or advisor group township (lawyers)
             * @example 330282113
             */
            regionCode: string;
            /** @description At least 10 characters from 3 of: lower case, upper case, digits, symbols; not containing the login name; not one of the most common passwords (a bundled list, also with digits or symbols appended) */
            password: string;
            /**
             * @description Mainland mobile number; stored encrypted, shown masked
             * @example 13812345678
             */
            phone?: string;
            /**
             * @description Practice licence number (执业证号)
             * @example 13302201810123456
             */
            licenseNo?: string;
            /** @example 浙江慈溪某某律师事务所 */
            firm?: string;
        };
        UpdateStaffDto: {
            name?: string;
            regionCode?: string;
            phone?: string;
            licenseNo?: string;
            firm?: string;
            /** @enum {string} */
            status?: "active" | "disabled";
        };
        StaffPhoneResponse: {
            /**
             * @description Unmasked; the read is audited
             * @example 13800138000
             */
            phone: string | null;
        };
        AdvisorAssignmentResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            lawyerId: string;
            /** Format: uuid */
            servicePointId: string;
            regionCode: string;
            from: string;
            to: string | null;
        };
        CreateAdvisorAssignmentDto: {
            /** Format: uuid */
            lawyerId: string;
            /**
             * Format: uuid
             * @description A village point
             */
            servicePointId: string;
            /** @example 2026-01-01 */
            from: string;
            /**
             * @description Last day, inclusive; omitted: open-ended
             * @example 2026-12-31
             */
            to?: string;
        };
        EndAdvisorAssignmentDto: {
            /**
             * @description Last day of the assignment, inclusive
             * @example 2026-11-30
             */
            to: string;
        };
        UncoveredVillage: {
            regionCode: string;
            name: string;
        };
        AdvisorCoverageResponse: {
            regionCode: string;
            /** Format: date */
            date: string;
            /** @description Villages and communities in the region */
            villages: number;
            /** @description Of which have an advisor on that day */
            covered: number;
            uncovered: components["schemas"]["UncoveredVillage"][];
        };
        CalendarDayResponse: {
            /**
             * Format: date
             * @example 2027-02-05
             */
            date: string;
            workday: boolean;
            /**
             * @description The holiday or make-up day (国庆节调休), else empty
             * @example 春节
             */
            name: string;
            /**
             * @description official: a State Council notice (bundled, or loaded by the admin); provisional: a year without a notice (weekends and the statutory holidays computed from the lunar calendar, no 调休); override: the county’s own
             * @enum {string}
             */
            source: "official" | "provisional" | "override";
        };
        CalendarYearResponse: {
            /** @example 2027 */
            year: number;
            /** @enum {string} */
            status: "official" | "provisional";
            /**
             * @description loaded: the admin loaded the notice; bundled: it comes with the chinese-days package
             * @enum {string}
             */
            source: "loaded" | "bundled" | "provisional";
            /**
             * Format: date-time
             * @description When the admin loaded the notice (ISO instant)
             */
            loadedAt: string | null;
        };
        NoticeHolidayDto: {
            /** @example 春节 */
            name: string;
            /**
             * @description First day off
             * @example 2027-02-05
             */
            from: string;
            /**
             * @description Last day off
             * @example 2027-02-11
             */
            to: string;
        };
        CalendarYearDetailResponse: {
            /** @example 2027 */
            year: number;
            /** @enum {string} */
            status: "official" | "provisional";
            /**
             * @description loaded: the admin loaded the notice; bundled: it comes with the chinese-days package
             * @enum {string}
             */
            source: "loaded" | "bundled" | "provisional";
            /**
             * Format: date-time
             * @description When the admin loaded the notice (ISO instant)
             */
            loadedAt: string | null;
            /** @description The notice’s holidays; for a provisional year, the statutory holidays it computes */
            holidays: components["schemas"]["NoticeHolidayDto"][];
            /** @description The make-up working days (none in a provisional year) */
            makeUpDays: string[];
        };
        LoadNoticeDto: {
            /** @description Each holiday with the days it gives off, inside the year, not overlapping one another */
            holidays: components["schemas"]["NoticeHolidayDto"][];
            /**
             * @description The make-up working days (调休): Saturdays or Sundays of the year, outside the holidays
             * @example [
             *       "2027-02-20"
             *     ]
             */
            makeUpDays: string[];
        };
        CalendarConflict: {
            /**
             * Format: uuid
             * @description The shift standing on a new day off; null for a point missing duty on a new working day
             */
            shiftId: string | null;
            /**
             * Format: date
             * @example 2027-02-09
             */
            date: string;
            /** @example 330282113 */
            regionCode: string;
            /** Format: uuid */
            servicePointId: string;
            /**
             * @description not_a_working_day: a planned window shift or village visit now stands on a day off (its bookings were moved to needs_reschedule and the residents told by SMS); missing_on_working_day: a point that has window duty in that month has none on the new working day
             * @enum {string}
             */
            reason: "not_a_working_day" | "missing_on_working_day";
        };
        LoadNoticeResponse: {
            /** @example 2027 */
            year: number;
            /**
             * @description The days whose working-day status changed in the national calendar
             * @example [
             *       "2027-02-09",
             *       "2027-02-20"
             *     ]
             */
            changedDays: string[];
            /** @description In your jurisdiction */
            conflicts: components["schemas"]["CalendarConflict"][];
            /** @description Conflicts in counties outside your jurisdiction (the notice reaches them too) */
            conflictsOutsideJurisdiction: number;
        };
        CalendarOverrideDto: {
            /** @description Whether the day is a working day in the county */
            workday: boolean;
            /** @example 台风停工 */
            name?: string;
            /**
             * @description The county whose calendar changes. A county official changes only their own (the default); an admin names one.
             * @example 330282
             */
            regionCode?: string;
        };
        CalendarOverrideResponse: {
            /**
             * Format: date
             * @example 2027-02-05
             */
            date: string;
            workday: boolean;
            /**
             * @description The holiday or make-up day (国庆节调休), else empty
             * @example 春节
             */
            name: string;
            /**
             * @description official: a State Council notice (bundled, or loaded by the admin); provisional: a year without a notice (weekends and the statutory holidays computed from the lunar calendar, no 调休); override: the county’s own
             * @enum {string}
             */
            source: "official" | "provisional" | "override";
            /**
             * @description The county whose calendar changed
             * @example 330282
             */
            regionCode: string;
            /** @description What the change leaves standing on a day off or missing */
            conflicts: components["schemas"]["CalendarConflict"][];
        };
        ShiftResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            servicePointId: string;
            regionCode: string;
            /** Format: uuid */
            lawyerId: string;
            /** @example 王建国 */
            lawyerName: string;
            /**
             * Format: date
             * @example 2026-11-23
             */
            date: string;
            /** @example 08:30 */
            from: string;
            /** @example 17:00 */
            to: string;
            /**
             * Format: date-time
             * @description ISO instant
             */
            startsAt: string;
            /**
             * Format: date-time
             * @description ISO instant
             */
            endsAt: string;
            /** @enum {string} */
            kind: "window" | "village_visit" | "on_call";
            /** @enum {string} */
            status: "planned" | "cancelled";
            published: boolean;
        };
        CreateShiftDto: {
            /** Format: uuid */
            servicePointId: string;
            /** Format: uuid */
            lawyerId: string;
            /**
             * Format: date
             * @example 2026-11-23
             */
            date: string;
            /**
             * @description Local start time
             * @example 08:30
             */
            from: string;
            /**
             * @description Local end time
             * @example 17:00
             */
            to: string;
            /** @enum {string} */
            kind: "window" | "village_visit" | "on_call";
        };
        PublishDto: {
            /** @example 330282113 */
            regionCode: string;
            /** @example 2026-11-01 */
            from: string;
            /** @example 2026-11-30 */
            to: string;
            /**
             * @description Keep and publish the shifts that stand on days off (after a notice or a county override moved a holiday): without it, such shifts refuse the publication with 422 SHIFTS_ON_DAYS_OFF. The confirmation is recorded on the shifts, so they stop counting as conflicts; no booking slots are offered on days off all the same.
             * @default false
             */
            confirmDaysOff?: boolean;
        };
        PublishResponse: {
            /** @description Shifts published by this call */
            published: number;
        };
        SwapShiftDto: {
            /** Format: uuid */
            shiftId: string;
            /**
             * Format: uuid
             * @description The lawyer who takes the shift over
             */
            toLawyerId: string;
        };
        CancelShiftDto: {
            reason?: string;
        };
        PeriodDto: {
            /** @example 330282113 */
            regionCode: string;
            /** @example 2026-11-01 */
            from: string;
            /** @example 2026-11-30 */
            to: string;
        };
        UnfilledSlot: {
            /** Format: uuid */
            servicePointId: string;
            /** Format: date */
            date?: string;
            /** @example 2026-W47 */
            week?: string;
            /** @enum {string} */
            reason: "closed" | "nobody_free" | "no_advisor_group" | "no_advisor" | "advisor_busy" | "no_working_day";
        };
        GenerateResponse: {
            /** @description Shifts created by this run (0 when the roster was already full) */
            created: number;
            /** @description The shifts created (the first 2,000) */
            shifts: components["schemas"]["ShiftResponse"][];
            /** @description What could not be filled, and why */
            unfilled: components["schemas"]["UnfilledSlot"][];
            /** @description The period follows a provisional calendar (no State Council notice for its year yet): once the notice is loaded, shifts may stand on new days off and new working days may lack duty */
            provisional: boolean;
            /** @description The days of the period whose calendar is provisional */
            provisionalDays: string[];
        };
        WindowGap: {
            /**
             * Format: date
             * @example 2026-11-23
             */
            date: string;
            /** Format: uuid */
            servicePointId: string;
            /** @example 胜山镇公共法律服务站 */
            servicePointName: string;
            /** @enum {string} */
            reason: "no_window_shift";
        };
        PilotVisitGap: {
            /** @example 2026-W48 */
            week: string;
            /**
             * @description The week's Monday
             * @example 2026-11-23
             */
            from: string;
            /**
             * @description The week's Sunday
             * @example 2026-11-29
             */
            to: string;
            /** Format: uuid */
            servicePointId: string;
            servicePointName: string;
        };
        DayOffConflict: {
            /** Format: uuid */
            shiftId: string;
            /**
             * Format: date
             * @example 2027-02-09
             */
            date: string;
            /** @example 330282113 */
            regionCode: string;
            /** Format: uuid */
            servicePointId: string;
            /** @enum {string} */
            kind: "window" | "village_visit";
            published: boolean;
            /** @description An official confirmed it stands there on purpose (publish with confirmDaysOff) */
            confirmed: boolean;
            /** @enum {string} */
            reason: "not_a_working_day";
        };
        RosterCoverage: {
            regionCode: string;
            /** @example 2026-11 */
            month: string;
            /** @description Working days in the month (the county calendar) */
            workdays: number;
            /** @description The month follows a provisional calendar (no State Council notice for its year yet): its holidays may move */
            provisional: boolean;
            /** @description The days of the month whose answer is provisional */
            provisionalDays: string[];
            /** @description Working days without window duty at a township centre */
            gaps: components["schemas"]["WindowGap"][];
            /** @description Weeks in which a pilot village had no visit */
            pilotVisitGaps: components["schemas"]["PilotVisitGap"][];
            /** @description Planned window duty and village visits on days that are not working days (e.g. after a notice moved a holiday): publishing the month is refused with 422 SHIFTS_ON_DAYS_OFF until they are cancelled or confirmed */
            conflicts: components["schemas"]["DayOffConflict"][];
        };
        UnavailabilityResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            lawyerId: string;
            /** @example 2026-12-01 */
            from: string;
            /** @example 2026-12-03 */
            to: string;
            reason: string;
        };
        CreateUnavailabilityDto: {
            /** Format: uuid */
            lawyerId: string;
            /**
             * @description First day of leave
             * @example 2026-12-01
             */
            from: string;
            /**
             * @description Last day of leave, inclusive
             * @example 2026-12-03
             */
            to: string;
            /** @example 开庭 */
            reason?: string;
        };
        FeedTokenResponse: {
            token: string;
            /** @example /api/v1/lawyers/…/calendar.ics?token=… */
            url: string;
        };
        CheckInDto: {
            /** @description A UUID the phone makes once per sign-in and sends again, with the same body, on every retry; the same key with another body is refused (422 IDEMPOTENCY_KEY_MISMATCH), with another lawyer or kind too (409 IDEMPOTENCY_KEY_REUSED) */
            idempotencyKey: string;
            /**
             * @description Latitude in `coordSystem` (WGS-84 by default), given together with lng; stored as WGS-84
             * @example 30.2361
             */
            lat?: number;
            /**
             * @description Longitude in `coordSystem` (WGS-84 by default), given together with lat; stored as WGS-84
             * @example 121.4482
             */
            lng?: number;
            /**
             * @description The coordinate system of lat/lng: a browser’s geolocation gives wgs84; some in-app browsers (e.g. WeChat’s) and 高德/腾讯 location SDKs give gcj02, 百度’s bd09. Converted to WGS-84 before the distance to the point is measured. gcj02 and bd09 coordinates must lie in China (400 otherwise)
             * @default wgs84
             * @enum {string}
             */
            coordSystem?: "wgs84" | "gcj02" | "bd09";
            /**
             * @description GPS accuracy in metres. A fix less precise than the point’s geofence radius is flagged low_accuracy and not counted as inside the fence (insideGeofence null)
             * @example 25
             */
            accuracy?: number;
            /**
             * Format: date-time
             * @description The phone’s clock (ISO instant); a sign-in queued offline keeps its own time (flagged delayed). Older than ATTENDANCE_MAX_DELAY_HOURS it is kept as well but answered 202 with status pending_review: it counts once an official accepts it
             */
            clientTime?: string;
            /**
             * Format: uuid
             * @description The shift signed in for; found from the time when omitted
             */
            shiftId?: string;
            /**
             * @description The text of the QR code the lawyer scanned at the point’s kiosk (GET /kiosks/qr-code), proof of presence where GPS is poor or spoofed (proof qr). clientTime is then the moment of the scan: a scan made offline is verified when it is uploaded. Refused: not a code at all (400), a signature that does not verify with its point’s key (422 QR_SIGNATURE_INVALID), a code of another point than the shift’s (422 QR_OTHER_POINT), a window not yet begun (422 QR_NOT_YET_SHOWN). Recorded and flagged: scanned more than 30 s after the code was first shown (qr_expired), dated by the phone before it was shown (qr_clock_mismatch), a code already used by anyone (qr_replayed). Uploaded late but scanned in its window: flagged delayed like any queued sign-in.
             * @example LSQ1.3f1b2c4d-5e6f-4a1b-8c2d-9e0f1a2b3c4d.59651234.1.Qm9vb0JvbzBvb0JvbzBvbw
             */
            qr?: string;
        };
        CheckInResponse: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            type: "check_in" | "check_out";
            /** Format: uuid */
            shiftId: string | null;
            /** Format: uuid */
            servicePointId: string | null;
            /** @description When it counts (ISO instant) */
            at: string;
            /** @description Within the point’s geofence; null without a location, without a located point, or with a fix less precise than the fence (low_accuracy) */
            insideGeofence: boolean | null;
            /** @description Metres to the service point (WGS-84) */
            distanceM: number | null;
            /**
             * @description The answer when it was recorded. pending_review: sent later than ATTENDANCE_MAX_DELAY_HOURS after its clientTime; recorded, but it counts only once an official accepts it (POST /attendance/corrections action accept)
             * @enum {string}
             */
            status: "on_time" | "late" | "ok" | "left_early" | "unscheduled" | "no_check_in" | "pending_review" | "void" | "accept" | "refuse";
            /** @description Why it needs an official’s eye; qr_expired: the QR code was scanned more than 30 s after it was first shown; qr_clock_mismatch: the phone dates the scan before the code was shown; qr_replayed: the same code was used before (by anyone) */
            flags: ("no_location" | "outside_geofence" | "low_accuracy" | "delayed" | "unscheduled" | "no_check_in" | "qr_expired" | "qr_clock_mismatch" | "qr_replayed")[];
            /**
             * @description The proof of presence: a kiosk’s signed QR code, the phone’s location, or none; null for a correction or decision
             * @enum {string|null}
             */
            proof: "qr" | "gps" | "none" | null;
        };
        AttendanceCorrectionNote: {
            /** Format: uuid */
            eventId: string;
            /** @enum {string} */
            type: "check_in" | "check_out";
            /** Format: date-time */
            at: string;
            /** @description The reason: the lawyer’s own for a 补卡 request, else the official’s */
            reason: string;
            /**
             * Format: uuid
             * @description The official who made or approved it
             */
            recordedBy: string;
            recordedByName: string;
            /**
             * Format: uuid
             * @description The lawyer’s 补卡 request it approved (POST /requests kind attendance_fix)
             */
            requestId: string | null;
        };
        AttendanceAbsence: {
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description The lawyer who did not come
             */
            lawyerId: string;
            /** Format: date-time */
            detectedAt: string;
            /** Format: uuid */
            standbyLawyerId: string | null;
            /** @enum {string|null} */
            standbySource: "on_call" | "rotation" | null;
            /**
             * Format: date-time
             * @description When the standby took the shift
             */
            acceptedAt: string | null;
            /** @description Minutes from detection to the standby’s acceptance */
            responseMinutes: number | null;
        };
        AttendanceRow: {
            /** Format: uuid */
            shiftId: string;
            /**
             * Format: date
             * @example 2026-11-23
             */
            date: string;
            /** Format: uuid */
            lawyerId: string;
            lawyerName: string;
            /** Format: uuid */
            servicePointId: string;
            /** @enum {string} */
            kind: "window" | "village_visit" | "on_call";
            /**
             * Format: date-time
             * @description Shift start (ISO)
             */
            startsAt: string;
            /**
             * Format: date-time
             * @description Shift end (ISO)
             */
            endsAt: string;
            /** Format: date-time */
            checkInAt: string | null;
            /** Format: date-time */
            checkOutAt: string | null;
            /** @enum {string} */
            status: "on_time" | "late" | "left_early" | "absent" | "incomplete" | "pending" | "on_duty";
            /** @description Minutes from first sign-in to last sign-out */
            minutes: number | null;
            /** @description A sign-in or sign-out of the shift was added by correction */
            corrected: boolean;
            corrections: components["schemas"]["AttendanceCorrectionNote"][];
            absence: components["schemas"]["AttendanceAbsence"] | null;
        };
        AttendanceEventResponse: {
            /** Format: uuid */
            id: string;
            /**
             * @description A sign-in or sign-out, or a correction: void, or an official’s accept / refuse of a late one
             * @enum {string}
             */
            type: "check_in" | "check_out" | "void" | "accept" | "refuse";
            /** Format: uuid */
            shiftId: string | null;
            /** Format: uuid */
            servicePointId: string | null;
            /** @description When it counts (ISO instant) */
            at: string;
            /** @description Within the point’s geofence; null without a location, without a located point, or with a fix less precise than the fence (low_accuracy) */
            insideGeofence: boolean | null;
            /** @description Metres to the service point (WGS-84) */
            distanceM: number | null;
            /**
             * @description The answer when it was recorded. pending_review: sent later than ATTENDANCE_MAX_DELAY_HOURS after its clientTime; recorded, but it counts only once an official accepts it (POST /attendance/corrections action accept)
             * @enum {string}
             */
            status: "on_time" | "late" | "ok" | "left_early" | "unscheduled" | "no_check_in" | "pending_review" | "void" | "accept" | "refuse";
            /** @description Why it needs an official’s eye; qr_expired: the QR code was scanned more than 30 s after it was first shown; qr_clock_mismatch: the phone dates the scan before the code was shown; qr_replayed: the same code was used before (by anyone) */
            flags: ("no_location" | "outside_geofence" | "low_accuracy" | "delayed" | "unscheduled" | "no_check_in" | "qr_expired" | "qr_clock_mismatch" | "qr_replayed")[];
            /**
             * @description The proof of presence: a kiosk’s signed QR code, the phone’s location, or none; null for a correction or decision
             * @enum {string|null}
             */
            proof: "qr" | "gps" | "none" | null;
            /** Format: uuid */
            lawyerId: string;
            /**
             * @description The lawyer’s display name
             * @example 张律师
             */
            lawyerName: string;
            /**
             * Format: date
             * @description Business day (Asia/Shanghai)
             * @example 2026-11-23
             */
            date: string;
            /**
             * Format: date-time
             * @description When the server got it (ISO instant)
             */
            receivedAt: string;
            /** @description The phone's own time, for offline uploads */
            clientTime: string | null;
            /** @enum {string} */
            source: "phone" | "kiosk" | "correction";
            /** @description A correction's reason */
            reason: string | null;
            /**
             * Format: uuid
             * @description The event a void correction cancels
             */
            voidsEventId: string | null;
            /**
             * Format: uuid
             * @description The pending_review event an accept or refuse decides
             */
            reviewsEventId: string | null;
            /**
             * @description For a sign-in or sign-out with status pending_review: awaiting an official, accepted (it counts) or refused (it never counts); null for every other event
             * @enum {string|null}
             */
            review: "pending" | "accepted" | "refused" | null;
        };
        CorrectionDto: {
            /**
             * @description add a missing sign-in/out; void a wrong event; accept or refuse a sign-in/out awaiting review (status pending_review: sent later than ATTENDANCE_MAX_DELAY_HOURS). Accepted, it counts at its own time; refused, it stays recorded and never counts
             * @enum {string}
             */
            action: "add" | "void" | "accept" | "refuse";
            /**
             * @description For add
             * @enum {string}
             */
            type?: "check_in" | "check_out";
            /**
             * Format: uuid
             * @description For add: the shift
             */
            shiftId?: string;
            /**
             * Format: date-time
             * @description For add: when it happened (ISO instant)
             */
            at?: string;
            /**
             * Format: uuid
             * @description For void, accept and refuse: the event
             */
            eventId?: string;
            /** @example 律师忘记签退，经核实17:00离开 */
            reason: string;
        };
        CorrectedEventResponse: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            type: "check_in" | "check_out" | "void" | "accept" | "refuse";
            /** Format: uuid */
            shiftId: string | null;
            /** Format: uuid */
            servicePointId: string | null;
            /** @description When it counts (ISO instant) */
            at: string;
            /** @description Within the point’s geofence; null without a location, without a located point, or with a fix less precise than the fence (low_accuracy) */
            insideGeofence: boolean | null;
            /** @description Metres to the service point (WGS-84) */
            distanceM: number | null;
            /**
             * @description The answer when it was recorded. pending_review: sent later than ATTENDANCE_MAX_DELAY_HOURS after its clientTime; recorded, but it counts only once an official accepts it (POST /attendance/corrections action accept)
             * @enum {string}
             */
            status: "on_time" | "late" | "ok" | "left_early" | "unscheduled" | "no_check_in" | "pending_review" | "void" | "accept" | "refuse";
            /** @description Why it needs an official’s eye; qr_expired: the QR code was scanned more than 30 s after it was first shown; qr_clock_mismatch: the phone dates the scan before the code was shown; qr_replayed: the same code was used before (by anyone) */
            flags: ("no_location" | "outside_geofence" | "low_accuracy" | "delayed" | "unscheduled" | "no_check_in" | "qr_expired" | "qr_clock_mismatch" | "qr_replayed")[];
            /**
             * @description The proof of presence: a kiosk’s signed QR code, the phone’s location, or none; null for a correction or decision
             * @enum {string|null}
             */
            proof: "qr" | "gps" | "none" | null;
            reason: string | null;
            /**
             * Format: uuid
             * @description The event a void cancels
             */
            voidsEventId: string | null;
            /**
             * Format: uuid
             * @description The event an accept or refuse decides
             */
            reviewsEventId: string | null;
        };
        CorrectionResponse: {
            event: components["schemas"]["CorrectedEventResponse"];
            /** @description The shift’s attendance now; null when an accepted or refused event had no shift (unscheduled) */
            attendance: components["schemas"]["AttendanceRow"] | null;
        };
        KioskCodeResponse: {
            /** Format: uuid */
            servicePointId: string;
            servicePointName: string;
            /**
             * @description The text to show as a QR code: `LSQ1.<servicePointId>.<window>.<keyVersion>.<mac>`, where window counts 30-second windows from the Unix epoch and mac is the first 128 bits of HMAC-SHA256 over the rest with the point’s key (base64url). A lawyer’s check-in sends it as `qr`
             * @example LSQ1.3f1b2c4d-5e6f-4a1b-8c2d-9e0f1a2b3c4d.59651234.1.Qm9vb0JvbzBvb0JvbzBvbw
             */
            payload: string;
            /**
             * Format: date-time
             * @description When this code’s window began (it is shown from then)
             */
            validFrom: string;
            /**
             * Format: date-time
             * @description When the next code replaces it
             */
            validUntil: string;
            /**
             * Format: date-time
             * @description The server’s time, for the kiosk to time its next fetch
             */
            serverTime: string;
        };
        AuthoriseKioskDto: {
            /**
             * Format: uuid
             * @description The service point whose code the device will show
             */
            servicePointId: string;
            /**
             * @description What the official calls the device
             * @example 窗口平板
             */
            label?: string;
        };
        AuthorisedKioskResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            servicePointId: string;
            regionCode: string;
            label: string;
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: uuid
             * @description The official who authorised it
             */
            createdBy: string;
            /**
             * Format: date-time
             * @description Its last fetch of a code (to the minute)
             */
            lastSeenAt: string | null;
            /** Format: date-time */
            revokedAt: string | null;
            /** @description The device’s secret, shown this once: sent as `Authorization: Kiosk <token>` to GET /kiosks/qr-code, which is all it can do. Keep it on the device only */
            token: string;
        };
        KioskResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            servicePointId: string;
            regionCode: string;
            label: string;
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: uuid
             * @description The official who authorised it
             */
            createdBy: string;
            /**
             * Format: date-time
             * @description Its last fetch of a code (to the minute)
             */
            lastSeenAt: string | null;
            /** Format: date-time */
            revokedAt: string | null;
        };
        RotatedKeyResponse: {
            /** Format: uuid */
            servicePointId: string;
            /** @description The new current version; codes name the version that signed them */
            keyVersion: number;
            /** Format: date-time */
            rotatedAt: string;
        };
        OutboxMessageResponse: {
            /** Format: uuid */
            id: string;
            /** @example 138****5678 */
            phoneMasked: string;
            /** @example booking_confirmation */
            kind: string;
            /** @enum {string} */
            status: "pending" | "sent" | "delivered" | "failed";
            attempts: number;
            lastError: string | null;
            /**
             * @description The provider that took the message, or failed last
             * @example aliyun
             */
            provider: string | null;
            /**
             * @description The provider's last answer code (of sending, or of the delivery receipt)
             * @example isv.BUSINESS_LIMIT_CONTROL
             */
            providerCode: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        DevOutboxMessageResponse: {
            /** @example 13800138000 */
            phone: string;
            text: string;
            /** Format: date-time */
            createdAt: string;
            /** @enum {string} */
            status: "pending" | "sent" | "delivered" | "failed";
        };
        SendOtpDto: {
            /**
             * @description Mainland mobile number
             * @example 13812345678
             */
            phone: string;
        };
        OtpSentResponse: {
            /** @example 300 */
            expiresInSeconds: number;
            /** @example 60 */
            resendAfterSeconds: number;
        };
        VerifyOtpDto: {
            /**
             * @description Mainland mobile number
             * @example 13812345678
             */
            phone: string;
            /** @example 123456 */
            code: string;
        };
        ResidentSummary: {
            /** Format: uuid */
            id: string;
            /** @example 138****5678 */
            phoneMasked: string;
        };
        ResidentTokenResponse: {
            accessToken: string;
            resident: components["schemas"]["ResidentSummary"];
        };
        SlotResponse: {
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            /** @example 2 */
            capacity: number;
            /**
             * @description Places left: neither booked nor held for a resident of the waitlist
             * @example 1
             */
            available: number;
            /** @example 王建国 */
            lawyerName: string;
        };
        BookingResidentDto: {
            /**
             * @description Mainland mobile number
             * @example 13812345678
             */
            phone: string;
            name?: string;
            /**
             * @description The code the resident read out (sent by POST /appointments/phone-checks); without it the phone is recorded as entered by staff
             * @example 123456
             */
            code?: string;
        };
        CreateAppointmentDto: {
            /**
             * Format: uuid
             * @description From GET /service-points/:id/slots
             */
            slotId: string;
            /** @enum {string} */
            topic: "marriage_family" | "labour_wages" | "land_housing" | "contract_debt" | "neighbour" | "traffic" | "inheritance" | "consumer" | "administrative" | "other";
            /** @description Stored as plain text, never rendered as HTML */
            description?: string;
            name?: string;
            /** @description Staff booking for a resident (代约) only, and required then */
            resident?: components["schemas"]["BookingResidentDto"];
        };
        AppointmentSlotResponse: {
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
        };
        ServiceLogDraftResponse: {
            /** @enum {string} */
            type: "consultation";
            topic: string;
            /** Format: uuid */
            servicePointId: string;
            /**
             * Format: date-time
             * @description The slot's start, or the completion if that came first
             */
            occurredAt: string;
            /** @enum {number} */
            peopleCount: 1;
            summary: string;
            /** Format: uuid */
            appointmentId: string;
        };
        AppointmentResponse: {
            /** Format: uuid */
            id: string;
            /**
             * @description The booking code the SMS gives, shown at the desk
             * @example K7M2QXP4
             */
            code: string;
            /** @enum {string} */
            status: "booked" | "cancelled" | "arrived" | "completed" | "no_show" | "needs_reschedule";
            topic: string;
            /** @description Plain text, never rendered as HTML */
            description: string;
            /** Format: uuid */
            servicePointId: string;
            slot: components["schemas"]["AppointmentSlotResponse"];
            /** @description On completion: the work-log entry to send to POST /service-logs as it is */
            serviceLogDraft?: components["schemas"]["ServiceLogDraftResponse"];
        };
        AppointmentRatingResponse: {
            score: number;
            comment: string | null;
        };
        MyAppointmentResponse: {
            /** Format: uuid */
            id: string;
            /**
             * @description The booking code the SMS gives, shown at the desk
             * @example K7M2QXP4
             */
            code: string;
            /** @enum {string} */
            status: "booked" | "cancelled" | "arrived" | "completed" | "no_show" | "needs_reschedule";
            topic: string;
            /** @description Plain text, never rendered as HTML */
            description: string;
            /** Format: uuid */
            servicePointId: string;
            slot: components["schemas"]["AppointmentSlotResponse"];
            /** @description On completion: the work-log entry to send to POST /service-logs as it is */
            serviceLogDraft?: components["schemas"]["ServiceLogDraftResponse"];
            /** @example 胜山镇公共法律服务站 */
            servicePointName: string;
            lawyerName: string | null;
            rating: components["schemas"]["AppointmentRatingResponse"] | null;
        };
        DayListAppointmentResponse: {
            /** Format: uuid */
            id: string;
            /**
             * @description The booking code the SMS gives, shown at the desk
             * @example K7M2QXP4
             */
            code: string;
            /** @enum {string} */
            status: "booked" | "cancelled" | "arrived" | "completed" | "no_show" | "needs_reschedule";
            topic: string;
            /** @description Plain text, never rendered as HTML */
            description: string;
            /** Format: uuid */
            servicePointId: string;
            slot: components["schemas"]["AppointmentSlotResponse"];
            /** @description On completion: the work-log entry to send to POST /service-logs as it is */
            serviceLogDraft?: components["schemas"]["ServiceLogDraftResponse"];
            /** @example 138****5678 */
            residentPhoneMasked: string;
            /** @description The name the resident gave, if any */
            name: string | null;
        };
        RatingDto: {
            score: number;
            comment?: string;
        };
        RatedAppointmentResponse: {
            /** Format: uuid */
            id: string;
            /**
             * @description The booking code the SMS gives, shown at the desk
             * @example K7M2QXP4
             */
            code: string;
            /** @enum {string} */
            status: "booked" | "cancelled" | "arrived" | "completed" | "no_show" | "needs_reschedule";
            topic: string;
            /** @description Plain text, never rendered as HTML */
            description: string;
            /** Format: uuid */
            servicePointId: string;
            slot: components["schemas"]["AppointmentSlotResponse"];
            /** @description On completion: the work-log entry to send to POST /service-logs as it is */
            serviceLogDraft?: components["schemas"]["ServiceLogDraftResponse"];
            rating: number;
        };
        RescheduleDto: {
            /** Format: uuid */
            slotId: string;
        };
        CancelAppointmentDto: {
            /**
             * @description Required when staff cancel: the resident is told it by SMS
             * @example 律师临时出庭
             */
            reason?: string;
        };
        JoinWaitlistDto: {
            /**
             * @description Default other
             * @enum {string}
             */
            topic?: "marriage_family" | "labour_wages" | "land_housing" | "contract_debt" | "neighbour" | "traffic" | "inheritance" | "consumer" | "administrative" | "other";
            /** @description Stored as plain text, never rendered as HTML */
            description?: string;
            name?: string;
        };
        WaitlistOfferResponse: {
            slot: components["schemas"]["AppointmentSlotResponse"];
            /**
             * Format: date-time
             * @description Confirm before this; then it passes on
             */
            expiresAt: string;
        };
        WaitlistEntryResponse: {
            /** Format: uuid */
            id: string;
            /**
             * @description waiting; offered (a place is held for you: confirm it); booked; expired (the offer passed on); left; lapsed (the slot or day passed)
             * @enum {string}
             */
            status: "waiting" | "offered" | "booked" | "expired" | "left" | "lapsed";
            /**
             * @description Place in line while waiting (1: next to be offered a freed place)
             * @example 1
             */
            position: number | null;
            /** Format: uuid */
            servicePointId: string;
            /**
             * Format: date
             * @example 2026-11-23
             */
            date: string;
            /** @description The slot waited for; null for any slot of the day */
            slot: components["schemas"]["AppointmentSlotResponse"] | null;
            /** @description While status is offered */
            offer: components["schemas"]["WaitlistOfferResponse"] | null;
            /**
             * Format: uuid
             * @description Once booked
             */
            appointmentId: string | null;
            topic: string;
            /** Format: date-time */
            createdAt: string;
        };
        JoinDayWaitlistDto: {
            /**
             * @description Default other
             * @enum {string}
             */
            topic?: "marriage_family" | "labour_wages" | "land_housing" | "contract_debt" | "neighbour" | "traffic" | "inheritance" | "consumer" | "administrative" | "other";
            /** @description Stored as plain text, never rendered as HTML */
            description?: string;
            name?: string;
            /**
             * Format: date
             * @description The business day waited for
             * @example 2026-11-23
             */
            date: string;
        };
        RatingLinkResponse: {
            /** @example 胜山镇公共法律服务站 */
            servicePointName: string;
            lawyerName: string | null;
            /** Format: date-time */
            startsAt: string;
            topic: string;
            /**
             * Format: date-time
             * @description The link works once, until then
             */
            expiresAt: string;
        };
        CreateServiceLogDto: {
            /**
             * @description consultation 法律咨询 (counted in 人次 = peopleCount), document_drafting 代拟法律文书 (份), legal_aid 协助申请法律援助 (件), mediation 参与矛盾纠纷调处 (起), village_affairs 协助村级处置法律事务 (件), contract_review 审核村级经济合同 (份), grid_guidance 指导网格员 (起)
             * @enum {string}
             */
            type: "consultation" | "document_drafting" | "legal_aid" | "mediation" | "village_affairs" | "contract_review" | "grid_guidance";
            /** @enum {string} */
            topic: "marriage_family" | "labour_wages" | "land_housing" | "contract_debt" | "neighbour" | "traffic" | "inheritance" | "consumer" | "administrative" | "other";
            /**
             * Format: uuid
             * @description Where the service was given; the log takes the point’s region code. A lawyer records only where they had a shift that day or advise the village.
             */
            servicePointId: string;
            /**
             * Format: date-time
             * @description When the service took place (ISO instant with offset); not in the future. The edit window counts from its business day: a lawyer records and edits the entry until the end of the WORKLOG_EDIT_DAYS-th day after it (Asia/Shanghai); officials backfill and correct older ones.
             * @example 2026-11-23T10:30:00+08:00
             */
            occurredAt: string;
            /**
             * @description People served (人次)
             * @example 1
             */
            peopleCount: number;
            /** @description Stored as plain text, never rendered as HTML */
            summary: string;
            outcome?: string | null;
            /**
             * @description The resident’s mobile number, where given: stored encrypted, shown masked (138****5678); it counts the resident once per period in uniqueResidents (compared by a keyed blind index, with the phones of residents who booked). null clears it.
             * @example 13812345678
             */
            residentPhone?: string | null;
            /**
             * @description Needs a follow-up (回访)
             * @default false
             */
            followUp?: boolean;
            /**
             * Format: uuid
             * @description The completed appointment this service answered (from the serviceLogDraft of POST /appointments/:id/complete); one appointment gives at most one log (409)
             */
            appointmentId?: string;
            /**
             * @description Mediation only: amount involved (涉及金额), yuan with at most 2 decimals
             * @example 52000.5
             */
            amountInvolved?: number | null;
            /** @description Mediation only: whether the dispute was resolved */
            resolved?: boolean | null;
            /**
             * @description Contract review only: the contract amount (标的额), yuan with at most 2 decimals
             * @example 180000
             */
            contractAmount?: number | null;
            /**
             * Format: uuid
             * @description The lawyer who gave the service: required when an official records on a lawyer’s behalf; a lawyer may only name themselves
             */
            lawyerId?: string;
        };
        ServiceLogResponse: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            type: "consultation" | "document_drafting" | "legal_aid" | "mediation" | "village_affairs" | "contract_review" | "grid_guidance";
            /** @enum {string} */
            topic: "marriage_family" | "labour_wages" | "land_housing" | "contract_debt" | "neighbour" | "traffic" | "inheritance" | "consumer" | "administrative" | "other";
            /** Format: uuid */
            servicePointId: string;
            /** @description The service point’s region code */
            regionCode: string;
            /** Format: uuid */
            lawyerId: string;
            lawyerName: string;
            /**
             * Format: uuid
             * @description The lawyer’s shift at the point that day, if any
             */
            shiftId: string | null;
            /** Format: uuid */
            appointmentId: string | null;
            /**
             * Format: date-time
             * @description ISO instant
             */
            occurredAt: string;
            peopleCount: number;
            summary: string;
            outcome: string | null;
            followUp: boolean;
            /**
             * @description The resident’s phone as recorded, masked; null when not given
             * @example 138****5678
             */
            residentPhoneMasked: string | null;
            /**
             * Format: date-time
             * @description 回访: when a phone follow-up reached the resident (POST /service-logs/{id}/follow-up)
             */
            followedUpAt: string | null;
            /** @description Yuan */
            amountInvolved: number | null;
            resolved: boolean | null;
            /** @description Yuan */
            contractAmount: number | null;
            /** @description Who wrote the entry (the lawyer, or an official on their behalf) */
            recordedBy: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description End of the lawyer’s edit window (exclusive): the start of the day after the WORKLOG_EDIT_DAYS-th business day (Asia/Shanghai) after the service date (occurredAt), whoever wrote the entry and whenever. Until then its lawyer edits or voids it; then officials correct it, with a reason. */
            editableUntil: string;
            /** @description The edit window has closed (now ≥ editableUntil): only an official changes it */
            locked: boolean;
            /**
             * Format: date-time
             * @description Voided entries count nowhere
             */
            voidedAt: string | null;
            voidReason: string | null;
            voidedBy: string | null;
            /**
             * @description import: brought in from a ledger (importId)
             * @enum {string}
             */
            source: "entry" | "import";
            /**
             * Format: uuid
             * @description The import it came from
             */
            importId: string | null;
        };
        ServiceLogPage: {
            items: components["schemas"]["ServiceLogResponse"][];
            total: number;
            page: number;
            pageSize: number;
        };
        UpdateServiceLogDto: {
            /**
             * @description consultation 法律咨询 (counted in 人次 = peopleCount), document_drafting 代拟法律文书 (份), legal_aid 协助申请法律援助 (件), mediation 参与矛盾纠纷调处 (起), village_affairs 协助村级处置法律事务 (件), contract_review 审核村级经济合同 (份), grid_guidance 指导网格员 (起)
             * @enum {string}
             */
            type?: "consultation" | "document_drafting" | "legal_aid" | "mediation" | "village_affairs" | "contract_review" | "grid_guidance";
            /** @enum {string} */
            topic?: "marriage_family" | "labour_wages" | "land_housing" | "contract_debt" | "neighbour" | "traffic" | "inheritance" | "consumer" | "administrative" | "other";
            /**
             * Format: uuid
             * @description Where the service was given; the log takes the point’s region code. A lawyer records only where they had a shift that day or advise the village.
             */
            servicePointId?: string;
            /**
             * Format: date-time
             * @description When the service took place (ISO instant with offset); not in the future. The edit window counts from its business day: a lawyer records and edits the entry until the end of the WORKLOG_EDIT_DAYS-th day after it (Asia/Shanghai); officials backfill and correct older ones.
             * @example 2026-11-23T10:30:00+08:00
             */
            occurredAt?: string;
            /**
             * @description People served (人次)
             * @example 1
             */
            peopleCount?: number;
            /** @description Stored as plain text, never rendered as HTML */
            summary?: string;
            outcome?: string | null;
            /**
             * @description The resident’s mobile number, where given: stored encrypted, shown masked (138****5678); it counts the resident once per period in uniqueResidents (compared by a keyed blind index, with the phones of residents who booked). null clears it.
             * @example 13812345678
             */
            residentPhone?: string | null;
            /**
             * @description Needs a follow-up (回访)
             * @default false
             */
            followUp?: boolean;
            /**
             * @description Mediation only: amount involved (涉及金额), yuan with at most 2 decimals
             * @example 52000.5
             */
            amountInvolved?: number | null;
            /** @description Mediation only: whether the dispute was resolved */
            resolved?: boolean | null;
            /**
             * @description Contract review only: the contract amount (标的额), yuan with at most 2 decimals
             * @example 180000
             */
            contractAmount?: number | null;
            /**
             * Format: uuid
             * @description The lawyer who gave the service: required when an official records on a lawyer’s behalf; a lawyer may only name themselves
             */
            lawyerId?: string;
            /** @description Why: required when an official corrects an entry (audited with the before/after diff) */
            reason?: string;
        };
        VoidDto: {
            /** @example 重复登记 */
            reason: string;
        };
        FollowUpDto: {
            /** @description Whether the call reached the resident */
            reached: boolean;
            /** @description Whether the resident was satisfied (only when reached) */
            satisfied?: boolean;
            comment?: string;
        };
        FollowUpResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            serviceLogId: string;
            /** @description The consultation’s service point’s region code */
            regionCode: string;
            reached: boolean;
            satisfied: boolean | null;
            comment: string | null;
            /** Format: date-time */
            calledAt: string;
            /**
             * Format: uuid
             * @description Who recorded the call
             */
            recordedBy: string;
        };
        CreateWorkshopDto: {
            /**
             * Format: uuid
             * @description Where it was held: a centre or a village point (the workshop takes its region code)
             */
            servicePointId: string;
            /**
             * Format: date-time
             * @description When the workshop was held (ISO instant with offset); not in the future. The edit window counts from its business day: its lecturer records and edits it until the end of the WORKLOG_EDIT_DAYS-th day after it (Asia/Shanghai); officials backfill and correct older ones.
             * @example 2026-11-20T14:00:00+08:00
             */
            heldAt: string;
            /**
             * @description Plain text, never rendered as HTML
             * @example 农村土地承包法律知识讲座
             */
            topic: string;
            /** @description Audience (人次) */
            audienceCount: number;
            /**
             * @description lecture 法治讲座 (堂), publicity 普法宣传活动, training 网格员培训; all count as workshops (场)
             * @enum {string}
             */
            kind: "lecture" | "publicity" | "training";
            /**
             * Format: uuid
             * @description The lawyer who gave it: a lawyer records their own (naming another is 403); an official names a lawyer of their jurisdiction, or none
             */
            lecturerId?: string | null;
        };
        WorkshopResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            servicePointId: string;
            /** @description The service point’s region code */
            regionCode: string;
            /**
             * Format: date-time
             * @description ISO instant
             */
            heldAt: string;
            topic: string;
            /** @enum {string} */
            kind: "lecture" | "publicity" | "training";
            audienceCount: number;
            /** Format: uuid */
            lecturerId: string | null;
            lecturerName: string | null;
            recordedBy: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description End of the lecturer’s edit window (exclusive): the start of the day after the WORKLOG_EDIT_DAYS-th business day (Asia/Shanghai) after the workshop was held (heldAt), whoever wrote the entry and whenever. Until then its lecturer edits or voids it; then officials correct it, with a reason. */
            editableUntil: string;
            /** @description The edit window has closed (now ≥ editableUntil): only an official changes it */
            locked: boolean;
            /**
             * Format: date-time
             * @description Voided workshops count nowhere
             */
            voidedAt: string | null;
            voidReason: string | null;
            voidedBy: string | null;
            /**
             * @description import: brought in from a ledger (importId)
             * @enum {string}
             */
            source: "entry" | "import";
            /**
             * Format: uuid
             * @description The import it came from
             */
            importId: string | null;
        };
        WorkshopPage: {
            items: components["schemas"]["WorkshopResponse"][];
            total: number;
            page: number;
            pageSize: number;
        };
        UpdateWorkshopDto: {
            /**
             * Format: uuid
             * @description Where it was held: a centre or a village point (the workshop takes its region code)
             */
            servicePointId?: string;
            /**
             * Format: date-time
             * @description When the workshop was held (ISO instant with offset); not in the future. The edit window counts from its business day: its lecturer records and edits it until the end of the WORKLOG_EDIT_DAYS-th day after it (Asia/Shanghai); officials backfill and correct older ones.
             * @example 2026-11-20T14:00:00+08:00
             */
            heldAt?: string;
            /**
             * @description Plain text, never rendered as HTML
             * @example 农村土地承包法律知识讲座
             */
            topic?: string;
            /** @description Audience (人次) */
            audienceCount?: number;
            /**
             * @description lecture 法治讲座 (堂), publicity 普法宣传活动, training 网格员培训; all count as workshops (场)
             * @enum {string}
             */
            kind?: "lecture" | "publicity" | "training";
            /**
             * Format: uuid
             * @description The lawyer who gave it: a lawyer records their own (naming another is 403); an official names a lawyer of their jurisdiction, or none
             */
            lecturerId?: string | null;
            /** @description Why: required when an official corrects a workshop */
            reason?: string;
        };
        ApplicantResponse: {
            name: string;
            /** @example 138****5678 */
            phoneMasked: string;
            /** @example 330282**********31 */
            idNumberMasked: string;
            /** @description Only with reveal=true */
            phone?: string;
            /** @description Only with reveal=true */
            idNumber?: string;
        };
        StaffRef: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        TimelineEntry: {
            /** @enum {string} */
            step: "apply" | "accept" | "reject" | "assign" | "start" | "close" | "withdraw" | "terminate" | "reassign";
            /** @enum {string|null} */
            fromStatus: "applied" | "accepted" | "rejected" | "assigned" | "in_progress" | "closed" | "withdrawn" | "terminated" | null;
            /** @enum {string} */
            toStatus: "applied" | "accepted" | "rejected" | "assigned" | "in_progress" | "closed" | "withdrawn" | "terminated";
            /** @description Who took the step */
            actor: components["schemas"]["StaffRef"];
            /** @description When the step happened (ISO instant): the date given for it (receivedAt, decidedAt, assignedAt, closedAt), else when it was recorded */
            at: string;
            /**
             * Format: date-time
             * @description When the step was recorded (ISO instant); later than `at` for a step recorded afterwards
             */
            recordedAt: string;
            note: string | null;
            /** @description e.g. { lawyerId, previousLawyerId } of an assignment */
            details?: {
                [key: string]: unknown;
            };
        };
        LegalAidCaseResponse: {
            /** Format: uuid */
            id: string;
            /** @example (2026)慈法援字第0001号 */
            caseNo: string;
            /** @enum {string} */
            status: "applied" | "accepted" | "rejected" | "assigned" | "in_progress" | "closed" | "withdrawn" | "terminated";
            /** @enum {string} */
            category: "labour_wages" | "marriage_family" | "traffic_injury" | "medical" | "consumer" | "land_housing" | "criminal_defence" | "other";
            /** @description As given, plain text */
            summary: string;
            applicant: components["schemas"]["ApplicantResponse"];
            /** Format: uuid */
            servicePointId: string;
            regionCode: string;
            /** Format: date-time */
            receivedAt: string;
            /**
             * @description Statutory clocks of the Legal Aid Law of the PRC: the decision is due 7 days after the application is received (art. 43), the assignment 3 days after the decision to grant aid (art. 44). Days are calendar days in Asia/Shanghai; the start day is not counted, and a last day that is not a working day (a weekend or public holiday of the official calendar with its overrides; 调休 make-up days count as working) moves to the next working day, as for every statutory period (民法典 §201, §203). Due dates are met all day long.
             * @example 2026-10-08
             */
            decisionDue: string;
            /**
             * Format: date-time
             * @description When the decision was made; its business day is the decision date
             */
            decidedAt: string | null;
            /** @description true: decided (accepted or rejected) on a day after decisionDue, i.e. after its statutory clock ran out; null until decided. Such a case stays in the overdue report (overdue=true&month=) of the month it was decided in. */
            decidedLate: boolean | null;
            accepted: boolean | null;
            decisionReason: string | null;
            /**
             * @description Set when legal aid is granted
             * @example 2026-10-12
             */
            assignmentDue: string | null;
            assignedLawyer: components["schemas"]["StaffRef"] | null;
            /**
             * Format: date-time
             * @description When the current lawyer was assigned (moves with a reassignment)
             */
            assignedAt: string | null;
            /**
             * Format: date-time
             * @description When a lawyer was first assigned: the assignment clock stops here
             */
            firstAssignedAt: string | null;
            /** @description true: the first lawyer was assigned on a day after assignmentDue; null until assigned (or when legal aid was refused) */
            assignedLate: boolean | null;
            /** Format: date-time */
            startedAt: string | null;
            /** Format: date-time */
            closedAt: string | null;
            outcome: string | null;
            /** @description Yuan */
            amountRecovered: number | null;
            /**
             * Format: date-time
             * @description When it was withdrawn or terminated
             */
            endedAt: string | null;
            endReason: string | null;
            /** @description Past a statutory clock today and not yet decided or assigned (a warning for officials); a step taken late is shown by decidedLate / assignedLate instead */
            overdue: boolean;
            /**
             * @description Which clock has run out
             * @enum {string|null}
             */
            overdueClock: "decision" | "assignment" | null;
            timeline: components["schemas"]["TimelineEntry"][];
            /**
             * @description import: brought in from a ledger (importId)
             * @enum {string}
             */
            source: "entry" | "import";
            /**
             * Format: uuid
             * @description The import it came from
             */
            importId: string | null;
            /**
             * Format: date-time
             * @description Voided with its import: counts nowhere, takes no step
             */
            voidedAt: string | null;
        };
        ApplicantDto: {
            /** @example 王建国 */
            name: string;
            /**
             * @description Mainland mobile number
             * @example 13812345678
             */
            phone: string;
            /**
             * @description 居民身份证号码 (GB 11643): 18 characters, the last a check digit 0-9 or X; checked
             * @example 330282199001011231
             */
            idNumber: string;
        };
        CreateLegalAidCaseDto: {
            /** @description Stored encrypted; shown masked */
            applicant: components["schemas"]["ApplicantDto"];
            /**
             * Format: uuid
             * @description Where the application was taken in; its region becomes the case’s
             */
            servicePointId: string;
            /**
             * @description labour_wages 劳动报酬/欠薪, marriage_family 婚姻家庭, traffic_injury 交通事故人身损害, medical 医疗纠纷, consumer 消费维权, land_housing 土地房屋, criminal_defence 刑事辩护, other 其他
             * @enum {string}
             */
            category: "labour_wages" | "marriage_family" | "traffic_injury" | "medical" | "consumer" | "land_housing" | "criminal_defence" | "other";
            /** @description Stored as plain text, never rendered as HTML */
            summary: string;
            /**
             * Format: date-time
             * @description When the application was received (ISO instant, not in the future); default now
             */
            receivedAt?: string;
        };
        DecisionDto: {
            /** @description true grants legal aid (accepted), false refuses it (rejected) */
            accepted: boolean;
            /** @description Required when refusing: the applicant is told why */
            reason?: string;
            /**
             * Format: date-time
             * @description When the decision was made. ISO instant with offset, e.g. 2026-03-02T15:00:00+08:00; default now (the server’s clock). For recording a step on a later day than it happened: not in the future, not before the step it follows (400 naming the field). Not before the application was received (receivedAt). Its business day (Asia/Shanghai) is the decision date: the month the case counts in (legalAidCases), the start of the assignment clock (assignmentDue), and after decisionDue a late decision (decidedLate).
             * @example 2026-03-02T15:00:00+08:00
             */
            decidedAt?: string;
        };
        AssignDto: {
            /**
             * Format: uuid
             * @description An active lawyer of the same county
             */
            lawyerId: string;
            /**
             * Format: date-time
             * @description When the lawyer was assigned. ISO instant with offset, e.g. 2026-03-02T15:00:00+08:00; default now (the server’s clock). For recording a step on a later day than it happened: not in the future, not before the step it follows (400 naming the field). Not before the decision (decidedAt), nor, for a reassignment, before the previous assignment or the start of work. The first assignment after assignmentDue is a late assignment (assignedLate).
             * @example 2026-03-04T09:00:00+08:00
             */
            assignedAt?: string;
        };
        CloseDto: {
            /** @example 调解结案，用人单位支付拖欠工资 */
            outcome: string;
            /**
             * @description Yuan recovered for the applicant (≥ 0, 2 decimals)
             * @example 12800.5
             */
            amountRecovered?: number;
            /**
             * Format: date-time
             * @description When the case was closed. ISO instant with offset, e.g. 2026-03-02T15:00:00+08:00; default now (the server’s clock). For recording a step on a later day than it happened: not in the future, not before the step it follows (400 naming the field). Not before the assignment (assignedAt), the start of work or the decision. The amount recovered counts on the closing day (legalAidRecovered).
             * @example 2026-05-20T16:00:00+08:00
             */
            closedAt?: string;
        };
        OptionalReasonDto: {
            reason?: string;
        };
        ReasonDto: {
            reason: string;
        };
        ImportJsonBody: {
            /** @enum {string} */
            kind: "service_logs" | "workshops" | "legal_aid_cases";
            /**
             * @description true: check every row, write nothing
             * @default false
             */
            dryRun?: boolean;
            /** @description Rows shaped like the create bodies. Work log: type, topic, servicePointId, occurredAt, peopleCount, summary, outcome?, amountInvolved?, resolved?, contractAmount?, lawyerId | lawyerName. Workshops: servicePointId, heldAt, topic, audienceCount, kind, lecturerId? | lecturerName?. Legal aid: applicant { name, phone, idNumber }, servicePointId, category, summary, receivedAt, decidedAt?, accepted?, decisionReason?, assignedAt?, lawyerId | lawyerName?, closedAt?, outcome?, amountRecovered?. Codes or their Chinese names for the vocabularies; dates YYYY-MM-DD (09:00 that day), YYYY-MM-DD HH:mm (Asia/Shanghai) or ISO instants, from 2010-01-01 to now; amounts in yuan with at most 2 decimals. A lawyer not on the staff is kept by name (a staff row that is only a name, never a login). */
            rows: {
                [key: string]: unknown;
            }[];
        };
        ImportMultipartBody: {
            /**
             * Format: binary
             * @description The xlsx (a template of the kind); at most 20 MB
             */
            file: string;
            /** @enum {string} */
            kind: "service_logs" | "workshops" | "legal_aid_cases";
            /**
             * @default false
             * @enum {string}
             */
            dryRun?: "true" | "false";
        };
        ImportProblem: {
            /** @description Row number: the sheet row (the header is row 1), or the position in `rows` from 1 */
            row: number;
            /** @example occurredAt */
            field: string;
            /**
             * @description The Chinese column header
             * @example 服务日期
             */
            column: string;
            /** @example 服务日期不能晚于今天(2026-11-23) */
            message: string;
        };
        ImportResponse: {
            /**
             * Format: uuid
             * @description The import written (null for a dry run or a refusal)
             */
            id: string | null;
            /** @enum {string} */
            kind: "service_logs" | "workshops" | "legal_aid_cases";
            dryRun: boolean;
            /** @description Rows read */
            rows: number;
            /** @description Rows that pass every check */
            accepted: number;
            rejected: components["schemas"]["ImportProblem"][];
            /** @description Whether the rows were written (all of them, in one transaction) */
            committed: boolean;
            /** @description Lawyers named in the rows who are not on the staff: kept by name (no login is created) */
            namedLawyers: string[];
            /** Format: date */
            firstDate: string | null;
            /** Format: date */
            lastDate: string | null;
        };
        ImportBatchResponse: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "service_logs" | "workshops" | "legal_aid_cases";
            regionCode: string;
            fileName: string | null;
            /** @description sha256 of the file (or of the JSON rows) */
            contentHash: string;
            rows: number;
            /** Format: date */
            firstDate: string;
            /** Format: date */
            lastDate: string;
            /** Format: uuid */
            createdBy: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            withdrawnAt: string | null;
            withdrawReason: string | null;
        };
        ImportWithdrawalResponse: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "service_logs" | "workshops" | "legal_aid_cases";
            regionCode: string;
            fileName: string | null;
            /** @description sha256 of the file (or of the JSON rows) */
            contentHash: string;
            rows: number;
            /** Format: date */
            firstDate: string;
            /** Format: date */
            lastDate: string;
            /** Format: uuid */
            createdBy: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            withdrawnAt: string | null;
            withdrawReason: string | null;
            /** @description Records voided by the withdrawal (those voided one by one before are not counted) */
            voided: number;
        };
        DutyEntryResponse: {
            lawyerName: string;
            /** @example 09:00 */
            from: string;
            /** @example 17:00 */
            to: string;
            /** @enum {string} */
            kind: "window" | "village_visit" | "on_call";
        };
        DutyColumnResponse: {
            /** Format: uuid */
            servicePointId: string;
            name: string;
            /** @enum {string} */
            kind: "county_center" | "township_center" | "village_point";
        };
        DutyRowResponse: {
            /** @example 2026-11-02 */
            date: string;
            /**
             * @description 一 … 日
             * @example 一
             */
            weekday: string;
            workday: boolean;
            /**
             * @description A holiday’s or make-up day’s name, else empty
             * @example
             */
            dayName: string;
            /** @description One cell per column, in the columns’ order: the lawyers on duty there that day */
            cells: components["schemas"]["DutyEntryResponse"][][];
        };
        DutyRosterResponse: {
            /** @example 330282113 */
            regionCode: string;
            /** @example 胜山镇 */
            regionName: string;
            /** @example 2026-11 */
            month: string;
            /** @example 胜山镇公共法律服务值班表(2026年11月) */
            title: string;
            /** @description The township office’s phone (its township centre’s), if recorded */
            phone: string | null;
            columns: components["schemas"]["DutyColumnResponse"][];
            rows: components["schemas"]["DutyRowResponse"][];
        };
        CreateObligationDto: {
            /**
             * @description The county, township or village (6, 9 or 12 digits) it holds in, within your jurisdiction
             * @example 330282113
             */
            regionCode: string;
            /**
             * @description The kind of point it holds for; omitted or null: every kind
             * @enum {string|null}
             */
            pointKind?: "county_center" | "township_center" | "village_point" | null;
            /**
             * @description service_days: days a month with a sign-in or a work-log entry at the point (≤ 31); service_hours: hours a month between sign-in and sign-out (≤ 744); lectures: lectures a quarter (≤ 92); visits: visits an ISO week (≤ 7), usually with pilotOnly
             * @enum {string}
             */
            measure: "service_days" | "service_hours" | "lectures" | "visits";
            /**
             * @description How many a period requires (whole numbers; the measure sets the most)
             * @example 2
             */
            required: number;
            /**
             * @description Only at pilot villages (试点村)
             * @default false
             */
            pilotOnly?: boolean;
        };
        ObligationResponse: {
            /** Format: uuid */
            id: string;
            /** @example 330282113 */
            regionCode: string;
            /** @enum {string|null} */
            pointKind: "county_center" | "township_center" | "village_point" | null;
            /** @enum {string} */
            measure: "service_days" | "service_hours" | "lectures" | "visits";
            /**
             * @description month for days and hours, quarter for lectures, iso_week for visits
             * @enum {string}
             */
            period: "month" | "quarter" | "iso_week";
            /** @example 2 */
            required: number;
            pilotOnly: boolean;
            /** Format: date-time */
            createdAt: string;
        };
        QuotaItem: {
            /**
             * @description The point’s region (a village’s 12 digits)
             * @example 330282113201
             */
            regionCode: string;
            /** @example 一灶村 */
            regionName: string;
            /** Format: uuid */
            servicePointId: string;
            pointName: string;
            /** @enum {string} */
            pointKind: "county_center" | "township_center" | "village_point";
            /** Format: uuid */
            lawyerId: string;
            lawyerName: string;
            /** Format: uuid */
            obligationId: string;
            /**
             * @description What the obligation counts
             * @enum {string}
             */
            obligation: "service_days" | "service_hours" | "lectures" | "visits";
            /** @example 2026-11 */
            period: string;
            /** @example 2 */
            required: number;
            /**
             * @description Delivered so far: days (or visits) with a sign-in for a shift at the point or a work-log entry there; hours between sign-in and sign-out (one decimal); lectures given there
             * @example 1
             */
            delivered: number;
            /**
             * @description Still planned: published shifts at the point not yet over (days not yet delivered, or their remaining hours)
             * @example 0
             */
            planned: number;
            /**
             * @description met: delivered ≥ required; missed: the period is over and it was not met; at_risk: delivered + planned < required; on_track otherwise
             * @enum {string}
             */
            status: "met" | "on_track" | "at_risk" | "missed";
        };
        QuotasResponse: {
            /** @example 330282113 */
            regionCode: string;
            /** @example 2026-11 */
            period: string;
            /** @enum {string} */
            periodKind: "month" | "quarter" | "iso_week";
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            /**
             * Format: date-time
             * @description The instant the quotas were evaluated at
             */
            asOf: string;
            items: components["schemas"]["QuotaItem"][];
        };
        ServicesByType: {
            consultation: number;
            document_drafting: number;
            legal_aid: number;
            mediation: number;
            village_affairs: number;
            contract_review: number;
            grid_guidance: number;
        };
        AssessmentRow: {
            /** Format: uuid */
            lawyerId: string;
            lawyerName: string;
            /** @example 330282113201 */
            regionCode: string;
            /** @example 一灶村 */
            regionName: string;
            /** Format: uuid */
            servicePointId: string;
            pointName: string;
            /** @description Days with a sign-in for a shift at the village’s point or a work-log entry there */
            serviceDays: number;
            /** @description Hours between sign-in and sign-out at the point (one decimal) */
            serviceHours: number;
            services: components["schemas"]["ServicesByType"];
            /** @description People served in consultations (人次) */
            consultationPeople: number;
            /** @description Lectures (法治讲座) given at the point */
            lectures: number;
            /** @description Residents’ ratings of appointments with the advisor there */
            ratings: number;
            /** @description Mean rating (1–5, two decimals); null without ratings */
            ratingAverage: number | null;
            /** @description Obligation periods of the quarter met (months, the quarter, ISO weeks) */
            obligationsMet: number;
            /** @description Obligation periods of the quarter due so far: those over, and those already met */
            obligationsDue: number;
            /** @description Absences: the advisor’s shifts at the point without a sign-in (attendance status absent) */
            absences: number;
            /** @description The county’s weighted score; null when it set no weights */
            score: number | null;
        };
        AssessmentResponse: {
            /** @example 330282113 */
            regionCode: string;
            /** @example 胜山镇 */
            regionName: string;
            /** @example 2026-Q4 */
            quarter: string;
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            /** Format: date-time */
            asOf: string;
            /** @description The county’s score weights by figure; null: a plain listing without a score */
            weights: {
                [key: string]: number;
            } | null;
            items: components["schemas"]["AssessmentRow"][];
        };
        AssessmentWeightsResponse: {
            /** @example 330282 */
            countyCode: string;
            /** @description The weights by figure; null: a plain listing without a score */
            weights: {
                [key: string]: number;
            } | null;
        };
        AssessmentWeightsDto: {
            /** @description Per service day; omitted or 0: not weighed */
            serviceDays?: number;
            /** @description Per service hour; omitted or 0: not weighed */
            serviceHours?: number;
            /** @description Per work-log entry of any type; omitted or 0: not weighed */
            services?: number;
            /** @description Per lecture; omitted or 0: not weighed */
            lectures?: number;
            /** @description Times the mean rating (0 without ratings); omitted or 0: not weighed */
            ratingAverage?: number;
            /** @description Per obligation period met; omitted or 0: not weighed */
            obligationsMet?: number;
            /** @description Per absence (usually negative); omitted or 0: not weighed */
            absences?: number;
        };
        CreateRequestDto: {
            /**
             * @description swap: hand one of your shifts (`shiftId`) to a colleague (`toLawyerId`), who accepts first; leave: whole days `from`–`to`; attendance_fix (补卡): a missing sign-in or sign-out (`fixType`, `at`) of one of your past shifts (`shiftId`)
             * @enum {string}
             */
            kind: "swap" | "leave" | "attendance_fix";
            /** @example 孩子生病需陪同就医 */
            reason: string;
            /**
             * Format: uuid
             * @description swap and attendance_fix: your shift
             */
            shiftId?: string;
            /**
             * Format: uuid
             * @description swap: the colleague who takes the shift
             */
            toLawyerId?: string;
            /**
             * @description leave: first day
             * @example 2026-12-01
             */
            from?: string;
            /**
             * @description leave: last day, inclusive
             * @example 2026-12-02
             */
            to?: string;
            /**
             * @description attendance_fix: which one is missing
             * @enum {string}
             */
            fixType?: "check_in" | "check_out";
            /**
             * Format: date-time
             * @description attendance_fix: when you signed in or out (ISO instant)
             */
            at?: string;
        };
        RequestResponse: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "swap" | "leave" | "attendance_fix";
            /**
             * @description pending; accepted (a swap the colleague accepted, awaiting the official); approved; refused
             * @enum {string}
             */
            status: "pending" | "accepted" | "approved" | "refused";
            /** Format: uuid */
            lawyerId: string;
            lawyerName: string;
            /** @example 330282113 */
            regionCode: string;
            reason: string;
            /** Format: uuid */
            shiftId: string | null;
            /** Format: uuid */
            toLawyerId: string | null;
            toLawyerName: string | null;
            /** Format: date */
            from: string | null;
            /** Format: date */
            to: string | null;
            /** @enum {string|null} */
            fixType: "check_in" | "check_out" | null;
            /** Format: date-time */
            at: string | null;
            /** Format: date-time */
            acceptedAt: string | null;
            /** Format: uuid */
            decidedBy: string | null;
            /** Format: date-time */
            decidedAt: string | null;
            decisionReason: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        RefuseRequestDto: {
            /** @example 当日人手不足，请另行安排 */
            reason: string;
        };
        NoticeResponse: {
            /** Format: uuid */
            id: string;
            /**
             * @description request_decided, swap_asked, new_booking, absence (a window lawyer did not sign in), legal_aid_clock, recount_difference
             * @example request_decided
             */
            kind: string;
            text: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            readAt: string | null;
        };
        NoticeListResponse: {
            /** @description The latest 100, newest first */
            items: components["schemas"]["NoticeResponse"][];
            unread: number;
        };
        NoticePreferenceDto: {
            /**
             * @description sms: also by SMS; in_app: only in the notice list (default)
             * @enum {string}
             */
            channel: "sms" | "in_app";
        };
        AbsenceResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            shiftId: string;
            /**
             * Format: uuid
             * @description The lawyer who did not sign in
             */
            lawyerId: string;
            /** @example 330282113 */
            regionCode: string;
            /** Format: date */
            date: string;
            /** Format: date-time */
            detectedAt: string;
            /** Format: uuid */
            standbyLawyerId: string | null;
            /** @enum {string|null} */
            standbySource: "on_call" | "rotation" | null;
            /** Format: date-time */
            acceptedAt: string | null;
            /** @description Minutes from detection to acceptance */
            responseMinutes: number | null;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    HealthController_check: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Up */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok" | "degraded";
                        info?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        };
                        error?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        };
                        details?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description SERVICE_UNAVAILABLE: not ready; `details` holds each indicator’s report (the database down) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    HealthController_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Up */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok" | "degraded";
                        info?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        };
                        error?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        };
                        details?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description SERVICE_UNAVAILABLE: not ready; `details` holds each indicator’s report (the database down) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    HealthController_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Up */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok" | "degraded";
                        info?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        };
                        error?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        };
                        details?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description SERVICE_UNAVAILABLE: not ready; `details` holds each indicator’s report (the database down) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    MetricsController_scrape: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Prometheus text format 0.0.4 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description UNAUTHENTICATED: no or a wrong scrape token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description NOT_FOUND: metrics are off */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ClientConfigController_get_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientConfigResponse"];
                };
            };
        };
    };
    StatsController_ranking_v1: {
        parameters: {
            query: {
                /** @description The region whose counties or townships are ranked (a province, city or county) */
                regionCode: string;
                /** @description A month (YYYY-MM) or a year (YYYY: year to date, through this month for the current year) */
                period: string;
                /** @description The metric to rank by */
                metric: "consultations" | "documentsDrafted" | "legalAidCases" | "legalAidRecovered" | "legalAidReferrals" | "mediations" | "mediationsResolved" | "mediationAmount" | "gridGuidance" | "villageAffairs" | "contractsReviewed" | "contractAmount" | "workshops" | "lectures" | "workshopAudience" | "dutyDays" | "appointments" | "appointmentsCompleted" | "noShows" | "ratings" | "ratingsSatisfied" | "ratingsViaSms" | "ratingsViaSmsSatisfied" | "followUps" | "followUpsReached" | "followUpsSatisfied" | "followUpsUnsatisfied" | "consultationsFollowedUp" | "villageDisputesAssisted" | "satisfactionRate" | "satisfactionRateApp" | "satisfactionRateSmsLink" | "satisfactionRatePhone" | "followUpRate";
                /** @description Rank the counties below the region, or its townships (the level must lie below the region) */
                level: "county" | "township";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RankingResponse"];
                };
            };
            /** @description VALIDATION_FAILED: a level that does not lie below the region, an unknown metric */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description OUTSIDE_JURISDICTION: a region outside yours */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description REGION_NOT_FOUND: no such region */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    StatsController_monthly_v1: {
        parameters: {
            query: {
                /** @description A province, city, county, township or village */
                regionCode: string;
                month: string;
                /** @description A closed township-month: the figures as that version reported them (1: as first reported at the close), read back from what the close and each amendment kept, never recounted. Only for a township (9 digits); 404 PERIOD_VERSION_NOT_FOUND for a month not closed or a version not made yet. */
                version?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MonthlyStatsResponse"];
                };
            };
            /** @description VALIDATION_FAILED: `version` for a region that is not a township */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: your role may not do this; OUTSIDE_JURISDICTION: the record or region is not in your jurisdiction */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description REGION_NOT_FOUND: no such region; PERIOD_VERSION_NOT_FOUND: the township has not closed the month, or has no such version yet */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    StatsController_monthlyExport_v1: {
        parameters: {
            query: {
                /** @description A province, city, county, township or village */
                regionCode: string;
                month: string;
                format: "xlsx" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description format=xlsx: the workbook; format=csv: the table as CSV (UTF-8 with BOM); as an attachment. Headers `X-Stats-Source` (primary | replica), `X-Stats-As-Of` (the figures include every change up to this instant) and `X-Stats-Lag-Seconds` tell where the figures were read. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: your role may not do this; OUTSIDE_JURISDICTION: the record or region is not in your jurisdiction */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description REGION_NOT_FOUND: no such region */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    StatsController_yearly_v1: {
        parameters: {
            query: {
                /** @description A province, city, county, township or village */
                regionCode: string;
                year: number;
                /** @description Year to date through this month (of `year`); default: this month for the current year, December for past years */
                through?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["YearlyStatsResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: your role may not do this; OUTSIDE_JURISDICTION: the record or region is not in your jurisdiction */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description REGION_NOT_FOUND: no such region */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    StatsController_yearlyReport_v1: {
        parameters: {
            query: {
                /** @description A province, city, county, township or village */
                regionCode: string;
                year: number;
                /** @description Year to date through this month (of `year`); default: this month for the current year, December for past years */
                through?: string;
                format: "text" | "xlsx";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description format=text: the paragraph (UTF-8); format=xlsx: the workbook, as an attachment. Headers `X-Stats-Source` (primary | replica), `X-Stats-As-Of` (the figures include every change up to this instant) and `X-Stats-Lag-Seconds` tell where the figures were read. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: your role may not do this; OUTSIDE_JURISDICTION: the record or region is not in your jurisdiction */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description REGION_NOT_FOUND: no such region */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A `through` month that has not ended yet */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PeriodsController_close_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClosePeriodDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PeriodResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description OUTSIDE_JURISDICTION: not a township of yours; READ_ONLY_JURISDICTION: a city or province official */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description REGION_NOT_FOUND: no such township */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PERIOD_ALREADY_CLOSED: the month is closed already (a change now is a correction: a new version) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PERIOD_NOT_OVER: the month has not ended; PERIOD_HAS_RECORDS: zeroReport for a month with records; PERIOD_ZERO_REPORT_REQUIRED: a month without records closes only with zeroReport: true */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PeriodsController_list_v1: {
        parameters: {
            query: {
                page?: number;
                pageSize?: number;
                /** @description A province, city, county or township: its townships are listed */
                regionCode: string;
                month: string;
                /** @description Only townships of this status; `open`: the townships behind on closing */
                status?: "open" | "closed" | "zero";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PeriodsPageResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description OUTSIDE_JURISDICTION: a region outside yours */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description REGION_NOT_FOUND: no such region */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AuditEventsController_list_v1: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                action?: string;
                entityType?: string;
                entityId?: string;
                actorId?: string;
                /** @description ISO instant, inclusive */
                from?: string;
                /** @description ISO instant, exclusive */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["AuditEventResponse"][];
                        /** @description All matches, over every page */
                        total: number;
                        page: number;
                        pageSize: number;
                    };
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: your role may not do this; OUTSIDE_JURISDICTION: the record or region is not in your jurisdiction */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A record the request names (in the path, or an id in the query or body) does not exist or is outside your jurisdiction; `code` names it, e.g. SHIFT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AuditEventsController_verify_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditChainResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: your role may not do this; OUTSIDE_JURISDICTION: the record or region is not in your jurisdiction */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AuthController_login_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPairResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description INVALID_CREDENTIALS, for a wrong password and an unknown name alike; ACCOUNT_DISABLED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description ACCOUNT_LOCKED after a distributed attack, until the security administrator unlocks it */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description LOGIN_DELAYED (with Retry-After) after 5 wrong passwords for the name from this address; TOO_MANY_REQUESTS: more than AUTH_THROTTLE_LIMIT requests a minute from this address (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AuthController_refresh_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPairResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description INVALID_REFRESH_TOKEN; REFRESH_TOKEN_REUSED (a used one sent again ends its session) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description TOO_MANY_REQUESTS: more than AUTH_THROTTLE_LIMIT requests a minute from this address (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AuthController_logout_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LogoutDto"];
            };
        };
        responses: {
            /** @description Ended */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 401 UNAUTHENTICATED without a valid access token (missing, forged, expired, or without `exp`); 401 SESSION_ENDED when its sign-in session has ended (logout, a new password, the account disabled, ended by its owner or the security administrator): sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description TOO_MANY_REQUESTS: more than AUTH_THROTTLE_LIMIT requests a minute from this address (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AuthController_me_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthUser"];
                };
            };
            /** @description 401 UNAUTHENTICATED without a valid access token (missing, forged, expired, or without `exp`); 401 SESSION_ENDED when its sign-in session has ended (logout, a new password, the account disabled, ended by its owner or the security administrator): sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description TOO_MANY_REQUESTS: more than AUTH_THROTTLE_LIMIT requests a minute from this address (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AuthController_sessions_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionResponse"][];
                };
            };
            /** @description 401 UNAUTHENTICATED without a valid access token (missing, forged, expired, or without `exp`); 401 SESSION_ENDED when its sign-in session has ended (logout, a new password, the account disabled, ended by its owner or the security administrator): sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description TOO_MANY_REQUESTS: more than AUTH_THROTTLE_LIMIT requests a minute from this address (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AuthController_endSession_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 401 UNAUTHENTICATED without a valid access token (missing, forged, expired, or without `exp`); 401 SESSION_ENDED when its sign-in session has ended (logout, a new password, the account disabled, ended by its owner or the security administrator): sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SESSION_NOT_FOUND: not one of your open sessions */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description TOO_MANY_REQUESTS: more than AUTH_THROTTLE_LIMIT requests a minute from this address (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AuthController_changePassword_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordDto"];
            };
        };
        responses: {
            /** @description Changed; every session of the account has ended */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED: a wrong current password (it counts as a wrong login), or a new one that is common or one of your last 5 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 401 UNAUTHENTICATED without a valid access token (missing, forged, expired, or without `exp`); 401 SESSION_ENDED when its sign-in session has ended (logout, a new password, the account disabled, ended by its owner or the security administrator): sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: your role may not do this; OUTSIDE_JURISDICTION: the record or region is not in your jurisdiction */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description LOGIN_DELAYED after 5 wrong passwords from this address; TOO_MANY_REQUESTS: more than AUTH_THROTTLE_LIMIT requests a minute from this address (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    SecurityController_list_v1: {
        parameters: {
            query?: {
                /** @description A staff member (of your jurisdiction); give this or residentId */
                staffId?: string;
                /** @description A resident; give this or staffId */
                residentId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffSessionResponse"][];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 401 UNAUTHENTICATED without a valid access token (missing, forged, expired, or without `exp`); 401 SESSION_ENDED when its sign-in session has ended (logout, a new password, the account disabled, ended by its owner or the security administrator): sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: your role may not do this; OUTSIDE_JURISDICTION: the record or region is not in your jurisdiction */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A record the request names (in the path, or an id in the query or body) does not exist or is outside your jurisdiction; `code` names it, e.g. SHIFT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    SecurityController_end_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 401 UNAUTHENTICATED without a valid access token (missing, forged, expired, or without `exp`); 401 SESSION_ENDED when its sign-in session has ended (logout, a new password, the account disabled, ended by its owner or the security administrator): sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: your role may not do this; OUTSIDE_JURISDICTION: the record or region is not in your jurisdiction */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A record the request names (in the path, or an id in the query or body) does not exist or is outside your jurisdiction; `code` names it, e.g. SHIFT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    SecurityController_unlock_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 401 UNAUTHENTICATED without a valid access token (missing, forged, expired, or without `exp`); 401 SESSION_ENDED when its sign-in session has ended (logout, a new password, the account disabled, ended by its owner or the security administrator): sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: your role may not do this; OUTSIDE_JURISDICTION: the record or region is not in your jurisdiction */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A record the request names (in the path, or an id in the query or body) does not exist or is outside your jurisdiction; `code` names it, e.g. SHIFT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    RegionsController_list_v1: {
        parameters: {
            query?: {
                /** @description Parent region code; omitted: the top of the imported tree */
                parent?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegionResponse"][];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ServicePointsController_list_v1: {
        parameters: {
            query?: {
                /** @description Matches by prefix: a township gives its centre and all its village points */
                regionCode?: string;
                kind?: "county_center" | "township_center" | "village_point";
            };
            header?: {
                /** @description The `ETag` of a copy the client holds: 304 without a body while it is current. */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServicePointResponse"][];
                };
            };
            /** @description Not modified. Cacheable: anonymous answers carry an `ETag` and `Cache-Control: public, max-age=N`, where N is at most `PUBLIC_CACHE_SECONDS` (default 10 s; for slots `PUBLIC_SLOTS_CACHE_SECONDS`, default 2 s), and are compressed (br or gzip) above 1 KiB when the client accepts it; `If-None-Match` with the current ETag answers 304. The server keeps the answer in memory for the same time: a change made through the same server instance (a shift, a point, a booking) shows in its next answer, one made through another instance within those seconds, so no copy is ever more than N seconds behind the data. A request with an access token gets the same JSON with `Cache-Control: no-store`. Booking decides on places by itself: a slot shown free a moment ago may be refused as full (409 SLOT_FULL). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ServicePointsController_create_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateServicePointDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServicePointResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: your role may not do this; OUTSIDE_JURISDICTION: the record or region is not in your jurisdiction */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description KIND_REGION_MISMATCH or REGION_NOT_FOUND: the kind does not fit the region */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ServicePointsController_get_v1: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of a copy the client holds: 304 without a body while it is current. */
                "If-None-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServicePointDetailResponse"];
                };
            };
            /** @description Not modified. Cacheable: anonymous answers carry an `ETag` and `Cache-Control: public, max-age=N`, where N is at most `PUBLIC_CACHE_SECONDS` (default 10 s; for slots `PUBLIC_SLOTS_CACHE_SECONDS`, default 2 s), and are compressed (br or gzip) above 1 KiB when the client accepts it; `If-None-Match` with the current ETag answers 304. The server keeps the answer in memory for the same time: a change made through the same server instance (a shift, a point, a booking) shows in its next answer, one made through another instance within those seconds, so no copy is ever more than N seconds behind the data. A request with an access token gets the same JSON with `Cache-Control: no-store`. Booking decides on places by itself: a slot shown free a moment ago may be refused as full (409 SLOT_FULL). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A record the request names (in the path, or an id in the query or body) does not exist or is outside your jurisdiction; `code` names it, e.g. SHIFT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ServicePointsController_update_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateServicePointDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServicePointResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: your role may not do this; OUTSIDE_JURISDICTION: the record or region is not in your jurisdiction */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A record the request names (in the path, or an id in the query or body) does not exist or is outside your jurisdiction; `code` names it, e.g. SHIFT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description KIND_REGION_MISMATCH or REGION_NOT_FOUND: the kind does not fit the region */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    StaffController_list_v1: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Prefix match within your jurisdiction */
                regionCode?: string;
                role?: "lawyer" | "official" | "admin" | "security" | "auditor" | "resident";
                kind?: "lawyer" | "legal_worker" | "public_lawyer" | "official" | "admin" | "security" | "auditor";
                /** @description Name or login contains */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["StaffResponse"][];
                        /** @description All matches, over every page */
                        total: number;
                        page: number;
                        pageSize: number;
                    };
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: your role may not do this; OUTSIDE_JURISDICTION: the record or region is not in your jurisdiction */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    StaffController_create_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateStaffDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: your role may not do this; OUTSIDE_JURISDICTION: the record or region is not in your jurisdiction */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description USERNAME_TAKEN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description REGION_NOT_FOUND or a region that does not fit the kind */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    StaffController_get_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: your role may not do this; OUTSIDE_JURISDICTION: the record or region is not in your jurisdiction */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A record the request names (in the path, or an id in the query or body) does not exist or is outside your jurisdiction; `code` names it, e.g. SHIFT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    StaffController_update_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateStaffDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: your role may not do this; OUTSIDE_JURISDICTION: the record or region is not in your jurisdiction */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A record the request names (in the path, or an id in the query or body) does not exist or is outside your jurisdiction; `code` names it, e.g. SHIFT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    StaffController_phone_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffPhoneResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: your role may not do this; OUTSIDE_JURISDICTION: the record or region is not in your jurisdiction */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A record the request names (in the path, or an id in the query or body) does not exist or is outside your jurisdiction; `code` names it, e.g. SHIFT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AdvisorAssignmentsController_list_v1: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                regionCode?: string;
                lawyerId?: string;
                servicePointId?: string;
                /** @description Only assignments in force on that day */
                activeOn?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["AdvisorAssignmentResponse"][];
                        /** @description All matches, over every page */
                        total: number;
                        page: number;
                        pageSize: number;
                    };
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: your role may not do this; OUTSIDE_JURISDICTION: the record or region is not in your jurisdiction */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A record the request names (in the path, or an id in the query or body) does not exist or is outside your jurisdiction; `code` names it, e.g. SHIFT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AdvisorAssignmentsController_create_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAdvisorAssignmentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdvisorAssignmentResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: your role may not do this; OUTSIDE_JURISDICTION: the record or region is not in your jurisdiction */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A record the request names (in the path, or an id in the query or body) does not exist or is outside your jurisdiction; `code` names it, e.g. SHIFT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description ADVISOR_ALREADY_ASSIGNED: the village has one in that period */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description NOT_A_LAWYER or NOT_A_VILLAGE_POINT */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AdvisorAssignmentsController_end_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EndAdvisorAssignmentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdvisorAssignmentResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: your role may not do this; OUTSIDE_JURISDICTION: the record or region is not in your jurisdiction */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A record the request names (in the path, or an id in the query or body) does not exist or is outside your jurisdiction; `code` names it, e.g. SHIFT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description ADVISOR_ALREADY_ASSIGNED: a later end runs into the village’s next advisor */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AdvisorAssignmentsController_coverage_v1: {
        parameters: {
            query?: {
                /** @description Defaults to your own region */
                regionCode?: string;
                /** @description Defaults to today */
                date?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdvisorCoverageResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: your role may not do this; OUTSIDE_JURISDICTION: the record or region is not in your jurisdiction */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CalendarController_list_v1: {
        parameters: {
            query: {
                from: string;
                to: string;
                /** @description A county, township or village code: the answer is its county’s calendar (the first 6 digits). Without it, the signed-in caller’s county; else the national calendar. */
                regionCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarDayResponse"][];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CalendarController_years_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarYearResponse"][];
                };
            };
        };
    };
    CalendarController_year_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarYearDetailResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CalendarController_loadNotice_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoadNoticeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoadNoticeResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: your role may not do this; OUTSIDE_JURISDICTION: the record or region is not in your jurisdiction */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CalendarController_set_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                date: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CalendarOverrideDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarOverrideResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: your role may not do this; OUTSIDE_JURISDICTION: the record or region is not in your jurisdiction */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description REGION_NOT_FOUND: no such county */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CalendarController_remove_v1: {
        parameters: {
            query?: {
                /** @description As in the body of PUT: the caller’s county by default */
                regionCode?: string;
            };
            header?: never;
            path: {
                date: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarOverrideResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: your role may not do this; OUTSIDE_JURISDICTION: the record or region is not in your jurisdiction */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description CALENDAR_OVERRIDE_NOT_FOUND: the county has none for that date */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    DutyShiftsController_list_v1: {
        parameters: {
            query: {
                /** @description Prefix match within your jurisdiction */
                regionCode?: string;
                from: string;
                to: string;
                servicePointId?: string;
                lawyerId?: string;
                /** @description Include cancelled shifts */
                includeCancelled?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShiftResponse"][];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: your role may not do this; OUTSIDE_JURISDICTION: the record or region is not in your jurisdiction */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A record the request names (in the path, or an id in the query or body) does not exist or is outside your jurisdiction; `code` names it, e.g. SHIFT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    DutyShiftsController_create_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateShiftDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShiftResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: your role may not do this; OUTSIDE_JURISDICTION: the record or region is not in your jurisdiction */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The service point or the lawyer does not exist or is outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SHIFT_OVERLAP or LAWYER_ON_LEAVE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description LAWYER_OUTSIDE_REGION, NOT_A_LAWYER, KIND_POINT_MISMATCH or OUTSIDE_OPENING_HOURS */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    DutyShiftsController_publish_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublishDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublishResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: your role may not do this; OUTSIDE_JURISDICTION: the record or region is not in your jurisdiction */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description REGION_NOT_FOUND: no such region */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SHIFTS_ON_DAYS_OFF (details lists them) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    DutyShiftsController_swap_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SwapShiftDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShiftResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: your role may not do this; OUTSIDE_JURISDICTION: the record or region is not in your jurisdiction */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SHIFT_NOT_FOUND or the lawyer is not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SHIFT_OVERLAP or LAWYER_ON_LEAVE: that lawyer is busy or on leave */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description LAWYER_OUTSIDE_REGION or NOT_A_LAWYER */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    DutyShiftsController_cancel_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancelShiftDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShiftResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: your role may not do this; OUTSIDE_JURISDICTION: the record or region is not in your jurisdiction */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A record the request names (in the path, or an id in the query or body) does not exist or is outside your jurisdiction; `code` names it, e.g. SHIFT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SHIFT_ALREADY_CANCELLED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    RostersController_generate_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PeriodDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GenerateResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: your role may not do this; OUTSIDE_JURISDICTION: the record or region is not in your jurisdiction */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description REGION_NOT_FOUND: no such region */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    RostersController_coverage_v1: {
        parameters: {
            query: {
                regionCode: string;
                month: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RosterCoverage"];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: your role may not do this; OUTSIDE_JURISDICTION: the record or region is not in your jurisdiction */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description REGION_NOT_FOUND: no such region */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    UnavailabilityController_list_v1: {
        parameters: {
            query?: {
                lawyerId?: string;
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnavailabilityResponse"][];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: your role may not do this; OUTSIDE_JURISDICTION: the record or region is not in your jurisdiction */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A record the request names (in the path, or an id in the query or body) does not exist or is outside your jurisdiction; `code` names it, e.g. SHIFT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    UnavailabilityController_create_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUnavailabilityDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnavailabilityResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: your role may not do this; OUTSIDE_JURISDICTION: the record or region is not in your jurisdiction */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A record the request names (in the path, or an id in the query or body) does not exist or is outside your jurisdiction; `code` names it, e.g. SHIFT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SHIFTS_DURING_LEAVE: the lawyer has shifts then */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description NOT_A_LAWYER */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    UnavailabilityController_cancel_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnavailabilityResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: your role may not do this; OUTSIDE_JURISDICTION: the record or region is not in your jurisdiction */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A record the request names (in the path, or an id in the query or body) does not exist or is outside your jurisdiction; `code` names it, e.g. SHIFT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CalendarFeedController_rotate_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedTokenResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: your role may not do this; OUTSIDE_JURISDICTION: the record or region is not in your jurisdiction */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A record the request names (in the path, or an id in the query or body) does not exist or is outside your jurisdiction; `code` names it, e.g. SHIFT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description NOT_A_LAWYER: the id is not an active lawyer */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CalendarFeedController_feed_v1: {
        parameters: {
            query: {
                /** @description The secret from POST /lawyers/:id/calendar-token */
                token: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The iCalendar text (VCALENDAR with one VEVENT per shift) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A record the request names (in the path, or an id in the query or body) does not exist or is outside your jurisdiction; `code` names it, e.g. SHIFT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AttendanceController_checkIn_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CheckInDto"];
            };
        };
        responses: {
            /** @description Recorded; it counts */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckInResponse"];
                };
            };
            /** @description Sent later than ATTENDANCE_MAX_DELAY_HOURS after its clientTime: kept with its own time as a correction request (status pending_review), to count once an official in jurisdiction accepts it. The phone may forget it; the same idempotencyKey again gets this same answer. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckInResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description NOT_YOUR_SHIFT */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A record the request names (in the path, or an id in the query or body) does not exist or is outside your jurisdiction; `code` names it, e.g. SHIFT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SHIFT_NOT_FOUND, SHIFT_CANCELLED or IDEMPOTENCY_KEY_MISMATCH */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AttendanceController_checkOut_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CheckInDto"];
            };
        };
        responses: {
            /** @description Recorded; it counts */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckInResponse"];
                };
            };
            /** @description Sent later than ATTENDANCE_MAX_DELAY_HOURS after its clientTime: kept with its own time as a correction request (status pending_review), to count once an official in jurisdiction accepts it. The phone may forget it; the same idempotencyKey again gets this same answer. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckInResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description NOT_YOUR_SHIFT */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A record the request names (in the path, or an id in the query or body) does not exist or is outside your jurisdiction; `code` names it, e.g. SHIFT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SHIFT_NOT_FOUND, SHIFT_CANCELLED or IDEMPOTENCY_KEY_MISMATCH */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AttendanceController_list_v1: {
        parameters: {
            query: {
                /** @description Prefix match within your jurisdiction */
                regionCode?: string;
                from: string;
                to: string;
                lawyerId?: string;
                status?: "on_time" | "late" | "left_early" | "absent" | "incomplete" | "pending" | "on_duty" | "exceptions";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttendanceRow"][];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: your role may not do this; OUTSIDE_JURISDICTION: the record or region is not in your jurisdiction */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A record the request names (in the path, or an id in the query or body) does not exist or is outside your jurisdiction; `code` names it, e.g. SHIFT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AttendanceController_events_v1: {
        parameters: {
            query: {
                /** @description Prefix match within your jurisdiction */
                regionCode?: string;
                from: string;
                to: string;
                lawyerId?: string;
                /** @description Only flagged events: outside the fence, unscheduled, no location, delayed, sign-out without sign-in */
                flagged?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttendanceEventResponse"][];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: your role may not do this; OUTSIDE_JURISDICTION: the record or region is not in your jurisdiction */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A record the request names (in the path, or an id in the query or body) does not exist or is outside your jurisdiction; `code` names it, e.g. SHIFT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AttendanceController_pendingReview_v1: {
        parameters: {
            query?: {
                /** @description Only under this region (prefix) */
                regionCode?: string;
                lawyerId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttendanceEventResponse"][];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: your role may not do this; OUTSIDE_JURISDICTION: the record or region is not in your jurisdiction */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A record the request names (in the path, or an id in the query or body) does not exist or is outside your jurisdiction; `code` names it, e.g. SHIFT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AttendanceController_correct_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CorrectionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CorrectionResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: your role may not do this; OUTSIDE_JURISDICTION: the record or region is not in your jurisdiction */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description EVENT_NOT_FOUND or SHIFT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description EVENT_ALREADY_VOIDED or EVENT_ALREADY_REVIEWED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description EVENT_NOT_UNDER_REVIEW, EVENT_NOT_COUNTED or SHIFT_CANCELLED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AttendanceController_export_v1: {
        parameters: {
            query: {
                regionCode: string;
                month: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workbook, as an attachment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: your role may not do this; OUTSIDE_JURISDICTION: the record or region is not in your jurisdiction */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description REGION_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    KiosksController_code_v1: {
        parameters: {
            query?: never;
            header: {
                /** @description `Kiosk <token>`: the token POST /kiosks gave this device */
                authorization: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KioskCodeResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description KIOSK_TOKEN_INVALID: no such kiosk, or it was revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    KiosksController_list_v1: {
        parameters: {
            query: {
                servicePointId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KioskResponse"][];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: your role may not do this; OUTSIDE_JURISDICTION: the record or region is not in your jurisdiction */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_POINT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    KiosksController_authorise_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AuthoriseKioskDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthorisedKioskResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description OUTSIDE_JURISDICTION */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_POINT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    KiosksController_revoke_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KioskResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: your role may not do this; OUTSIDE_JURISDICTION: the record or region is not in your jurisdiction */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description KIOSK_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description KIOSK_ALREADY_REVOKED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ServicePointQrKeyController_rotate_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RotatedKeyResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description OUTSIDE_JURISDICTION */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_POINT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    OutboxController_list_v1: {
        parameters: {
            query?: {
                status?: "pending" | "sent" | "delivered" | "failed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutboxMessageResponse"][];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: your role may not do this; OUTSIDE_JURISDICTION: the record or region is not in your jurisdiction */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    OutboxController_resend_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutboxMessageResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: your role may not do this; OUTSIDE_JURISDICTION: the record or region is not in your jurisdiction */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SMS_NOT_FOUND: no such message in your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SMS_NOT_FAILED: the message is pending or was handed over already */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SMS_NOT_RESENDABLE: a verification code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    DevOutboxController_list_v1: {
        parameters: {
            query: {
                phone: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DevOutboxMessageResponse"][];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    OtpController_send_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SendOtpDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OtpSentResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description OTP_TOO_SOON, OTP_DAILY_LIMIT or OTP_IP_LIMIT (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    OtpController_verify_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerifyOtpDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResidentTokenResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description OTP_INVALID or OTP_EXPIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description OTP_TOO_MANY_ATTEMPTS */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AppointmentsController_slotsOf_v1: {
        parameters: {
            query?: {
                /** @description Default today */
                from?: string;
                /** @description Default 6 days after from */
                to?: string;
            };
            header?: {
                /** @description The `ETag` of a copy the client holds: 304 without a body while it is current. */
                "If-None-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlotResponse"][];
                };
            };
            /** @description Not modified. Cacheable: anonymous answers carry an `ETag` and `Cache-Control: public, max-age=N`, where N is at most `PUBLIC_CACHE_SECONDS` (default 10 s; for slots `PUBLIC_SLOTS_CACHE_SECONDS`, default 2 s), and are compressed (br or gzip) above 1 KiB when the client accepts it; `If-None-Match` with the current ETag answers 304. The server keeps the answer in memory for the same time: a change made through the same server instance (a shift, a point, a booking) shows in its next answer, one made through another instance within those seconds, so no copy is ever more than N seconds behind the data. A request with an access token gets the same JSON with `Cache-Control: no-store`. Booking decides on places by itself: a slot shown free a moment ago may be refused as full (409 SLOT_FULL). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A record the request names (in the path, or an id in the query or body) does not exist or is outside your jurisdiction; `code` names it, e.g. SHIFT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AppointmentsController_dayList_v1: {
        parameters: {
            query: {
                servicePointId: string;
                date: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DayListAppointmentResponse"][];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: your role may not do this; OUTSIDE_JURISDICTION: the record or region is not in your jurisdiction */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A record the request names (in the path, or an id in the query or body) does not exist or is outside your jurisdiction; `code` names it, e.g. SHIFT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AppointmentsController_book_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAppointmentDto"];
            };
        };
        responses: {
            /** @description status "booked" */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppointmentResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description OUTSIDE_JURISDICTION (staff booking at a slot outside their jurisdiction) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SLOT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SLOT_FULL, OVERLAPPING_BOOKING or TOO_MANY_BOOKINGS */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SLOT_IN_PAST, SLOT_ON_DAY_OFF or PHONE_CHECK_FAILED (details["resident.code"]) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AppointmentsController_sendPhoneCheck_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SendOtpDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OtpSentResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: your role may not do this; OUTSIDE_JURISDICTION: the record or region is not in your jurisdiction */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description OTP_TOO_SOON, OTP_DAILY_LIMIT or OTP_IP_LIMIT (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AppointmentsController_mine_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyAppointmentResponse"][];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: your role may not do this; OUTSIDE_JURISDICTION: the record or region is not in your jurisdiction */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AppointmentsController_arrive_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppointmentResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: your role may not do this; OUTSIDE_JURISDICTION: the record or region is not in your jurisdiction */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A record the request names (in the path, or an id in the query or body) does not exist or is outside your jurisdiction; `code` names it, e.g. SHIFT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description APPOINTMENT_STATE (not in a state that allows it) or TOO_EARLY (before the slot starts; details.allowedFrom) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AppointmentsController_complete_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description With serviceLogDraft */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppointmentResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: your role may not do this; OUTSIDE_JURISDICTION: the record or region is not in your jurisdiction */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A record the request names (in the path, or an id in the query or body) does not exist or is outside your jurisdiction; `code` names it, e.g. SHIFT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description APPOINTMENT_STATE (not in a state that allows it) or TOO_EARLY (before the slot starts; details.allowedFrom) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AppointmentsController_noShow_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppointmentResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: your role may not do this; OUTSIDE_JURISDICTION: the record or region is not in your jurisdiction */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A record the request names (in the path, or an id in the query or body) does not exist or is outside your jurisdiction; `code` names it, e.g. SHIFT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description APPOINTMENT_STATE (not in a state that allows it) or TOO_EARLY (before the slot’s start plus NO_SHOW_GRACE_MINUTES; details.allowedFrom) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AppointmentsController_rate_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RatingDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RatedAppointmentResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: your role may not do this; OUTSIDE_JURISDICTION: the record or region is not in your jurisdiction */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A record the request names (in the path, or an id in the query or body) does not exist or is outside your jurisdiction; `code` names it, e.g. SHIFT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description ALREADY_RATED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description NOT_COMPLETED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AppointmentsController_reschedule_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RescheduleDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppointmentResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: your role may not do this; OUTSIDE_JURISDICTION: the record or region is not in your jurisdiction */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A record the request names (in the path, or an id in the query or body) does not exist or is outside your jurisdiction; `code` names it, e.g. SHIFT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SLOT_FULL, OVERLAPPING_BOOKING or TOO_MANY_BOOKINGS */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description APPOINTMENT_STATE, SLOT_IN_PAST or SLOT_ON_DAY_OFF */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AppointmentsController_cancel_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancelAppointmentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppointmentResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: your role may not do this; OUTSIDE_JURISDICTION: the record or region is not in your jurisdiction */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A record the request names (in the path, or an id in the query or body) does not exist or is outside your jurisdiction; `code` names it, e.g. SHIFT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description APPOINTMENT_NOT_CANCELLABLE */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    WaitlistController_joinSlot_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["JoinWaitlistDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WaitlistEntryResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: your role may not do this; OUTSIDE_JURISDICTION: the record or region is not in your jurisdiction */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SLOT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SLOT_HAS_ROOM (details.slotId; book it instead), ALREADY_WAITLISTED or OVERLAPPING_BOOKING */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SLOT_IN_PAST (details.slotId) or SLOT_ON_DAY_OFF */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    WaitlistController_joinDay_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["JoinDayWaitlistDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WaitlistEntryResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: your role may not do this; OUTSIDE_JURISDICTION: the record or region is not in your jurisdiction */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_POINT_NOT_FOUND, or SLOT_NOT_FOUND (details.date: no slots to come that day) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SLOT_HAS_ROOM (details.date, details.slotIds; book one instead) or ALREADY_WAITLISTED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SLOT_IN_PAST (details.date: the day is over) or SLOT_ON_DAY_OFF */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    WaitlistController_mine_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WaitlistEntryResponse"][];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: your role may not do this; OUTSIDE_JURISDICTION: the record or region is not in your jurisdiction */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    WaitlistController_confirm_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description status "booked" */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppointmentResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: your role may not do this; OUTSIDE_JURISDICTION: the record or region is not in your jurisdiction */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WAITLIST_ENTRY_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description TOO_MANY_BOOKINGS or OVERLAPPING_BOOKING */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description NO_OFFER or OFFER_EXPIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    WaitlistController_leave_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WaitlistEntryResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: your role may not do this; OUTSIDE_JURISDICTION: the record or region is not in your jurisdiction */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WAITLIST_ENTRY_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WAITLIST_CLOSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    RatingLinksController_show_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description From the link in the SMS */
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RatingLinkResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description RATING_LINK_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description RATING_LINK_USED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description RATING_LINK_EXPIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    RatingLinksController_rate_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description From the link in the SMS */
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RatingDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RatedAppointmentResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description RATING_LINK_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description RATING_LINK_USED or ALREADY_RATED (rated in the app) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description RATING_LINK_EXPIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ServiceLogsController_list_v1: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Region prefix (a township, a village) */
                regionCode?: string;
                lawyerId?: string;
                servicePointId?: string;
                type?: "consultation" | "document_drafting" | "legal_aid" | "mediation" | "village_affairs" | "contract_review" | "grid_guidance";
                topic?: "marriage_family" | "labour_wages" | "land_housing" | "contract_debt" | "neighbour" | "traffic" | "inheritance" | "consumer" | "administrative" | "other";
                /** @description First business day (Asia/Shanghai), included */
                from?: string;
                /** @description Last business day, included */
                to?: string;
                /** @description Also list voided entries */
                includeVoided?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceLogPage"];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: your role may not do this; OUTSIDE_JURISDICTION: the record or region is not in your jurisdiction */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A record the request names (in the path, or an id in the query or body) does not exist or is outside your jurisdiction; `code` names it, e.g. SHIFT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ServiceLogsController_create_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateServiceLogDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceLogResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: your role may not do this; OUTSIDE_JURISDICTION: the record or region is not in your jurisdiction */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The service point, appointment or lawyer does not exist or is outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description APPOINTMENT_ALREADY_LOGGED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description TOO_OLD_TO_RECORD, NOT_A_LAWYER, APPOINTMENT_NOT_COMPLETED or APPOINTMENT_POINT_MISMATCH */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ServiceLogsController_get_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceLogResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: your role may not do this; OUTSIDE_JURISDICTION: the record or region is not in your jurisdiction */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A record the request names (in the path, or an id in the query or body) does not exist or is outside your jurisdiction; `code` names it, e.g. SHIFT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ServiceLogsController_update_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateServiceLogDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceLogResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: your role may not do this; OUTSIDE_JURISDICTION: the record or region is not in your jurisdiction */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A record the request names (in the path, or an id in the query or body) does not exist or is outside your jurisdiction; `code` names it, e.g. SHIFT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description CHANGED_MEANWHILE or APPOINTMENT_ALREADY_LOGGED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description LOG_LOCKED (details.editableUntil), LOG_VOIDED or TOO_OLD_TO_RECORD */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ServiceLogsController_void_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VoidDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceLogResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: your role may not do this; OUTSIDE_JURISDICTION: the record or region is not in your jurisdiction */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A record the request names (in the path, or an id in the query or body) does not exist or is outside your jurisdiction; `code` names it, e.g. SHIFT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description ALREADY_VOIDED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description LOG_LOCKED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ServiceLogsController_followUp_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FollowUpDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowUpResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: your role may not do this; OUTSIDE_JURISDICTION: the record or region is not in your jurisdiction */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A record the request names (in the path, or an id in the query or body) does not exist or is outside your jurisdiction; `code` names it, e.g. SHIFT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description ALREADY_FOLLOWED_UP */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description NOT_A_CONSULTATION or LOG_VOIDED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    WorkshopsController_list_v1: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Region prefix within your jurisdiction */
                regionCode?: string;
                /** @description First business day, included */
                from?: string;
                /** @description Last business day, included */
                to?: string;
                kind?: "lecture" | "publicity" | "training";
                lecturerId?: string;
                servicePointId?: string;
                includeVoided?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkshopPage"];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: your role may not do this; OUTSIDE_JURISDICTION: the record or region is not in your jurisdiction */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A record the request names (in the path, or an id in the query or body) does not exist or is outside your jurisdiction; `code` names it, e.g. SHIFT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    WorkshopsController_create_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWorkshopDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkshopResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: your role may not do this; OUTSIDE_JURISDICTION: the record or region is not in your jurisdiction */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The service point or lecturer does not exist or is outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description TOO_OLD_TO_RECORD or NOT_A_LAWYER */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    WorkshopsController_get_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkshopResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: your role may not do this; OUTSIDE_JURISDICTION: the record or region is not in your jurisdiction */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A record the request names (in the path, or an id in the query or body) does not exist or is outside your jurisdiction; `code` names it, e.g. SHIFT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    WorkshopsController_update_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWorkshopDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkshopResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: your role may not do this; OUTSIDE_JURISDICTION: the record or region is not in your jurisdiction */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A record the request names (in the path, or an id in the query or body) does not exist or is outside your jurisdiction; `code` names it, e.g. SHIFT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description CHANGED_MEANWHILE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WORKSHOP_LOCKED (details.editableUntil), WORKSHOP_VOIDED or TOO_OLD_TO_RECORD */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    WorkshopsController_void_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VoidDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkshopResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: your role may not do this; OUTSIDE_JURISDICTION: the record or region is not in your jurisdiction */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A record the request names (in the path, or an id in the query or body) does not exist or is outside your jurisdiction; `code` names it, e.g. SHIFT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description ALREADY_VOIDED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WORKSHOP_LOCKED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    LegalAidCasesController_list_v1: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Prefix match within your jurisdiction */
                regionCode?: string;
                status?: "applied" | "accepted" | "rejected" | "assigned" | "in_progress" | "closed" | "withdrawn" | "terminated";
                /** @description true: cases past a statutory clock today and not yet decided (applied) or assigned (accepted); false: the others. With month: that month's overdue report instead. Statutory clocks of the Legal Aid Law of the PRC: the decision is due 7 days after the application is received (art. 43), the assignment 3 days after the decision to grant aid (art. 44). Days are calendar days in Asia/Shanghai; the start day is not counted, and a last day that is not a working day (a weekend or public holiday of the official calendar with its overrides; 调休 make-up days count as working) moves to the next working day, as for every statutory period (民法典 §201, §203). Due dates are met all day long. */
                overdue?: "true" | "false";
                /** @description Only with overdue=true (else 400): the overdue report of that month (YYYY-MM, Asia/Shanghai). It lists every case that was past a statutory clock on at least one day of the month: a clock is late from the day after its due date until the day it stopped — the decision (decidedAt) for the decision clock, the first assignment (firstAssignedAt) for the assignment clock — or, if it never stopped, until the case ended (withdrawn, terminated) or today. So a case decided late stays in the report of the month it was decided in (decidedLate: true), and of any earlier month it was already overdue in; a case still waiting is in every month since its due date. */
                month?: string;
                /** @description Cases assigned to this lawyer */
                lawyerId?: string;
                /** @description Received on or after this date */
                from?: string;
                /** @description Received on or before this date */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["LegalAidCaseResponse"][];
                        /** @description All matches, over every page */
                        total: number;
                        page: number;
                        pageSize: number;
                    };
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: your role may not do this; OUTSIDE_JURISDICTION: the record or region is not in your jurisdiction */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A record the request names (in the path, or an id in the query or body) does not exist or is outside your jurisdiction; `code` names it, e.g. SHIFT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    LegalAidCasesController_intake_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateLegalAidCaseDto"];
            };
        };
        responses: {
            /** @description { id, caseNo, status: "applied", decisionDue, … } */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LegalAidCaseResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: your role may not do this; OUTSIDE_JURISDICTION: the record or region is not in your jurisdiction */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The service point does not exist or is outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_POINT_INACTIVE or COUNTY_NOT_FOUND */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    LegalAidCasesController_get_v1: {
        parameters: {
            query?: {
                /** @description true: the applicant’s phone and ID number unmasked (officials in jurisdiction and the assigned lawyer); every such read is audited */
                reveal?: "true" | "false";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LegalAidCaseResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: your role may not do this; OUTSIDE_JURISDICTION: the record or region is not in your jurisdiction */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A record the request names (in the path, or an id in the query or body) does not exist or is outside your jurisdiction; `code` names it, e.g. SHIFT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    LegalAidCasesController_decide_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecisionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LegalAidCaseResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: your role may not do this; OUTSIDE_JURISDICTION: the record or region is not in your jurisdiction */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A record the request names (in the path, or an id in the query or body) does not exist or is outside your jurisdiction; `code` names it, e.g. SHIFT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description ILLEGAL_TRANSITION: the case is not waiting for a decision */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    LegalAidCasesController_assign_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LegalAidCaseResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: your role may not do this; OUTSIDE_JURISDICTION: the record or region is not in your jurisdiction */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The case or LAWYER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description ILLEGAL_TRANSITION, ALREADY_ASSIGNED or LAWYER_OUTSIDE_COUNTY */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    LegalAidCasesController_start_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LegalAidCaseResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: your role may not do this; OUTSIDE_JURISDICTION: the record or region is not in your jurisdiction */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A record the request names (in the path, or an id in the query or body) does not exist or is outside your jurisdiction; `code` names it, e.g. SHIFT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description ILLEGAL_TRANSITION or CASE_NOT_ASSIGNED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    LegalAidCasesController_close_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloseDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LegalAidCaseResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: your role may not do this; OUTSIDE_JURISDICTION: the record or region is not in your jurisdiction */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A record the request names (in the path, or an id in the query or body) does not exist or is outside your jurisdiction; `code` names it, e.g. SHIFT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description ILLEGAL_TRANSITION or CASE_NOT_ASSIGNED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    LegalAidCasesController_withdraw_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OptionalReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LegalAidCaseResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: your role may not do this; OUTSIDE_JURISDICTION: the record or region is not in your jurisdiction */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A record the request names (in the path, or an id in the query or body) does not exist or is outside your jurisdiction; `code` names it, e.g. SHIFT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description ILLEGAL_TRANSITION: the case has ended */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    LegalAidCasesController_terminate_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LegalAidCaseResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: your role may not do this; OUTSIDE_JURISDICTION: the record or region is not in your jurisdiction */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A record the request names (in the path, or an id in the query or body) does not exist or is outside your jurisdiction; `code` names it, e.g. SHIFT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description ILLEGAL_TRANSITION: the case has ended */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ImportsController_template_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                kind: "service_logs" | "workshops" | "legal_aid_cases" | "service-logs" | "legal-aid-cases";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The template, as an attachment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description IMPORT_READ_ONLY: city and province officials */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description IMPORT_TEMPLATE_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ImportsController_list_v1: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Prefix match within your jurisdiction */
                regionCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ImportBatchResponse"][];
                        /** @description All matches, over every page */
                        total: number;
                        page: number;
                        pageSize: number;
                    };
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: your role may not do this; OUTSIDE_JURISDICTION: the record or region is not in your jurisdiction */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ImportsController_run_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["ImportMultipartBody"] | components["schemas"]["ImportJsonBody"];
                "application/json": components["schemas"]["ImportMultipartBody"] | components["schemas"]["ImportJsonBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportResponse"];
                };
            };
            /** @description IMPORT_NOT_XLSX, IMPORT_WRONG_TEMPLATE, IMPORT_UNKNOWN_COLUMNS, IMPORT_MISSING_COLUMNS, IMPORT_TOO_MANY_ROWS, IMPORT_NO_ROWS, IMPORT_BAD_REQUEST, IMPORT_ROWS_INVALID (details.rejected) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description IMPORT_READ_ONLY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description IMPORT_DUPLICATE: the same file or rows again (details.importIds, details.rows) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description IMPORT_FILE_TOO_LARGE: more than 20 MB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ImportsController_withdraw_v1: {
        parameters: {
            query?: {
                /** @description Why the import is withdrawn (default 撤回导入) */
                reason?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportWithdrawalResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description IMPORT_READ_ONLY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A record the request names (in the path, or an id in the query or body) does not exist or is outside your jurisdiction; `code` names it, e.g. SHIFT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description IMPORT_ALREADY_WITHDRAWN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    RegistersController_dutyRoster_v1: {
        parameters: {
            query: {
                /** @description A township (9 digits) of your jurisdiction */
                regionCode: string;
                month: string;
                format?: "json" | "xlsx";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description format=json (default); format=xlsx: the workbook */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DutyRosterResponse"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["DutyRosterResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description OUTSIDE_JURISDICTION */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description REGION_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DUTY_ROSTER_NOT_A_TOWNSHIP: regionCode is not a township (9 digits) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    RegistersController_register_v1: {
        parameters: {
            query?: {
                /** @description The region (2 to 12 digits) the register covers, within your jurisdiction (403 outside); default your own region */
                regionCode?: string;
                /** @description A month (YYYY-MM). Exactly one of `month`, `year`, or `from` and `to` (dates, both included, Asia/Shanghai; at most 366 days). */
                month?: string;
                /** @description A calendar year. Exactly one of `month`, `year`, or `from` and `to` (dates, both included, Asia/Shanghai; at most 366 days). */
                year?: number;
                /** @description First day. Exactly one of `month`, `year`, or `from` and `to` (dates, both included, Asia/Shanghai; at most 366 days). */
                from?: string;
                /** @description Last day (included). Exactly one of `month`, `year`, or `from` and `to` (dates, both included, Asia/Shanghai; at most 366 days). */
                to?: string;
                format?: "xlsx";
                /** @description true: the applicants’ phone and ID numbers of the legal-aid register in full, for the cases you may reveal (officials; a lawyer the cases assigned to them), masked for the others. Recorded in the audit trail with the export. */
                reveal?: "true" | "false";
            };
            header?: never;
            path: {
                kind: "service_logs" | "legal_aid_cases" | "workshops" | "contract_reviews";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The register, as an attachment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description VALIDATION_FAILED: no period, two periods, from after to, or more than 366 days */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description OUTSIDE_JURISDICTION: a region you do not govern */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description REGISTER_NOT_FOUND: no such register; REGION_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description REGISTER_TOO_LARGE: more than 20,000 records (details.rows, details.max) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ObligationsController_list_v1: {
        parameters: {
            query?: {
                /** @description Obligations in force there: set on it, above it or below it */
                regionCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObligationResponse"][];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description OUTSIDE_JURISDICTION */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ObligationsController_create_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateObligationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObligationResponse"];
                };
            };
            /** @description VALIDATION_FAILED: a negative, fractional or absurd required (more than the period holds), details per field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description OUTSIDE_JURISDICTION or SUPERVISION_READ_ONLY (a city or province official) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description REGION_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description OBLIGATION_EXISTS */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ObligationsController_delete_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObligationResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SUPERVISION_READ_ONLY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description OBLIGATION_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    QuotasController_list_v1: {
        parameters: {
            query?: {
                /** @description A county, township or village of your jurisdiction; default your own region */
                regionCode?: string;
                /** @description A month (2026-11: days and hours), a quarter (2026-Q4: lectures) or an ISO week (2026-W48: visits); the obligations of that kind of period are shown. Default: this month */
                period?: string;
                /** @description Only quotas of this status (the console’s at_risk panel) */
                status?: "met" | "on_track" | "at_risk" | "missed";
                /** @description Only this advisor’s (a lawyer always sees only their own) */
                lawyerId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuotasResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description OUTSIDE_JURISDICTION */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A record the request names (in the path, or an id in the query or body) does not exist or is outside your jurisdiction; `code` names it, e.g. SHIFT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AssessmentsController_assess_v1: {
        parameters: {
            query: {
                /** @description A county, township or village of your jurisdiction */
                regionCode: string;
                /** @description Default: this quarter */
                quarter?: string;
                format?: "json" | "xlsx";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description format=json (default): the assessment; format=xlsx: the workbook */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentResponse"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description OUTSIDE_JURISDICTION */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description REGION_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AssessmentWeightsController_get_v1: {
        parameters: {
            query?: {
                /** @description A county’s 6-digit code; default your own county */
                countyCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentWeightsResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description OUTSIDE_JURISDICTION */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AssessmentWeightsController_put_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A county’s 6-digit code */
                countyCode: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssessmentWeightsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentWeightsResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WEIGHTS_COUNTY_ONLY or OUTSIDE_JURISDICTION */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    StaffRequestsController_list_v1: {
        parameters: {
            query?: {
                /** @description Under this region (officials) */
                regionCode?: string;
                status?: "pending" | "accepted" | "approved" | "refused";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestResponse"][];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: your role may not do this; OUTSIDE_JURISDICTION: the record or region is not in your jurisdiction */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    StaffRequestsController_create_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestResponse"];
                };
            };
            /** @description VALIDATION_FAILED (a field the kind needs is missing) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description NOT_YOUR_SHIFT */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SHIFT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description LAWYER_ON_LEAVE (the colleague is on leave then) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SHIFT_IN_FUTURE, SHIFT_ALREADY_BEGUN, SHIFT_NOT_PLANNED, SWAP_WITH_ONESELF, NOT_A_COLLEAGUE, LEAVE_IN_PAST, FIX_OUTSIDE_SHIFT_DAY */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    StaffRequestsController_accept_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description NOT_THE_NAMED_COLLEAGUE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description REQUEST_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description REQUEST_NOT_PENDING, LAWYER_ON_LEAVE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    StaffRequestsController_approve_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description OWN_REQUEST, OUTSIDE_JURISDICTION */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description REQUEST_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description REQUEST_NOT_PENDING, SHIFT_OVERLAP, LAWYER_ON_LEAVE, SHIFTS_DURING_LEAVE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SWAP_NOT_ACCEPTED, SHIFT_CANCELLED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    StaffRequestsController_refuse_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefuseRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description OWN_REQUEST */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description REQUEST_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description REQUEST_NOT_PENDING */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    NoticesController_list_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoticeListResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: your role may not do this; OUTSIDE_JURISDICTION: the record or region is not in your jurisdiction */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    NoticesController_preference_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoticePreferenceDto"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: your role may not do this; OUTSIDE_JURISDICTION: the record or region is not in your jurisdiction */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    NoticesController_setPreference_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NoticePreferenceDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoticePreferenceDto"];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: your role may not do this; OUTSIDE_JURISDICTION: the record or region is not in your jurisdiction */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    NoticesController_read_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoticeResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: your role may not do this; OUTSIDE_JURISDICTION: the record or region is not in your jurisdiction */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description NOTICE_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AbsencesController_list_v1: {
        parameters: {
            query: {
                /** @description Prefix match within your jurisdiction */
                regionCode?: string;
                from: string;
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AbsenceResponse"][];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: your role may not do this; OUTSIDE_JURISDICTION: the record or region is not in your jurisdiction */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AbsencesController_accept_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AbsenceResponse"];
                };
            };
            /** @description VALIDATION_FAILED: the input breaks the schema (`details` holds the messages of each invalid field, keyed by its path); MALFORMED_REQUEST: the body is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED without a valid access token (missing, expired, malformed or without `exp`); SESSION_ENDED once its sign-in session has ended: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description NOT_YOUR_STANDBY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description ABSENCE_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description ABSENCE_ALREADY_ACCEPTED, SHIFT_OVERLAP, LAWYER_ON_LEAVE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
}
