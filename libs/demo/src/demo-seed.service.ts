import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  addDays,
  APP_CONFIG,
  type AppConfig,
  AppError,
  Clock,
  monthRange,
  type SystemCaller,
} from '@app/core';
import { DemoErrors } from './demo.errors';
import {
  AdvisorAssignmentsService,
  RegionsService,
  ServicePointsService,
  StaffService,
  weekdayOfficeHours,
} from '@app/org';
import { DutyShiftsService, RosterGenerationService, WorkingCalendarService } from '@app/roster';
import {
  DEMO_COUNTY,
  DEMO_LAWYERS,
  DEMO_OFFICIALS,
  DEMO_PASSWORD,
  PILOT_VILLAGES,
  SHENGSHAN,
  TOWN_CENTRES,
  villageHours,
  ZHANGQI,
} from './demo-data';
import { demoHistoryStart, DemoHistorySeeder, type DemoTown } from './demo-history';

/**
 * Demo data of 慈溪市胜山镇 and 掌起镇 from the real division data: centres, a point in every
 * village, an advisor group per town covering every village, and the demo accounts. Never in
 * production: demo passwords must not exist there.
 */
@Injectable()
export class DemoSeedService {
  private readonly log = new Logger(DemoSeedService.name);

  constructor(
    private readonly regions: RegionsService,
    private readonly points: ServicePointsService,
    private readonly staff: StaffService,
    private readonly advisors: AdvisorAssignmentsService,
    private readonly rosters: RosterGenerationService,
    private readonly shifts: DutyShiftsService,
    private readonly calendar: WorkingCalendarService,
    private readonly history: DemoHistorySeeder,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /**
   * Seeds when no account exists yet; returns whether it did. The seed writes every town's data for
   * nobody in particular, wherever it is started from (the first start, the CLI, the tests' app), so
   * it takes the system caller: `asSystem((system) => demo.seedIfEmpty(system))`.
   */
  async seedIfEmpty(system: SystemCaller): Promise<boolean> {
    if ((await this.staff.count()) > 0) return false;
    await this.seed(system);
    return true;
  }

  /**
   * With `history` (the default), also last year's and this year's work so far; tests that count
   * from zero leave it out. Every date comes from the app's clock, so the demo is whole on any day.
   */
  async seed(system: SystemCaller, opts: { history?: boolean } = {}): Promise<void> {
    if (this.config.env === 'production') {
      throw new AppError(
        DemoErrors.DEMO_REFUSED,
        'Demo data (with its known passwords) is never seeded in production',
      );
    }
    await this.regions.importCounty(DEMO_COUNTY);
    const villagesByTown: Record<string, Awaited<ReturnType<RegionsService['villagesUnder']>>> = {
      [SHENGSHAN]: await this.regions.villagesUnder(SHENGSHAN),
      [ZHANGQI]: await this.regions.villagesUnder(ZHANGQI),
    };
    const today = this.clock.today();
    // The advisors have served since the start of last year, as long as the demo's history reaches.
    const since = demoHistoryStart(today);
    const towns: Record<string, DemoTown> = {};

    await this.dataSource.transaction(async (em) => {
      for (const code of [DEMO_COUNTY, SHENGSHAN, ZHANGQI]) {
        const c = TOWN_CENTRES[code];
        const town = code === DEMO_COUNTY ? '慈溪市' : code === SHENGSHAN ? '胜山镇' : '掌起镇';
        const centre = await this.points.create(
          system,
          {
            regionCode: code,
            kind: code === DEMO_COUNTY ? 'county_center' : 'township_center',
            name: code === DEMO_COUNTY ? '慈溪市公共法律服务中心' : `${town}公共法律服务站`,
            address: c.address,
            lat: c.lat,
            lng: c.lng,
            geofenceRadiusM: 150,
            openingHours: weekdayOfficeHours(),
            phone: c.phone,
            signInstalled: true,
          },
          em,
        );
        if (code !== DEMO_COUNTY)
          towns[code] = { official: undefined!, centreId: centre.id, villagePointIds: [], lawyerIds: [] };
      }

      for (const o of DEMO_OFFICIALS) {
        const account = {
          username: o.username,
          name: o.name,
          regionCode: o.regionCode,
          password: DEMO_PASSWORD,
        };
        // 三权分立: the admin, security administrator and auditor are made as the command line makes them.
        const official =
          o.kind === 'official'
            ? await this.staff.create(system, { ...account, kind: o.kind }, em)
            : await this.staff.createPrivileged(system, { ...account, kind: o.kind }, em);
        if (o.kind === 'official' && towns[o.regionCode])
          towns[o.regionCode].official = {
            id: official.id,
            kind: 'staff',
            name: official.name,
            roles: ['official'],
            regionCode: o.regionCode,
          };
      }
      const lawyers = [];
      for (const l of DEMO_LAWYERS) {
        lawyers.push(
          await this.staff.create(
            system,
            {
              username: l.username,
              name: l.name,
              kind: l.kind,
              regionCode: l.regionCode,
              password: DEMO_PASSWORD,
              phone: l.phone,
              licenseNo: l.licenseNo,
              firm: l.firm,
            },
            em,
          ),
        );
      }

      for (const town of [SHENGSHAN, ZHANGQI]) {
        const centre = TOWN_CENTRES[town];
        const group = lawyers.filter((l) => l.regionCode === town);
        towns[town].lawyerIds = group.map((l) => l.id);
        const villages = villagesByTown[town];
        for (const [i, v] of villages.entries()) {
          const point = await this.points.create(
            system,
            {
              regionCode: v.code,
              kind: 'village_point',
              name: `${v.name}公共法律服务点`,
              address: `${v.name}${v.name.endsWith('社区') ? '居民' : '村民'}委员会办公楼一楼`,
              // Spread the villages around the town centre, a kilometre or two apart.
              lat: Number((centre.lat + 0.012 * Math.cos(i * 0.9) * (1 + (i % 3) * 0.4)).toFixed(6)),
              lng: Number((centre.lng + 0.014 * Math.sin(i * 0.9) * (1 + (i % 3) * 0.4)).toFixed(6)),
              geofenceRadiusM: 100,
              openingHours: villageHours(i),
              isPilot: PILOT_VILLAGES.includes(v.code),
              signInstalled: i % 5 !== 4,
            },
            em,
          );
          towns[town].villagePointIds.push(point.id);
          await this.advisors.create(
            system,
            { lawyerId: group[i % group.length].id, servicePointId: point.id, from: since },
            em,
          );
        }
      }
    });
    // The roster of this month and the next, generated and published.
    const thisMonth = monthRange(today.slice(0, 7));
    const nextMonth = monthRange(addDays(thisMonth.to, 1).slice(0, 7));
    const { created } = await this.rosters.generate(system, DEMO_COUNTY, thisMonth.from, nextMonth.to);
    await this.shifts.publish(system, { regionCode: DEMO_COUNTY, from: thisMonth.from, to: nextMonth.to });
    this.log.log(`Demo roster ${thisMonth.from}…${nextMonth.to}: ${created} shifts generated and published`);
    // Last year's and this year's work up to yesterday: the work log, workshops and legal-aid cases, so the
    // statistics have something to show.
    if (opts.history ?? true)
      await this.history.seed(Object.values(towns), this.clock, (from, to) =>
        this.calendar.workdays(from, to, DEMO_COUNTY),
      );
    this.log.log(
      `Demo data seeded: 慈溪市胜山镇 (${villagesByTown[SHENGSHAN].length} villages) and 掌起镇 (${villagesByTown[ZHANGQI].length} villages)`,
    );
  }
}
